import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { transition } from "./transition";
import { letterParts, themeSlugsOf } from "./rules";
import type { OpenDraftInput } from "./schemas";

/**
 * The secretariat opens a draft communication from a submission (issue 17): led by one of the
 * mandates the submission is assigned to, the others invited to co-sign, addressed to the State (or
 * other actor) chosen, prefilled from what the source said (rules.ts, letterParts: never the source,
 * the people affected in the confidential annex unless they consented). The draft then follows the
 * ordinary way of letters; the link to the submission stays internal — no public or State view of the
 * letter reads it.
 */
export async function openDraftFromCase({ actor, input }: { actor: Actor; input: OpenDraftInput }): Promise<{ communicationId: string }> {
  assertCan(actor, "case:triage");
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    const c = await tx.caseSubmission.findFirst({
      where: { id: input.caseId, status: { not: "DRAFT" } },
      select: {
        id: true,
        title: true,
        affected: true,
        affectedCount: true,
        victims: true,
        consentToName: true,
        whatHappened: true,
        location: true,
        occurredOn: true,
        ongoing: true,
        domesticRemedies: true,
        otherActorName: true,
        confidentialParts: true,
        topics: true,
        urgent: true,
        mandates: { where: { assignedAt: { not: null } }, select: { mandateId: true } },
      },
    });
    if (!c) throw new AppError("NOT_FOUND", "No such submission");
    const assigned = c.mandates.map((m) => m.mandateId);
    if (!assigned.includes(input.leadMandateId)) {
      throw new AppError("INVALID_INPUT", "Not assigned", { leadMandateId: ["cases.leadMandateAssigned"] });
    }
    const addressee =
      input.addressee.kind === "STATE"
        ? await tx.state.count({ where: { id: input.addressee.id } })
        : await tx.otherActor.count({ where: { id: input.addressee.id } });
    if (addressee !== 1) throw new AppError("INVALID_INPUT", "Unknown addressee", { addressee: ["cases.addresseeRequired"] });
    const moved = await transition(tx, { caseId: c.id, event: "open-draft", now });
    const parts = letterParts(c);
    const themes = await tx.theme.findMany({ where: { slug: { in: themeSlugsOf(c.topics) } }, select: { id: true } });
    const letter = await tx.communication.create({
      data: {
        type: input.type,
        addresseeKind: input.addressee.kind,
        addresseeStateId: input.addressee.kind === "STATE" ? input.addressee.id : null,
        addresseeOtherActorId: input.addressee.kind === "OTHER_ACTOR" ? input.addressee.id : null,
        ...parts,
        confidentialAnnex: parts.confidentialAnnex || null,
        // An urgent appeal is urgent by definition (R1); an urgent submission makes an urgent draft.
        urgent: input.type === "UA" || c.urgent,
        concernsReprisals: c.topics.includes("reprisals"),
        draftedById: actor.userId,
        createdAt: now,
        mandates: {
          create: [
            { mandateId: input.leadMandateId, status: "LEAD" as const },
            ...assigned.filter((m) => m !== input.leadMandateId).map((mandateId) => ({ mandateId, status: "INVITED" as const })),
          ],
        },
        themes: { create: themes.map((t) => ({ themeId: t.id })) },
      },
      select: { id: true },
    });
    await tx.caseSubmissionCommunication.create({
      data: { caseId: c.id, communicationId: letter.id, openedAt: now, openedById: actor.userId },
    });
    await writeAudit(tx, {
      actor,
      action: "communication.create-draft",
      entityType: "Communication",
      entityId: letter.id,
      after: { ...parts, type: input.type, leadMandateId: input.leadMandateId },
    });
    await writeAudit(tx, {
      actor,
      action: "case.open-draft",
      entityType: "CaseSubmission",
      entityId: c.id,
      before: { status: moved.before },
      after: { status: moved.after, communicationId: letter.id, leadMandateId: input.leadMandateId },
    });
    return { communicationId: letter.id };
  });
}
