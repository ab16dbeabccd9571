import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { getReprisalCase } from "@/lib/reprisals/get-case";
import { reprisalFormChoices } from "@/lib/reprisals/form-data";
import { clearPublicSummaryAction, removeReferralAction, withdrawClearanceAction } from "@/lib/reprisals/actions";
import { loadOr404 } from "@/lib/core/load-or-404";
import { mayClearPublicSummary } from "@/lib/auth/reprisals-policy";
import { localized } from "@/lib/i18n/localized";
import { CaseView } from "@/components/reprisals/case-view";
import { CaseForm } from "@/components/reprisals/case-form";
import { ReferralForm } from "@/components/reprisals/referral-form";
import { SummaryForm } from "@/components/reprisals/summary-form";
import { ActionButton } from "@/components/communications/action-button";

const PATH = "/portal/secretariat/reprisals";

export default async function SecretariatReprisalCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("reprisal:manage", `${PATH}/${id}`);
  const c = await loadOr404(() => getReprisalCase({ actor, caseId: id }));
  if (!c) notFound();
  const [t, locale, choices] = await Promise.all([getTranslations("reprisals"), getLocale(), reprisalFormChoices({ actor })]);
  const cleared = c.confidentiality === "PUBLIC_SUMMARY_CLEARED";
  // Four eyes (R8): the server refuses it anyway; the button says so before anyone tries.
  const writtenByMe = !mayClearPublicSummary(actor, { publicSummaryWrittenById: c.summaryWrittenBy?.id ?? null });
  const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return (
    <div className="space-y-8">
      <h1>{t("caseHeading", { state: localized(c.state, "name", locale) })}</h1>
      <CaseView c={c} communicationBase="/portal/secretariat/communications" />
      <section aria-labelledby="clearance-h" className="space-y-3 rounded border border-slate-300 p-4">
        <h2 id="clearance-h">{t("clearanceHeading")}</h2>
        <p className="text-sm text-slate-700">{t("clearanceHelp")}</p>
        <SummaryForm caseId={c.id} summary={c.publicSummary ?? ""} cleared={cleared} />
        {c.summaryWrittenBy && (
          <p className="text-sm text-slate-700" data-testid="summary-written-by">
            {t("summaryWrittenBy", { name: c.summaryWrittenBy.name })}
          </p>
        )}
        {c.publicSummary && !cleared && writtenByMe && <p className="text-sm font-medium">{t("clearByAnother")}</p>}
        {c.publicSummary && !cleared && (
          <ActionButton
            action={clearPublicSummaryAction}
            fields={{ caseId: c.id }}
            label={t("clearSummary")}
            confirm={t("clearConfirm")}
            disabled={writtenByMe}
            cancelLabel={t("cancel")}
          />
        )}
        {cleared && (
          <ActionButton
            action={withdrawClearanceAction}
            fields={{ caseId: c.id }}
            label={t("withdrawClearance")}
            confirm={t("withdrawConfirm")}
            cancelLabel={t("cancel")}
            tone="danger"
          />
        )}
      </section>
      <section aria-labelledby="add-referral-h" className="space-y-3 rounded border border-slate-300 p-4">
        <h2 id="add-referral-h">{t("addReferral")}</h2>
        <ReferralForm caseId={c.id} />
        {c.referrals.length > 0 && (
          <ul className="space-y-2">
            {c.referrals.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {t(`bodies.${r.body}`)} — {iso(r.referredAt)}
                </span>
                <ActionButton
                  action={removeReferralAction}
                  fields={{ caseId: c.id, referralId: r.id }}
                  label={t("removeReferral")}
                  confirm={t("removeReferralConfirm")}
                  cancelLabel={t("cancel")}
                  tone="secondary"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="edit-h" className="space-y-3">
        <h2 id="edit-h">{t("editCase")}</h2>
        <CaseForm
          mode="secretariat"
          communications={[]}
          states={choices.states.map((s) => ({ value: s.id, label: localized(s, "name", locale) }))}
          initial={{
            caseId: c.id,
            stateId: c.stateId,
            personsConcerned: c.personsConcerned ?? "",
            cooperationContext: c.cooperationContext,
            actsAlleged: c.actsAlleged,
            actsDate: iso(c.actsDate),
            actionsTaken: c.actionsTaken ?? "",
            communicationReferences: c.communications.map((x) => x.reference ?? "").filter(Boolean),
            status: c.status,
            confidentiality: c.confidentiality,
            sgReportYear: c.sgReportYear ? String(c.sgReportYear) : "",
          }}
        />
      </section>
    </div>
  );
}
