import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { genevaYear } from "@/lib/core/geneva";
import { localized } from "@/lib/i18n/localized";
import { getExternalResource } from "@/lib/committee-people/find-external-resources";
import { findMandateChoices } from "@/lib/committee-people/mandate-choices";
import { deleteExternalResourceAction } from "@/lib/committee-people/actions";
import { ExternalResourceForm } from "@/components/committee-people/resource-form";
import { ActionButton } from "@/components/communications/action-button";

/** CC2: the secretariat corrects or deletes a declaration of external resources, any mandate's. */
export default async function ExternalResourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePermission("committee:manage", `/portal/secretariat/committee/resources/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const [t, locale, resource, mandates] = await Promise.all([
    getTranslations("committeePeople"),
    getLocale(),
    getExternalResource({ id }),
    findMandateChoices({}),
  ]);
  if (!resource) notFound();
  // A declaration of a mandate since discontinued keeps its mandate among the choices.
  const choices = mandates.some((m) => m.id === resource.mandateId)
    ? mandates
    : [{ id: resource.mandateId, ...resource.mandate }, ...mandates];
  return (
    <div className="space-y-6">
      <p>
        <Link href="/portal/secretariat/committee">{t("backToSecretariat")}</Link>
      </p>
      <h1>{t("editDeclarationHeading", { source: resource.source })}</h1>
      <ExternalResourceForm
        mandates={choices.map((m) => ({ value: m.id, label: localized(m, "title", locale) }))}
        defaultYear={genevaYear(now())}
        resource={resource}
      />
      <section aria-labelledby="delete-h" className="space-y-2">
        <h2 id="delete-h">{t("deleteDeclarationHeading")}</h2>
        <ActionButton
          action={deleteExternalResourceAction}
          fields={{ id: resource.id }}
          label={t("deleteDeclaration")}
          tone="danger"
          confirm={t("confirmDeleteDeclaration", { source: resource.source })}
          cancelLabel={t("cancel")}
        />
      </section>
    </div>
  );
}
