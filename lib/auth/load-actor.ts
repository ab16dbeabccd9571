import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "./actor";

/** Reads the user's role and bindings; null for an unknown or deactivated user. */
export async function loadActor(userId: string, now = new Date()): Promise<Actor | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      timeZone: true,
      active: true,
      stateId: true,
      mandateHolder: {
        select: {
          id: true,
          coordinationCommittee: true,
          tenures: {
            where: { startDate: { lte: now }, OR: [{ endDate: null }, { endDate: { gte: now } }] },
            select: { mandateId: true },
          },
        },
      },
    },
  });
  if (!user || !user.active) return null;
  const holder = user.role === "MANDATE_HOLDER" ? user.mandateHolder : null;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    stateId: user.role === "STATE" ? user.stateId : null,
    mandateHolderId: holder?.id ?? null,
    mandateIds: holder ? [...new Set(holder.tenures.map((t) => t.mandateId))] : [],
    coordinationCommittee: holder?.coordinationCommittee ?? false,
  };
}
