import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { advisoryCategoriesFor } from "@/lib/auth/advisory-policy";
import { AdvisoryForm } from "@/components/advisory/advisory-form";

export default async function NewAdvisoryCase() {
  const actor = await requirePermission("advisory:submit", "/portal/advisory/new");
  const categories = advisoryCategoriesFor(actor);
  if (categories.length === 0) forbidden();
  const t = await getTranslations("advisory");
  return (
    <div className="space-y-4">
      <h1>{t("newCase")}</h1>
      <p className="max-w-3xl text-slate-700">{t("newIntro")}</p>
      <AdvisoryForm categories={categories} />
    </div>
  );
}
