import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { maySubmitStory } from "../auth/stories-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { checkUpload } from "../files/check-upload";
import { saveAttachment } from "../files/save-attachment";
import { withFileCleanup } from "../files/with-file-cleanup";
import type { TransactionClient } from "../db/types";
import { newStatusToken } from "./token";
import { MAX_EVIDENCE_FILES, type StorySubmissionInput } from "./schemas";

/** Checks that the chosen mandate, State and themes exist (ids come from the client). */
export async function checkStoryReferences(
  tx: TransactionClient,
  input: { mandateId?: string | undefined; stateId: string; themeIds: string[] },
) {
  const [state, mandate, themes] = await Promise.all([
    tx.state.count({ where: { id: input.stateId } }),
    input.mandateId ? tx.mandate.count({ where: { id: input.mandateId } }) : Promise.resolve(1),
    input.themeIds.length ? tx.theme.count({ where: { id: { in: input.themeIds } } }) : Promise.resolve(0),
  ]);
  const errors: Record<string, string[]> = {};
  if (state !== 1) errors.stateId = ["stories.stateRequired"];
  if (mandate !== 1) errors.mandateId = ["stories.mandateInvalid"];
  if (themes !== input.themeIds.length) errors.themeIds = ["stories.themesInvalid"];
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Unknown reference", errors);
}

/**
 * R13: anyone submits a good story — a signed-in user (civil society, State, mandate holder,
 * secretariat) or an anonymous visitor with an email address. An anonymous submitter gets a status
 * token, returned here once; only its SHA-256 is stored.
 */
export async function submitStory({
  actor,
  input,
  files = [],
  language = "en",
}: {
  actor: Actor | null;
  input: StorySubmissionInput;
  files?: { fileName: string; bytes: Uint8Array }[];
  /** The form's interface language: a submitter without an account hears of the decision in it. */
  language?: string;
}): Promise<{ id: string; token: string | null }> {
  if (!maySubmitStory(actor)) throw new AppError("FORBIDDEN", "Not allowed: story:submit");
  if (!actor && !input.submitterEmail) throw new AppError("INVALID_INPUT", "Email required", { submitterEmail: ["stories.emailRequired"] });
  if (files.length > MAX_EVIDENCE_FILES) throw new AppError("INVALID_INPUT", "Too many files", { evidenceFiles: ["files.tooMany"] });
  for (const file of files) await checkUpload(file);
  const at = clockNow();
  const token = actor ? null : newStatusToken();
  return withFileCleanup({
    run: (stored) =>
      prisma.$transaction(async (tx) => {
        await checkStoryReferences(tx, input);
        const story = await tx.goodStory.create({
          data: {
            title: input.title,
            recommendation: input.recommendation,
            whatChanged: input.whatChanged,
            evidenceLinks: input.evidenceLinks,
            mandateId: input.mandateId ?? null,
            stateId: input.stateId,
            status: "SUBMITTED",
            submittedById: actor?.userId ?? null,
            // A member of an organisation account submits under its name (issue 17, item 3): taken from
            // the account, never from the form.
            organisationId: actor?.role === "CIVIL_SOCIETY" ? (actor.organisationId ?? null) : null,
            // A signed-in submitter is reached through its account; the form's name and email are for visitors.
            submitterName: actor ? null : input.submitterName,
            submitterEmail: actor ? null : input.submitterEmail,
            statusTokenHash: token?.hash ?? null,
            language,
            createdAt: at,
            themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
          },
          select: { id: true },
        });
        const attachments = [];
        for (const file of files) {
          attachments.push(
            await saveAttachment(tx, { ...file, uploadedById: actor?.userId ?? null, link: { goodStoryId: story.id }, files: stored }),
          );
        }
        await writeAudit(tx, {
          actor,
          action: "story.submit",
          entityType: "GoodStory",
          entityId: story.id,
          after: {
            title: input.title,
            stateId: input.stateId,
            mandateId: input.mandateId ?? null,
            themeIds: input.themeIds,
            anonymous: !actor,
            organisationId: actor?.role === "CIVIL_SOCIETY" ? (actor.organisationId ?? null) : null,
            files: attachments.map((a) => a.id),
          },
        });
        return { id: story.id, token: token?.token ?? null };
      }),
  });
}
