import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

export const STATE_USERS_PAGE_SIZE = 25;

/** Every State account, by State, for the secretariat or an admin appointing mission administrators. */
export async function findStateUsers({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "mission:appoint-admin");
  const where = { role: "STATE" as const, stateId: { not: null } };
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ state: { nameEn: "asc" } }, { email: "asc" }],
      skip: (page - 1) * STATE_USERS_PAGE_SIZE,
      take: STATE_USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        missionAdmin: true,
        state: { select: { nameEn: true, nameFr: true, nameEs: true } },
      },
    }),
  ]);
  return { total, users, pages: Math.max(1, Math.ceil(total / STATE_USERS_PAGE_SIZE)) };
}
