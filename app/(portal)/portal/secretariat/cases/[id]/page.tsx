import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getCase } from "@/lib/cases/get-case";
import { triageChoices } from "@/lib/cases/form-choices";
import { localized } from "@/lib/i18n/localized";
import { nextStatus } from "@/lib/cases/rules";
import { CaseDetails } from "@/components/cases/case-details";
import { AskForm, AssignForm, CloseForm, MarkActedUponForm, MergeForm, NoteForm, OpenDraftForm } from "@/components/cases/triage-forms";

/** Issue 17: one submission and the secretariat's triage — assign, ask, open a letter, merge, decline or close. */
export default async function TriageCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("case:triage", `/portal/secretariat/cases/${id}`);
  const c = await loadOr404(() => getCase({ actor, caseId: id }));
  if (!c) notFound();
  const locale = await getLocale();
  const [t, choices] = await Promise.all([getTranslations("cases"), triageChoices({ locale })]);
  const allowed = (e: Parameters<typeof nextStatus>[1]) => nextStatus(c.status, e) !== null;
  const candidates = c.mandates.map((m) => ({
    value: m.mandate.id,
    label: `${localized(m.mandate, "title", locale)}${m.suggested ? ` — ${t("suggestedMark")}` : ""}`,
  }));
  const assigned = c.mandates.filter((m) => m.assignedAt).map((m) => m.mandate.id);
  return (
    <div className="space-y-6">
      <h1>
        {c.receiptNumber} — {c.title}
      </h1>
      <CaseDetails c={c} fileHref={(f) => `/api/cases/files/${f}`} letterHref={(l) => `/portal/secretariat/communications/${l}`} />
      <AssignForm
        caseId={c.id}
        heading={t("assignHeading")}
        available={allowed("assign")}
        candidates={candidates}
        assigned={assigned}
        mandates={choices.mandates}
      />
      <OpenDraftForm
        caseId={c.id}
        heading={t("openDraftHeading")}
        available={allowed("open-draft") && assigned.length > 0}
        urgent={c.urgent}
        leads={candidates.filter((m) => assigned.includes(m.value))}
        addressees={choices.addressees}
        addressee={c.responsible === "STATE" && c.stateId ? `state:${c.stateId}` : ""}
      />
      <AskForm caseId={c.id} heading={t("askHeading")} available={allowed("ask")} />
      <MarkActedUponForm caseId={c.id} heading={t("markActedUponHeading")} available={allowed("mark-acted-upon")} />
      <MergeForm caseId={c.id} heading={t("mergeHeading")} available={allowed("merge")} />
      <CloseForm caseId={c.id} heading={t("closeHeading")} available={allowed("close")} mayDecline={allowed("decline")} />
      <NoteForm caseId={c.id} heading={t("addNoteHeading")} available />
    </div>
  );
}
