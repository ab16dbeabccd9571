import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayDraftCommitteeStatement } from "@/lib/auth/committee-policy";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { StatementForm } from "@/components/committee/statement-form";

/** Only a member of this year's Committee, or the secretariat, drafts a statement (the action checks it again). */
export default async function NewCommitteeStatement() {
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], "/portal/committee/statements/new");
  const { seat } = await currentCommitteeSeat(actor);
  if (!mayDraftCommitteeStatement(actor, seat)) forbidden();
  const t = await getTranslations("committeeStatements");
  return (
    <div className="space-y-4">
      <h1>{t("new")}</h1>
      <StatementForm initial={{ statementId: "", title: "", body: "" }} />
    </div>
  );
}
