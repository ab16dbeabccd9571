"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { announceStatus, currentStatus, subscribeStatus, takeFlash } from "./status-store";

/**
 * The page's status region: what the last action did ("Draft saved", "Submitted for review",
 * "Booked"), announced politely to screen readers. The live region is always in the page, so that a
 * message put into it is announced; the message itself carries role="status". A new page starts
 * empty, unless the action that led there left a flash (lib/core/flash-cookie.ts).
 */
export function StatusRegion() {
  const status = useSyncExternalStore(subscribeStatus, currentStatus, () => null);
  const pathname = usePathname();
  const seenPath = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const flash = takeFlash(document.cookie, (expired) => {
      document.cookie = expired;
    });
    if (flash) announceStatus(flash);
    else if (seenPath.current !== null && seenPath.current !== pathname) announceStatus(null);
    seenPath.current = pathname;
  }, [pathname]);
  useEffect(() => {
    // The form that was used may have gone from the page (or the page changed): bring the message into view.
    if (status) box.current?.scrollIntoView({ block: "nearest" });
  }, [status]);
  return (
    <div ref={box} aria-live="polite" aria-atomic="true">
      {status && (
        <p
          key={status.seq}
          role="status"
          className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-800"
          data-testid="page-status"
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
