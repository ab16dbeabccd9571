import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { NAME_FIELDS } from "../i18n/localized";

export async function getFocalPoint({ actor }: { actor: Actor }) {
  assertCan(actor, "state:manage-focal-point");
  if (!actor.stateId) throw new AppError("FORBIDDEN", "No State");
  const [state, focalPoint] = await Promise.all([
    prisma.state.findUniqueOrThrow({
      where: { id: actor.stateId },
      select: { ...NAME_FIELDS, locale: true },
    }),
    prisma.stateFocalPoint.findFirst({
      where: { stateId: actor.stateId, active: true },
      orderBy: { createdAt: "desc" },
      select: { name: true, email: true, phone: true },
    }),
  ]);
  return { state, focalPoint };
}
