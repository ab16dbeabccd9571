import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage } from "../core/pagination";
import { NAME_FIELDS } from "../i18n/localized";

/** Every State account, by State, for the secretariat or an admin appointing mission administrators. */
export async function findStateUsers({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "mission:appoint-admin");
  const where = { role: "STATE" as const, stateId: { not: null } };
  const {
    total,
    pages,
    rows: users,
  } = await loadPage({
    page,
    count: () => prisma.user.count({ where }),
    rows: (w) =>
      prisma.user.findMany({
        where,
        orderBy: [{ state: { nameEn: "asc" } }, { email: "asc" }],
        ...w,
        select: {
          id: true,
          name: true,
          email: true,
          active: true,
          missionAdmin: true,
          state: { select: { ...NAME_FIELDS } },
        },
      }),
  });
  return { total, users, pages };
}
