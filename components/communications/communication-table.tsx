import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CommunicationRow } from "@/lib/communications/find-communications";
import { localized } from "@/lib/i18n/localized";
import { StatusBadge } from "./status-badge";
import { Deadline } from "./deadline";

/** The workspace list of communications; `basePath` is the workspace's detail route. */
export async function CommunicationTable({ rows, now, basePath }: { rows: CommunicationRow[]; now: Date; basePath: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("communications"), getFormatter(), getLocale()]);
  if (rows.length === 0) return <p>{t("empty")}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-3">
            {t("subject")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("reference")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("addressee")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("status")}
          </th>
          <th scope="col" className="py-2">
            {t("replyDue")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="communication-row">
            <th scope="row" className={`py-2 pr-3 text-left ${r.unread ? "font-semibold" : "font-normal"}`}>
              {r.unread && <span className="mr-1 rounded bg-un-blue px-1.5 text-xs text-white">{t("unread")}</span>}
              <Link href={`${basePath}/${r.id}`}>{r.subject}</Link>
              {r.invitedMandateIds.length > 0 && <span className="ml-1 text-xs text-amber-800">({t("signature.INVITED")})</span>}
            </th>
            <td className="py-2 pr-3 font-mono whitespace-nowrap">{r.reference ?? "—"}</td>
            <td className="py-2 pr-3">{r.addresseeState ? localized(r.addresseeState, "name", locale) : r.addresseeOtherActor?.name}</td>
            <td className="py-2 pr-3">
              <StatusBadge status={r.shownStatus} />
            </td>
            <td className="py-2">
              {r.replyDueAt ? (
                <Deadline at={r.replyDueAt} now={now} showDaysLeft={r.replyCount === 0 && r.shownStatus !== "published"} />
              ) : r.sentAt ? (
                format.dateTime(r.sentAt, { dateStyle: "medium" })
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
