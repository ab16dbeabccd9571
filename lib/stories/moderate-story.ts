import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { notify } from "../notifications/notify";
import { enqueueMail, getBusinessHours } from "../platform/enqueue-mail";
import { portalBaseUrl } from "../communications/letter-text";
import { checkStoryReferences } from "./submit-story";
import { storyDecisionMailText } from "./decision-mail-text";
import type { ModerationInput, StoryEditInput } from "./schemas";

const MODERATABLE = ["SUBMITTED", "NEEDS_INFORMATION"] as const;

/** The secretariat edits a story awaiting moderation (wording, themes, links) before publishing it. */
export async function editStory({ actor, input }: { actor: Actor; input: StoryEditInput }) {
  assertCan(actor, "story:moderate");
  return prisma.$transaction(async (tx) => {
    const s = await tx.goodStory.findUnique({
      where: { id: input.storyId },
      select: {
        id: true,
        status: true,
        title: true,
        recommendation: true,
        whatChanged: true,
        evidenceLinks: true,
        mandateId: true,
        stateId: true,
        themes: { select: { themeId: true } },
      },
    });
    if (!s) throw new AppError("NOT_FOUND", "No such story");
    await checkStoryReferences(tx, input);
    const data = {
      title: input.title,
      recommendation: input.recommendation,
      whatChanged: input.whatChanged,
      evidenceLinks: input.evidenceLinks,
      mandateId: input.mandateId ?? null,
      stateId: input.stateId,
    };
    await tx.goodStory.update({ where: { id: s.id }, data });
    await tx.goodStoryTheme.deleteMany({ where: { goodStoryId: s.id } });
    if (input.themeIds.length)
      await tx.goodStoryTheme.createMany({ data: input.themeIds.map((themeId) => ({ goodStoryId: s.id, themeId })) });
    const { themes, ...before } = s;
    await writeAudit(tx, {
      actor,
      action: "story.edit",
      entityType: "GoodStory",
      entityId: s.id,
      before: { ...before, themeIds: themes.map((t) => t.themeId) },
      after: { ...data, themeIds: input.themeIds },
    });
    return { id: s.id };
  });
}

/**
 * R13: publish, ask the submitter for more, or reject with a reason (the reason is shown to the
 * submitter). A published story may be withdrawn by rejecting it. Guarded on the status read, so two
 * moderators cannot both decide.
 */
export async function moderateStory({ actor, input }: { actor: Actor; input: ModerationInput }) {
  assertCan(actor, "story:moderate");
  const at = clockNow();
  return prisma.$transaction(async (tx) => {
    const s = await tx.goodStory.findUnique({
      where: { id: input.storyId },
      select: {
        id: true,
        status: true,
        publishedAt: true,
        title: true,
        submitterEmail: true,
        language: true,
        submittedBy: { select: { id: true, email: true, active: true, locale: true } },
      },
    });
    if (!s) throw new AppError("NOT_FOUND", "No such story");
    const allowed: readonly string[] = input.decision === "reject" ? [...MODERATABLE, "PUBLISHED"] : MODERATABLE;
    if (!allowed.includes(s.status)) throw new AppError("CONFLICT", "stories.notModeratable");
    const data =
      input.decision === "publish"
        ? { status: "PUBLISHED" as const, publishedAt: at, moderationNote: input.note }
        : input.decision === "request-information"
          ? { status: "NEEDS_INFORMATION" as const, moderationNote: input.note }
          : { status: "REJECTED" as const, moderationNote: input.note, publishedAt: null };
    const updated = await tx.goodStory.updateMany({ where: { id: s.id, status: s.status }, data });
    if (updated.count !== 1) throw new AppError("CONFLICT", "stories.notModeratable");
    // Evidence files become downloadable by the public with the story, and stop being so if it is withdrawn.
    await tx.attachment.updateMany({ where: { goodStoryId: s.id }, data: { isPublic: data.status === "PUBLISHED" } });
    // The submitter hears of the decision through the outbox (held outside Geneva business hours, R1).
    const base = portalBaseUrl();
    // In the submitter's language: its account's, or the form's for a visitor.
    const mail = () =>
      storyDecisionMailText({
        locale: s.submittedBy?.active ? s.submittedBy.locale : s.language,
        title: s.title,
        decision: input.decision,
        note: input.note,
        storyUrl: `${base}/stories/${s.id}`,
        statusUrl: `${base}/stories/status`,
      });
    let to: string | null = null;
    if (s.submittedBy?.active) {
      // A submitter with an account is told as they chose (at once: this mail, with the reason; or in
      // the daily digest), and sees the notice in the portal.
      to = s.submittedBy.email;
      await notify(tx, {
        kind: "story.moderated",
        recipients: [s.submittedBy.id],
        params: {
          title: s.title,
          decision: data.status === "PUBLISHED" ? "published" : data.status === "REJECTED" ? "rejected" : "information",
        },
        link: "/portal/civil-society",
        record: { type: "GoodStory", id: s.id },
        now: at,
        mail,
        mailKind: "story.decision",
      });
    } else if (s.submitterEmail) {
      to = s.submitterEmail;
      await enqueueMail(tx, {
        to: [to],
        ...mail(),
        urgent: false,
        kind: "story.decision",
        now: at,
        businessHours: await getBusinessHours(tx),
      });
    }
    await writeAudit(tx, {
      actor,
      action: `story.${input.decision}`,
      entityType: "GoodStory",
      entityId: s.id,
      before: { status: s.status, publishedAt: s.publishedAt },
      after: { ...data, notified: to !== null },
    });
    return { id: s.id, status: data.status };
  });
}
