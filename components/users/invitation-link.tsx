"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * An invitation link shown once to the administrator who issued it, for where mail may not arrive
 * (no SMTP server configured): read-only, selectable, with a copy button.
 */
export function InvitationLink({ url }: { url: string }) {
  const t = useTranslations("userInvitations");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm">
        {t("link")}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          data-testid="invitation-link"
          className="block w-full rounded border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="btn-secondary shrink-0"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {t("copy")}
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-700">
        {copied ? t("copied") : ""}
      </p>
    </div>
  );
}
