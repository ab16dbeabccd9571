import "server-only";
import { prisma } from "../db/client";
import type { TransactionClient } from "../db/types";
import type { Actor } from "../auth/actor";
import { assertCan, servesMandate } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { now as clockNow } from "../core/clock";
import { holderUserIds, notify } from "../notifications/notify";
import { EDITABLE_STATUSES } from "./rules";
import type { DraftInput } from "./schemas";

async function checkReferences(tx: TransactionClient, input: DraftInput) {
  const [addressee, copies, themes, cosigners] = await Promise.all([
    input.addressee.kind === "STATE"
      ? tx.state.count({ where: { id: input.addressee.id } })
      : tx.otherActor.count({ where: { id: input.addressee.id } }),
    tx.state.count({ where: { id: { in: input.copiedStateIds } } }),
    tx.theme.count({ where: { id: { in: input.themeIds } } }),
    tx.mandate.count({ where: { id: { in: input.cosignMandateIds }, active: true } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (addressee !== 1) errors.addressee = ["communications.addresseeRequired"];
  if (copies !== new Set(input.copiedStateIds).size) errors.copiedStateIds = ["errors.NOT_FOUND"];
  if (themes !== new Set(input.themeIds).size) errors.themeIds = ["errors.NOT_FOUND"];
  if (cosigners !== new Set(input.cosignMandateIds).size) errors.cosignMandateIds = ["errors.NOT_FOUND"];
  if (Object.keys(errors).length) throw new AppError("INVALID_INPUT", "Invalid references", errors);
}

/**
 * Creates or updates a draft of the actor's mandate. Co-signing mandates are invited here; an
 * invitation already answered keeps its answer.
 */
export async function saveDraft({ actor, input }: { actor: Actor; input: DraftInput }): Promise<{ id: string }> {
  assertCan(actor, "communication:draft");
  if (!servesMandate(actor, input.leadMandateId)) {
    throw new AppError("INVALID_INPUT", "Not your mandate", { leadMandateId: ["communications.leadMandateRequired"] });
  }
  const cosigners = [...new Set(input.cosignMandateIds)].filter((m) => m !== input.leadMandateId);
  const data = {
    type: input.type,
    addresseeKind: input.addressee.kind,
    addresseeStateId: input.addressee.kind === "STATE" ? input.addressee.id : null,
    addresseeOtherActorId: input.addressee.kind === "OTHER_ACTOR" ? input.addressee.id : null,
    subject: input.subject,
    summary: input.summary,
    body: input.body,
    confidentialAnnex: input.confidentialAnnex,
    // An urgent appeal is urgent by definition (R1: it is dispatched at once).
    urgent: input.type === "UA" || input.urgent,
    concernsReprisals: input.concernsReprisals,
  };
  const now = clockNow();
  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, input);
    let id = input.communicationId;
    let before: unknown = null;
    if (id) {
      const existing = await tx.communication.findFirst({
        where: { id, mandates: { some: { mandateId: input.leadMandateId, status: "LEAD" } } },
        select: {
          id: true,
          status: true,
          subject: true,
          summary: true,
          body: true,
          type: true,
          mandates: { select: { mandateId: true, status: true } },
        },
      });
      if (!existing) throw new AppError("NOT_FOUND", "No such draft");
      if (!EDITABLE_STATUSES.includes(existing.status)) throw new AppError("CONFLICT", "communications.notEditable");
      before = existing;
      await tx.communication.update({ where: { id }, data });
      await tx.communicationMandate.deleteMany({
        where: { communicationId: id, status: { not: "LEAD" }, mandateId: { notIn: cosigners } },
      });
      await tx.communicationCopy.deleteMany({ where: { communicationId: id } });
      await tx.communicationTheme.deleteMany({ where: { communicationId: id } });
    } else {
      const created = await tx.communication.create({ data: { ...data, draftedById: actor.userId }, select: { id: true } });
      id = created.id;
      await tx.communicationMandate.create({ data: { communicationId: id, mandateId: input.leadMandateId, status: "LEAD" } });
    }
    await tx.communicationMandate.createMany({
      data: cosigners.map((mandateId) => ({ communicationId: id!, mandateId, status: "INVITED" as const })),
      skipDuplicates: true,
    });
    // Mandates invited by this save (not those invited before) are told: the draft waits for them.
    const invitedBefore = new Set((before as { mandates?: { mandateId: string }[] } | null)?.mandates?.map((m) => m.mandateId) ?? []);
    const newlyInvited = cosigners.filter((m) => !invitedBefore.has(m));
    if (newlyInvited.length) {
      const lead = await tx.mandate.findUniqueOrThrow({ where: { id: input.leadMandateId }, select: { titleEn: true } });
      await notify(tx, {
        kind: "cosign.invited",
        recipients: await holderUserIds(tx, newlyInvited, now),
        // The draft's subject: the mandates invited read the draft itself.
        params: { mandate: lead.titleEn, title: input.subject },
        link: `/portal/mandate-holder/communications/${id}`,
        record: { type: "Communication", id },
        now,
        except: actor.userId,
      });
    }
    await tx.communicationCopy.createMany({ data: input.copiedStateIds.map((stateId) => ({ communicationId: id!, stateId })) });
    await tx.communicationTheme.createMany({ data: input.themeIds.map((themeId) => ({ communicationId: id!, themeId })) });
    await writeAudit(tx, {
      actor,
      action: input.communicationId ? "communication.update-draft" : "communication.create-draft",
      entityType: "Communication",
      entityId: id,
      before,
      after: { ...data, cosigners, themes: input.themeIds, copies: input.copiedStateIds },
    });
    return { id };
  });
}
