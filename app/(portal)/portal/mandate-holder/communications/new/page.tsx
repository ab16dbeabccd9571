import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { draftFormData } from "@/lib/communications/draft-form-data";
import { DraftForm } from "@/components/communications/draft-form";

export default async function NewCommunication() {
  const actor = await requirePermission("communication:draft", "/portal/mandate-holder/communications/new");
  const [t, locale] = await Promise.all([getTranslations("communications"), getLocale()]);
  const { choices, initial } = await draftFormData({ actor, locale });
  return (
    <div className="space-y-4">
      <h1>{t("new")}</h1>
      <DraftForm initial={initial} choices={choices} />
    </div>
  );
}
