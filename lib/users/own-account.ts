import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

/** What "My account" shows about how the user signs in. */
export async function findOwnAccount({ actor }: { actor: Actor }): Promise<{ passwordSignInDisabled: boolean }> {
  assertCan(actor, "account:own");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { passwordSignInDisabled: true } });
  return { passwordSignInDisabled: user?.passwordSignInDisabled ?? false };
}
