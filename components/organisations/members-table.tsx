import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";

type Member = {
  id: string;
  name: string;
  email: string;
  active: boolean;
  organisationAdmin: boolean;
  invitationPending: boolean;
  lastSignInAt: Date | null;
};

/** An organisation's members; each name links to `memberHref` when given (its administrators' view). */
export async function MembersTable({
  members,
  selfId,
  memberHref,
}: {
  members: Member[];
  selfId?: string;
  memberHref?: (id: string) => string;
}) {
  const [t, format] = await Promise.all([getTranslations("organisations"), getFormatter()]);
  return (
    <table className="w-full border-collapse text-sm" data-testid="members">
      <thead>
        <tr className="border-b border-slate-300 text-left">
          {(["memberName", "memberEmail", "memberStatus", "lastSignIn"] as const).map((k) => (
            <th key={k} scope="col" className="py-2 pr-3">
              {t(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id} className="border-b border-slate-100 align-top">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {memberHref ? <Link href={memberHref(m.id)}>{m.name}</Link> : m.name}
              {m.id === selfId ? ` ${t("you")}` : ""}
            </th>
            <td className="py-2 pr-3">{m.email}</td>
            <td className="py-2 pr-3">
              {m.active ? (m.invitationPending ? t("invited") : t("active")) : t("removed")}
              {m.organisationAdmin ? ` · ${t("administrator")}` : ""}
            </td>
            <td className="py-2 pr-3">
              {m.lastSignInAt ? format.dateTime(m.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
