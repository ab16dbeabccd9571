import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { mayViewAnswers } from "../auth/questionnaires-policy";
import { AppError } from "../core/errors";
import { readAttachmentBytes } from "../files/save-attachment";
import { answersCsv } from "./answers-csv";
import { receiptNumber } from "./receipt";
import type { Answers } from "./rules";
import { managedQuestionnaireScopeFor, viewableAnswersScopeFor } from "./scope";
import { buildZip, zipSafeSegment, type ZipEntry } from "./zip";
import { respondentOf, respondentUserSelect, type Respondent } from "./respondent";

/** Loads a call and its submitted answers for someone allowed to read them (else not found). */
async function loadForExport(actor: Actor, questionnaireId: string) {
  if (!z.uuid().safeParse(questionnaireId).success) throw new AppError("NOT_FOUND", "No such questionnaire");
  const q = await prisma.questionnaire.findFirst({
    where: { AND: [{ id: questionnaireId }, managedQuestionnaireScopeFor(actor)] },
    select: {
      id: true,
      title: true,
      mandates: { select: { mandateId: true } },
      questions: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, text: true } },
    },
  });
  if (!q || !mayViewAnswers(actor, { mandateIds: q.mandates.map((m) => m.mandateId) }))
    throw new AppError("NOT_FOUND", "No such questionnaire");
  const responses = await prisma.questionnaireResponse.findMany({
    where: { AND: [{ questionnaireId: q.id }, viewableAnswersScopeFor(actor)] },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      answers: true,
      mayPublish: true,
      submittedAt: true,
      respondent: { select: { ...respondentUserSelect, email: true, state: { select: { nameEn: true } } } },
      guestName: true,
      guestEmail: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, storageKey: true, createdAt: true } },
    },
  });
  return { q, responses: responses.map((r) => ({ ...r, respondent: respondentOf(r) })) };
}

const labelOf = (r: Respondent<{ nameEn: string }>) => (r.role === "STATE" && r.state ? r.state.nameEn : (r.organisation ?? r.name));
const KIND: Record<string, string> = { STATE: "State", GUEST: "Without an account (e-mail confirmed)" };

/** CSV of the submitted answers, one line per respondent, one column per question. */
export async function exportAnswersCsv({ actor, questionnaireId }: { actor: Actor; questionnaireId: string }) {
  const { q, responses } = await loadForExport(actor, questionnaireId);
  const csv = answersCsv(
    q.questions,
    responses.map((r) => ({
      receipt: receiptNumber(r.id),
      respondentKind: KIND[r.respondent.role] ?? "Civil society",
      respondent: labelOf(r.respondent),
      contactName: r.respondent.name,
      contactEmail: r.respondent.email,
      submittedAt: r.submittedAt,
      mayPublish: r.mayPublish,
      answers: (r.answers ?? {}) as Answers,
      files: new Map(r.attachments.map((a) => [a.id, a.fileName])),
    })),
  );
  return { csv, fileName: `answers-${q.id.slice(0, 8)}.csv` };
}

/** A ZIP of every file attached to the submitted answers: <respondent>/Q<n>-<file name>. */
export async function exportAnswerFiles({ actor, questionnaireId }: { actor: Actor; questionnaireId: string }) {
  const { q, responses } = await loadForExport(actor, questionnaireId);
  const position = new Map(q.questions.map((x) => [x.id, x.position]));
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  for (const r of responses) {
    const answers = (r.answers ?? {}) as Answers;
    const questionOf = new Map<string, number>();
    for (const [qid, value] of Object.entries(answers))
      if (Array.isArray(value)) for (const id of value) questionOf.set(id, position.get(qid) ?? 0);
    const folder = `${zipSafeSegment(labelOf(r.respondent))} (${receiptNumber(r.id)})`;
    for (const a of r.attachments) {
      let name = `${folder}/Q${questionOf.get(a.id) ?? 0}-${zipSafeSegment(a.fileName)}`;
      for (let n = 2; names.has(name); n++) name = `${folder}/Q${questionOf.get(a.id) ?? 0}-${n}-${zipSafeSegment(a.fileName)}`;
      names.add(name);
      entries.push({ name, bytes: await readAttachmentBytes(a.storageKey), modifiedAt: a.createdAt });
    }
  }
  return { zip: buildZip(entries), fileName: `answer-files-${q.id.slice(0, 8)}.zip`, count: entries.length };
}
