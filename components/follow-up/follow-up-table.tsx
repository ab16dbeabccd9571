import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { FollowUpRow } from "@/lib/follow-up/find-follow-up";
import { localized } from "@/lib/i18n/localized";
import { FollowUpMailStatus } from "./follow-up-mail-status";
import { GenevaTime } from "@/components/ui/geneva-time";

const COLUMNS = ["queued", "kind", "reference", "addressee", "deadline", "status"] as const;
const cell = "py-2 pr-3";

/** The reminders and follow-up letters queued (R16), each with its communication and its mail (R1). */
export async function FollowUpTable({ rows }: { rows: FollowUpRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("followUp"), getFormatter(), getLocale()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
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
        {rows.map((r) => {
          const c = r.communication;
          const addressee = c.addresseeState ? localized(c.addresseeState, "name", locale) : (c.addresseeOtherActor?.name ?? "");
          return (
            <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="follow-up-row">
              <td className={`${cell} whitespace-nowrap`}>
                <time dateTime={r.createdAt.toISOString()}>{when(r.createdAt)}</time>
              </td>
              <td className={cell}>{t(`kinds.${r.kind}`)}</td>
              <th scope="row" className={`${cell} text-left font-normal whitespace-nowrap`}>
                <Link href={`/portal/secretariat/communications/${c.id}`}>{c.reference}</Link>
              </th>
              <td className={cell}>{addressee}</td>
              <td className={`${cell} whitespace-nowrap`}>{c.replyDueAt ? <GenevaTime at={c.replyDueAt} /> : null}</td>
              <td className="py-2">
                <FollowUpMailStatus status={r.status} notBefore={r.notBefore} sentAt={r.sentAt} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
