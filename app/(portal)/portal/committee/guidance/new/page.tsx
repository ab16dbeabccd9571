import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireAnyPermission } from "@/lib/auth/session";
import { mayEditGuidance } from "@/lib/auth/committee-policy";
import { currentCommitteeSeat } from "@/lib/committee/seat";
import { GuidanceForm } from "@/components/committee/guidance-form";

export default async function NewGuidance() {
  const actor = await requireAnyPermission(["committee:manage", "committee:contribute"], "/portal/committee/guidance/new");
  const { seat } = await currentCommitteeSeat(actor);
  if (!mayEditGuidance(actor, seat)) forbidden();
  const t = await getTranslations("guidance");
  return (
    <div className="space-y-4">
      <h1>{t("new")}</h1>
      <GuidanceForm initial={{ documentId: "", expectedVersion: "", topic: "SOCIAL_MEDIA", title: "", body: "" }} />
    </div>
  );
}
