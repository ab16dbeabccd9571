"use client";
import { useEffect, useState } from "react";
import { challengeBits, leadingZeroBits, proofInput } from "@/lib/cases/proof-of-work-bits";

/**
 * Solves the submission form's proof of work in the browser (lib/cases/proof-of-work.ts) as soon as
 * the page opens, in batches so the page stays responsive: the nonce, or null while it is being found.
 */
export function useProofOfWork(challenge: string | null): string | null {
  const [nonce, setNonce] = useState<string | null>(null);
  useEffect(() => {
    if (!challenge) return;
    let cancelled = false;
    const bits = challengeBits(challenge) ?? 0;
    const encoder = new TextEncoder();
    (async () => {
      for (let start = 0; !cancelled; start += 256) {
        const batch = Array.from({ length: 256 }, (_, i) => String(start + i));
        const digests = await Promise.all(batch.map((n) => crypto.subtle.digest("SHA-256", encoder.encode(proofInput(challenge, n)))));
        const found = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= bits);
        if (found >= 0) {
          if (!cancelled) setNonce(batch[found]!);
          return;
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [challenge]);
  return nonce;
}
