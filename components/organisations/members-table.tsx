import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type Column } from "@/components/ui/data-table";

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
  const columns: Column<Member>[] = [
    {
      key: "name",
      header: t("memberName"),
      rowHeader: true,
      cell: (m) => (
        <>
          {memberHref ? <Link href={memberHref(m.id)}>{m.name}</Link> : m.name}
          {m.id === selfId ? ` ${t("you")}` : ""}
        </>
      ),
    },
    { key: "email", header: t("memberEmail"), cell: (m) => m.email },
    {
      key: "status",
      header: t("memberStatus"),
      cell: (m) => (
        <>
          {m.active ? (m.invitationPending ? t("invited") : t("active")) : t("removed")}
          {m.organisationAdmin ? ` · ${t("administrator")}` : ""}
        </>
      ),
    },
    {
      key: "lastSignIn",
      header: t("lastSignIn"),
      cell: (m) => (m.lastSignInAt ? format.dateTime(m.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")),
    },
  ];
  return <DataTable columns={columns} rows={members} rowKey={(m) => m.id} testId="members" />;
}
