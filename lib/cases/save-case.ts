import "server-only";
import { prisma } from "../db/client";
import type { TransactionClient } from "../db/types";
import type { Actor } from "../auth/actor";
import { maySubmitCase } from "../auth/cases-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { genevaYear } from "../core/geneva";
import { writeAudit } from "../platform/write-audit";
import { checkUpload } from "../files/check-upload";
import { saveAttachment } from "../files/save-attachment";
import { withFileCleanup } from "../files/with-file-cleanup";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { hashStatusToken, newStatusToken } from "../stories/token";
import { formatReceipt, suggestedMandateSlugs, type CaseStatusValue } from "./rules";
import { caseSubmitProblems, MAX_CASE_FILES, type CaseFields } from "./schemas";
import { caseMailText } from "./mail-text";

export type SaveCaseInput = CaseFields & { intent: "draft" | "submit"; token?: string | undefined };

/** The private link of a submission: its page, with the token that is the only key to it. */
export function privateCaseLink(token: string): string {
  return `${portalBaseUrl()}/submit/case/${token}`;
}

/** Numbers a submission being sent: per Geneva year, gap-free (taken under a transaction-scoped lock). */
async function nextReceipt(tx: TransactionClient, year: number) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`case-receipt:${year}`}))`;
  const [row] = await tx.$queryRaw<{ next: number }[]>`
    SELECT (COALESCE(MAX("receiptSeq"), 0) + 1)::int AS next FROM "CaseSubmission" WHERE "receiptYear" = ${year}`;
  const seq = row!.next;
  return { receiptYear: year, receiptSeq: seq, receiptNumber: formatReceipt(year, seq) };
}

/** The suggested mandates of a submission (rules.ts): those of its topics and the country mandates on its State. */
async function suggestMandates(tx: TransactionClient, caseId: string, input: { topics: string[]; stateId?: string | undefined }) {
  const country = input.stateId
    ? await tx.mandate.findMany({ where: { countryId: input.stateId, active: true }, select: { slug: true } })
    : [];
  const slugs = suggestedMandateSlugs(
    input.topics,
    country.map((m) => m.slug),
  );
  const mandates = await tx.mandate.findMany({ where: { slug: { in: slugs }, active: true }, select: { id: true } });
  await tx.caseSubmissionMandate.deleteMany({ where: { caseId, assignedAt: null } });
  await tx.caseSubmissionMandate.createMany({
    data: mandates.map((m) => ({ caseId, mandateId: m.id, suggested: true })),
    skipDuplicates: true,
  });
  return mandates.map((m) => m.id);
}

/**
 * Issue 17: anyone — a visitor without an account too — writes a case submission, keeps it as a draft
 * reached by its private link (the token, returned here; only its SHA-256 is stored), and sends it
 * when ready: it then gets a receipt number, the mandates its topics and State suggest, and, when the
 * source left an address, a receipt mail with the private link. A new submission carries the id of
 * the proof of work that allowed it (`proofId`, checked by the action), so one proof makes one.
 */
export async function saveCase({
  actor,
  input,
  files = [],
  proofId = null,
  language = "en",
}: {
  actor: Actor | null;
  input: SaveCaseInput;
  files?: { fileName: string; bytes: Uint8Array }[];
  proofId?: string | null;
  language?: string;
}): Promise<{ id: string; token: string; status: CaseStatusValue; receiptNumber: string | null }> {
  if (!maySubmitCase(actor)) throw new AppError("FORBIDDEN", "Not allowed: case:submit");
  if (files.length > MAX_CASE_FILES) throw new AppError("INVALID_INPUT", "Too many files", { documents: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const now = clockNow();
  const submit = input.intent === "submit";
  if (submit) {
    const problems = caseSubmitProblems(input, now);
    if (Object.keys(problems).length) throw new AppError("INVALID_INPUT", "Incomplete submission", problems);
  }
  const token = input.token ?? newStatusToken().token;
  const tokenHash = hashStatusToken(token);
  const fields = {
    title: input.title,
    affected: input.affected,
    affectedCount: input.affected === "ONE_PERSON" ? null : (input.affectedCount ?? null),
    victims: input.victims,
    consentToName: input.consentToName,
    responsible: input.responsible,
    stateId: input.stateId ?? null,
    otherActorName: input.responsible === "OTHER_ACTOR" ? input.otherActorName : null,
    whatHappened: input.whatHappened,
    location: input.location,
    occurredOn: input.occurredOn ?? null,
    ongoing: input.ongoing,
    domesticRemedies: input.domesticRemedies,
    topics: input.topics,
    confidentialParts: input.confidentialParts,
    urgent: input.urgent,
    sourceName: input.sourceName,
    sourceOrganisation: input.sourceOrganisation,
    sourceEmail: input.sourceEmail,
    sourcePhone: input.sourcePhone,
    sourceRelation: input.sourceRelation,
  };
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        if (input.stateId && (await tx.state.count({ where: { id: input.stateId } })) !== 1) {
          throw new AppError("INVALID_INPUT", "Unknown State", { stateId: ["cases.stateRequired"] });
        }
        if (proofId && (await tx.caseSubmission.count({ where: { proofOfWork: proofId } })) > 0) {
          throw new AppError("INVALID_INPUT", "cases.proofFailed");
        }
        let id: string;
        let created = false;
        if (input.token) {
          const existing = await tx.caseSubmission.findUnique({ where: { tokenHash }, select: { id: true, status: true } });
          if (!existing) throw new AppError("NOT_FOUND", "cases.linkUnknown");
          if (existing.status !== "DRAFT") throw new AppError("CONFLICT", "cases.alreadySent");
          const updated = await tx.caseSubmission.updateMany({
            where: { id: existing.id, status: "DRAFT" },
            data: { ...fields, updatedAt: now },
          });
          if (updated.count !== 1) throw new AppError("CONFLICT", "cases.alreadySent");
          id = existing.id;
        } else {
          const row = await tx.caseSubmission.create({
            data: {
              ...fields,
              tokenHash,
              proofOfWork: proofId,
              language,
              submittedById: actor?.userId ?? null,
              createdAt: now,
              updatedAt: now,
            },
            select: { id: true },
          });
          id = row.id;
          created = true;
        }
        const attachments = [];
        for (const file of files) {
          attachments.push(
            await saveAttachment(tx, { ...file, uploadedById: actor?.userId ?? null, link: { caseSubmissionId: id }, files: stored }),
          );
        }
        let receiptNumber: string | null = null;
        let suggested: string[] = [];
        if (submit) {
          const receipt = await nextReceipt(tx, genevaYear(now));
          receiptNumber = receipt.receiptNumber;
          const sent = await tx.caseSubmission.updateMany({
            where: { id, status: "DRAFT" },
            data: { ...receipt, status: "RECEIVED", submittedAt: now, language, updatedAt: now },
          });
          if (sent.count !== 1) throw new AppError("CONFLICT", "cases.alreadySent");
          suggested = await suggestMandates(tx, id, input);
          const to = input.sourceEmail ?? actor?.email ?? null;
          if (to) {
            // A receipt, not urgent (R1): held outside Geneva business hours; its private link is the way back.
            await enqueueMail(tx, {
              to: [to],
              ...caseMailText(language, { kind: "receipt", receipt: receiptNumber, link: privateCaseLink(token), urgent: input.urgent }),
              urgent: false, // a receipt: held outside business hours (R1), never labelled urgent
              kind: "case.receipt",
              now,
              businessHours: await getBusinessHours(tx),
            });
          }
        }
        await writeAudit(tx, {
          actor,
          action: submit ? "case.submit" : created ? "case.create-draft" : "case.update-draft",
          entityType: "CaseSubmission",
          entityId: id,
          after: {
            status: submit ? "RECEIVED" : "DRAFT",
            receiptNumber,
            urgent: input.urgent,
            affected: input.affected,
            responsible: input.responsible,
            stateId: input.stateId ?? null,
            topics: input.topics,
            suggestedMandateIds: suggested,
            anonymous: !actor,
            files: attachments.map((a) => a.id),
          },
        });
        return { id, token, status: submit ? ("RECEIVED" as const) : ("DRAFT" as const), receiptNumber };
      }),
  });
}
