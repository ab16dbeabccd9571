import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { memberSelect, organisationSelect } from "./selects";

/** One organisation as the secretariat sees it, with its members, to decide on it (issue 17, item 3). */
export async function getOrganisation({ actor, organisationId }: { actor: Actor; organisationId: string }) {
  assertCan(actor, "organisation:decide");
  if (!z.uuid().safeParse(organisationId).success) throw new AppError("NOT_FOUND", "No such organisation");
  const org = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: {
      ...organisationSelect,
      decidedById: true,
      members: { orderBy: [{ active: "desc" }, { name: "asc" }], select: memberSelect },
    },
  });
  if (!org) throw new AppError("NOT_FOUND", "No such organisation");
  const decidedBy = org.decidedById ? await prisma.user.findUnique({ where: { id: org.decidedById }, select: { name: true } }) : null;
  return { ...org, decidedByName: decidedBy?.name ?? null };
}
export type OrganisationForSecretariat = Awaited<ReturnType<typeof getOrganisation>>;
