import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getReprisalCase } from "@/lib/reprisals/get-case";
import { loadOr404 } from "@/lib/core/load-or-404";
import { localized } from "@/lib/i18n/localized";
import { CaseView } from "@/components/reprisals/case-view";

export default async function HolderReprisalCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("reprisal:view-own-mandate", `/portal/mandate-holder/reprisals/${id}`);
  const c = await loadOr404(() => getReprisalCase({ actor, caseId: id }));
  if (!c) notFound();
  const [t, locale] = await Promise.all([getTranslations("reprisals"), getLocale()]);
  return (
    <div className="space-y-6">
      <h1>{t("caseHeading", { state: localized(c.state, "name", locale) })}</h1>
      <CaseView c={c} communicationBase="/portal/mandate-holder/communications" />
    </div>
  );
}
