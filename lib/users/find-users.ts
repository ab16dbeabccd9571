import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage } from "../core/pagination";
import { NAME_FIELDS } from "../i18n/localized";

export async function findUsers({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "user:manage");
  const {
    total,
    pages,
    rows: users,
  } = await loadPage({
    page,
    count: () => prisma.user.count(),
    rows: (w) =>
      prisma.user.findMany({
        orderBy: [{ role: "asc" }, { email: "asc" }],
        ...w,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          passwordSignInDisabled: true,
          ssoSubject: true,
          lastSignInAt: true,
          invitationPending: true,
          organisation: true,
          state: { select: { ...NAME_FIELDS } },
          mandateHolder: { select: { name: true } },
          // Four eyes (issue 12, item 6): a privileged role waiting for a second member's approval.
          roleGrantRequests: { where: { status: "PENDING" }, select: { role: true }, take: 1 },
        },
      }),
  });
  return { total, users, pages };
}

/** Choices for the add-user form: States, and holders who have no account yet. */
export async function findUserFormChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "user:manage");
  const [states, holders] = await Promise.all([
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, ...NAME_FIELDS },
    }),
    prisma.mandateHolder.findMany({ where: { user: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { states, holders };
}
