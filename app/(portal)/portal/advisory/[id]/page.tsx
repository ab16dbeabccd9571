import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getAdvisoryCase } from "@/lib/advisory/find-cases";
import { loadOr404 } from "@/lib/core/load-or-404";
import { localized } from "@/lib/i18n/localized";
import { HandlingForm } from "@/components/advisory/handling-form";

export default async function AdvisoryCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("advisory:submit", `/portal/advisory/${id}`);
  const c = await loadOr404(() => getAdvisoryCase({ actor, caseId: id }));
  if (!c) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("advisory"), getFormatter(), getLocale()]);
  return (
    <div className="space-y-6">
      <h1>{c.title}</h1>
      <p role="note" className="max-w-3xl rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
        {t("visibilityNotice")}
      </p>
      <dl className="grid max-w-3xl gap-2 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("category")}</dt>
        <dd>{t(`categories.${c.category}`)}</dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="advisory-status">{t(`statuses.${c.status}`)}</dd>
        <dt className="font-medium">{t("openedAt")}</dt>
        <dd>{format.dateTime(c.openedAt, { dateStyle: "medium" })}</dd>
        {c.closedAt && (
          <>
            <dt className="font-medium">{t("closedAt")}</dt>
            <dd>{format.dateTime(c.closedAt, { dateStyle: "medium" })}</dd>
          </>
        )}
        {c.submitter && (
          <>
            <dt className="font-medium">{t("submittedBy")}</dt>
            <dd>{c.submitter.name}</dd>
          </>
        )}
        {c.mandateHolder && (
          <>
            <dt className="font-medium">{t("mandateHolder")}</dt>
            <dd>{c.mandateHolder.name}</dd>
          </>
        )}
        {c.state && (
          <>
            <dt className="font-medium">{t("state")}</dt>
            <dd>{localized(c.state, "name", locale)}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="desc-h" className="max-w-3xl space-y-1">
        <h2 id="desc-h">{t("description")}</h2>
        <p className="whitespace-pre-line">{c.description}</p>
      </section>
      <section aria-labelledby="rec-h" className="max-w-3xl space-y-1">
        <h2 id="rec-h">{t("recommendation")}</h2>
        <p className="whitespace-pre-line" data-testid="advisory-recommendation">
          {c.recommendation ?? t("none")}
        </p>
      </section>
      <section aria-labelledby="outcome-h" className="max-w-3xl space-y-1">
        <h2 id="outcome-h">{t("outcome")}</h2>
        <p className="whitespace-pre-line">{c.outcome ?? t("none")}</p>
      </section>
      {c.canHandle && (
        <section aria-labelledby="handle-h" className="space-y-2 rounded border border-slate-300 p-4">
          <h2 id="handle-h">{t("handleHeading")}</h2>
          <HandlingForm caseId={c.id} initial={{ status: c.status, recommendation: c.recommendation ?? "", outcome: c.outcome ?? "" }} />
        </section>
      )}
    </div>
  );
}
