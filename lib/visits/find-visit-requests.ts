import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { VisitRequestStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { loadPage } from "../core/pagination";
import { visitRequestScopeFor } from "./scope";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/** A workspace list of visit requests in the actor's scope, newest activity first, paginated. */
export async function findVisitRequests({ actor, page = 1, status }: { actor: Actor; page?: number; status?: VisitRequestStatus }) {
  const where: Prisma.VisitRequestWhereInput = { AND: [visitRequestScopeFor(actor), status ? { status } : {}] };
  const { total, pages, rows } = await loadPage({
    page,
    count: () => prisma.visitRequest.count({ where }),
    rows: (w) =>
      prisma.visitRequest.findMany({
        where,
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          initiator: true,
          status: true,
          requestedAt: true,
          answeredAt: true,
          updatedAt: true,
          sample: true,
          mandate: { select: { ...TITLE_FIELDS } },
          state: { select: { iso3: true, ...NAME_FIELDS } },
          visit: { select: { startDate: true, endDate: true } },
        },
      }),
  });
  return { total, rows, pages };
}

/** The choices of the request form: the holder's current mandates and every State. */
export async function getRequestChoices({ actor }: { actor: Actor }) {
  const [mandates, states] = await Promise.all([
    prisma.mandate.findMany({
      where: { id: { in: [...actor.mandateIds] } },
      orderBy: { titleEn: "asc" },
      select: { id: true, ...TITLE_FIELDS },
    }),
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, iso3: true, ...NAME_FIELDS },
    }),
  ]);
  return { mandates, states };
}

/** The choices of a State's invitation: the mandates in operation (a State invites no discontinued one). */
export async function getInvitationChoices() {
  const mandates = await prisma.mandate.findMany({
    where: { active: true },
    orderBy: { titleEn: "asc" },
    select: { id: true, ...TITLE_FIELDS },
  });
  return { mandates };
}
