import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxRow } from "@/lib/mail/find-outbox";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { retryMailAction } from "@/lib/mail/actions";
import { RetryMailButton } from "./retry-mail-button";

const COLUMNS = ["created", "recipients", "subject", "urgency", "status", "heldUntil", "sentAt", "error"] as const;
const cell = "py-2 pr-3";

/** The outbox as a table. R1: what was held, why, until when (Geneva time) and when it went. */
export async function OutboxTable({ rows, canRetry = false }: { rows: OutboxRow[]; canRetry?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // Business hours are Geneva's, whatever the reader's own time zone.
  const geneva = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const reason = (code: string) => (t.has(`heldReasons.${code}`) ? t(`heldReasons.${code}`) : code);
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          {COLUMNS.map((k) => (
            <th key={k} scope="col" className={cell}>
              {t(`columns.${k}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id} className="border-b border-slate-100 align-top" data-testid="outbox-row">
            <td className={`${cell} whitespace-nowrap`}>{when(m.createdAt)}</td>
            <td className={`${cell} break-all`}>
              <p>{t("to", { addresses: m.to.join(", ") })}</p>
              {m.cc.length > 0 && <p>{t("cc", { addresses: m.cc.join(", ") })}</p>}
            </td>
            <th scope="row" className={`${cell} text-left font-normal`}>
              <p>{m.subject}</p>
              <p className="font-mono text-xs text-slate-600">{m.kind}</p>
              {m.communicationReference && (
                <p className="text-xs text-slate-600">{t("communication", { reference: m.communicationReference })}</p>
              )}
              <details className="mt-1" data-testid="outbox-text">
                <summary className="cursor-pointer text-xs">{t("showText")}</summary>
                <p className="mt-1 text-xs text-slate-600">{t("textHidden")}</p>
                <pre className="mt-1 max-w-prose font-sans text-xs break-words whitespace-pre-wrap">{m.text}</pre>
              </details>
            </th>
            <td className={cell}>{m.urgent ? <strong>{t("urgent")}</strong> : m.atOnce ? t("atOnce") : t("notUrgent")}</td>
            <td className={cell}>
              <p>{t(`status.${m.status}`)}</p>
              {m.heldReason && <p className="text-xs text-slate-600">{reason(m.heldReason)}</p>}
            </td>
            <td className={`${cell} whitespace-nowrap`}>
              {m.status === "PENDING" && m.attempts > 0
                ? t("nextAttempt", { time: geneva(m.notBefore) })
                : m.heldReason
                  ? geneva(m.notBefore)
                  : null}
            </td>
            <td className={`${cell} whitespace-nowrap`}>{m.sentAt ? when(m.sentAt) : null}</td>
            <td className="py-2">
              {m.attempts > 0 && <p>{t("attempts", { count: m.attempts })}</p>}
              {m.lastError && <p className="font-mono text-xs break-all text-red-800">{m.lastError}</p>}
              {canRetry && m.status === "FAILED" && (
                <RetryMailButton
                  id={m.id}
                  labels={{ retry: t("retry"), label: t("retryLabel", { subject: m.subject }), retried: t("retried") }}
                  action={retryMailAction}
                />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
