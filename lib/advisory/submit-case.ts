import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { advisoryCategoriesFor } from "../auth/advisory-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { writeAudit } from "../platform/write-audit";
import { committeeUserIds, notify, secretariatUserIds } from "../notifications/notify";
import type { AdvisorySubmissionInput } from "./schemas";

/**
 * R15: a mandate holder asks advice on a contemplated activity or raises a systemic issue; a State
 * refers a specific case; the secretariat raises a systemic issue. The parties come from the actor,
 * never from the form: a holder's case concerns itself, a State's case its own State.
 */
export async function submitAdvisoryCase({ actor, input }: { actor: Actor; input: AdvisorySubmissionInput }) {
  assertCan(actor, "advisory:submit");
  if (!advisoryCategoriesFor(actor).includes(input.category)) {
    throw new AppError("INVALID_INPUT", "Category not open to this role", { category: ["advisory.categoryNotAllowed"] });
  }
  const at = clockNow();
  return prisma.$transaction(async (tx) => {
    const data = {
      category: input.category,
      title: input.title,
      description: input.description,
      submittedById: actor.userId,
      mandateHolderId: actor.role === "MANDATE_HOLDER" && input.category === "CONTEMPLATED_ACTIVITY" ? actor.mandateHolderId : null,
      stateId: actor.role === "STATE" ? actor.stateId : null,
      openedAt: at,
    };
    const created = await tx.advisoryCase.create({ data, select: { id: true } });
    // The Coordination Committee and the secretariat handle it: they are told.
    await notify(tx, {
      kind: "advisory.received",
      recipients: [...(await committeeUserIds(tx, at)), ...(await secretariatUserIds(tx))],
      params: { title: data.title },
      link: `/portal/advisory/${created.id}`,
      record: { type: "AdvisoryCase", id: created.id },
      now: at,
      except: actor.userId,
    });
    await writeAudit(tx, {
      actor,
      action: "advisory.submit",
      entityType: "AdvisoryCase",
      entityId: created.id,
      after: { category: data.category, title: data.title, mandateHolderId: data.mandateHolderId, stateId: data.stateId },
    });
    return created;
  });
}
