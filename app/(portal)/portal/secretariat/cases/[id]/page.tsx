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
  const step = (key: string, title: string, form: React.ReactNode) => (
    <section aria-labelledby={`${key}-h`} className="max-w-3xl space-y-2 rounded border border-slate-300 p-4">
      <h2 id={`${key}-h`}>{title}</h2>
      {form}
    </section>
  );
  return (
    <div className="space-y-6">
      <h1>
        {c.receiptNumber} — {c.title}
      </h1>
      <CaseDetails c={c} fileHref={(f) => `/api/cases/files/${f}`} letterHref={(l) => `/portal/secretariat/communications/${l}`} />
      {allowed("assign") &&
        step(
          "assign",
          t("assignHeading"),
          <AssignForm caseId={c.id} candidates={candidates} assigned={assigned} mandates={choices.mandates} />,
        )}
      {allowed("open-draft") &&
        assigned.length > 0 &&
        step(
          "draft",
          t("openDraftHeading"),
          <OpenDraftForm
            caseId={c.id}
            urgent={c.urgent}
            leads={candidates.filter((m) => assigned.includes(m.value))}
            addressees={choices.addressees}
            addressee={c.responsible === "STATE" && c.stateId ? `state:${c.stateId}` : ""}
          />,
        )}
      {allowed("ask") && step("ask", t("askHeading"), <AskForm caseId={c.id} />)}
      {allowed("mark-acted-upon") && step("acted", t("markActedUponHeading"), <MarkActedUponForm caseId={c.id} />)}
      {allowed("merge") && step("merge", t("mergeHeading"), <MergeForm caseId={c.id} />)}
      {allowed("close") && step("close", t("closeHeading"), <CloseForm caseId={c.id} mayDecline={allowed("decline")} />)}
      {step("note", t("addNoteHeading"), <NoteForm caseId={c.id} />)}
    </div>
  );
}
