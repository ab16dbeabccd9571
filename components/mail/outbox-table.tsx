import { getFormatter, getTranslations } from "next-intl/server";
import type { OutboxRow } from "@/lib/mail/find-outbox";
import { GENEVA_TIME_ZONE } from "@/lib/core/geneva";
import { retryMailAction } from "@/lib/mail/actions";
import { RetryMailButton } from "./retry-mail-button";
import { DataTable, type Column } from "@/components/ui/data-table";

/** The outbox as a table. R1: what was held, why, until when (Geneva time) and when it went. */
export async function OutboxTable({ rows, canRetry = false }: { rows: OutboxRow[]; canRetry?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // Business hours are Geneva's, whatever the reader's own time zone.
  const geneva = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: GENEVA_TIME_ZONE });
  const reason = (code: string) => (t.has(`heldReasons.${code}`) ? t(`heldReasons.${code}`) : code);
  const columns: Column<OutboxRow>[] = [
    { key: "created", header: t("columns.created"), nowrap: true, cell: (m) => when(m.createdAt) },
    {
      key: "recipients",
      header: t("columns.recipients"),
      className: "break-all",
      cell: (m) => (
        <>
          <p>{t("to", { addresses: m.to.join(", ") })}</p>
          {m.cc.length > 0 && <p>{t("cc", { addresses: m.cc.join(", ") })}</p>}
        </>
      ),
    },
    {
      key: "subject",
      header: t("columns.subject"),
      rowHeader: true,
      cell: (m) => (
        <>
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
        </>
      ),
    },
    {
      key: "urgency",
      header: t("columns.urgency"),
      cell: (m) => (m.urgent ? <strong>{t("urgent")}</strong> : m.atOnce ? t("atOnce") : t("notUrgent")),
    },
    {
      key: "status",
      header: t("columns.status"),
      cell: (m) => (
        <>
          <p>{t(`status.${m.status}`)}</p>
          {m.heldReason && <p className="text-xs text-slate-600">{reason(m.heldReason)}</p>}
        </>
      ),
    },
    {
      key: "heldUntil",
      header: t("columns.heldUntil"),
      nowrap: true,
      cell: (m) =>
        m.status === "PENDING" && m.attempts > 0
          ? t("nextAttempt", { time: geneva(m.notBefore) })
          : m.heldReason
            ? geneva(m.notBefore)
            : null,
    },
    { key: "sentAt", header: t("columns.sentAt"), nowrap: true, cell: (m) => (m.sentAt ? when(m.sentAt) : null) },
    {
      key: "error",
      header: t("columns.error"),
      cell: (m) => (
        <>
          {m.attempts > 0 && <p>{t("attempts", { count: m.attempts })}</p>}
          {m.lastError && <p className="font-mono text-xs break-all text-red-800">{m.lastError}</p>}
          {canRetry && m.status === "FAILED" && (
            <RetryMailButton
              id={m.id}
              labels={{ retry: t("retry"), label: t("retryLabel", { subject: m.subject }), retried: t("retried") }}
              action={retryMailAction}
            />
          )}
        </>
      ),
    },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(m) => m.id} rowAttributes={() => ({ "data-testid": "outbox-row" })} />;
}
