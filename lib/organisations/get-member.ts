import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { organisationMembersWhere } from "./member-scope";
import { memberSelect } from "./selects";

/** One member of the administrator's organisation; another organisation's member (or anyone else) is not found. */
export async function getOrganisationMember({ actor, userId }: { actor: Actor; userId: string }) {
  const where = organisationMembersWhere(actor);
  if (!z.uuid().safeParse(userId).success) throw new AppError("NOT_FOUND", "No such member");
  const user = await prisma.user.findFirst({ where: { ...where, id: userId }, select: memberSelect });
  if (!user) throw new AppError("NOT_FOUND", "No such member");
  return user;
}
