import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { z } from "zod";
import { AppError } from "../core/errors";
import { missionMembersWhere } from "./mission-scope";
import { NAME_FIELDS } from "../i18n/localized";

const MEMBER = {
  id: true,
  name: true,
  email: true,
  active: true,
  missionAdmin: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

/** The users of the mission administrator's own mission, and the State it is. */
export async function findMissionUsers({ actor }: { actor: Actor }) {
  const where = missionMembersWhere(actor);
  const [state, users] = await Promise.all([
    prisma.state.findUniqueOrThrow({
      where: { id: actor.stateId! },
      select: { ...NAME_FIELDS },
    }),
    prisma.user.findMany({ where, orderBy: [{ active: "desc" }, { name: "asc" }], select: MEMBER }),
  ]);
  return { state, users };
}

/** One user of the mission; another mission's user (or any other account) is not found. */
export async function getMissionUser({ actor, userId }: { actor: Actor; userId: string }) {
  const where = missionMembersWhere(actor);
  if (!z.uuid().safeParse(userId).success) throw new AppError("NOT_FOUND", "No such user");
  const user = await prisma.user.findFirst({ where: { ...where, id: userId }, select: MEMBER });
  if (!user) throw new AppError("NOT_FOUND", "No such user");
  return user;
}
