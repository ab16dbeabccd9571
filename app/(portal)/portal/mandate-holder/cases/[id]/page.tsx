import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/core/load-or-404";
import { getCase } from "@/lib/cases/get-case";
import { CaseDetails } from "@/components/cases/case-details";
import { NoteForm } from "@/components/cases/triage-forms";

/** Issue 17: a submission assigned to the holder's mandate — read only (never its source), with notes. */
export default async function AssignedCase({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("case:view-assigned", `/portal/mandate-holder/cases/${id}`);
  const c = await loadOr404(() => getCase({ actor, caseId: id }));
  if (!c) notFound();
  const t = await getTranslations("cases");
  return (
    <div className="space-y-6">
      <h1>
        {c.receiptNumber} — {c.title}
      </h1>
      <CaseDetails c={c} fileHref={(f) => `/api/cases/files/${f}`} letterHref={(l) => `/portal/mandate-holder/communications/${l}`} />
      <NoteForm caseId={c.id} heading={t("addNoteHeading")} available />
    </div>
  );
}
