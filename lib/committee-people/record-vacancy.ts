import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import { computeVacancies } from "./vacancy-rules";
import type { VacancyRecordInput } from "./schemas";

/**
 * The secretariat records, for a vacancy (CC1), the Council session that appoints the successor and —
 * once the Council has made them public — the shortlist and the person appointed. Only a tenure that
 * is a vacancy at `now` can be recorded; an empty field clears what was recorded.
 */
export async function recordVacancy({ actor, input, now }: { actor: Actor; input: VacancyRecordInput; now: Date }) {
  assertCan(actor, "committee:manage");
  return prisma.$transaction(async (tx) => {
    const tenure = await tx.mandateTenure.findUnique({
      where: { id: input.tenureId },
      select: { id: true, mandateId: true, mandate: { select: { active: true } } },
    });
    if (!tenure || !tenure.mandate.active)
      throw new AppError("INVALID_INPUT", "committeePeople.vacancyRequired", { tenureId: ["committeePeople.vacancyRequired"] });
    const siblings = await tx.mandateTenure.findMany({
      where: { mandateId: tenure.mandateId },
      select: { id: true, mandateId: true, mandateHolderId: true, startDate: true, endDate: true },
    });
    if (!computeVacancies(siblings, now).some((v) => v.tenureId === tenure.id))
      throw new AppError("INVALID_INPUT", "committeePeople.vacancyRequired", { tenureId: ["committeePeople.vacancyRequired"] });
    const before = await tx.vacancyRecord.findUnique({
      where: { tenureId: tenure.id },
      select: { appointmentSession: true, shortlist: true, appointedName: true },
    });
    const data = { appointmentSession: input.appointmentSession, shortlist: input.shortlist, appointedName: input.appointedName };
    const record = await tx.vacancyRecord.upsert({
      where: { tenureId: tenure.id },
      create: { tenureId: tenure.id, ...data },
      update: data,
      select: { id: true },
    });
    await writeAudit(tx, { actor, action: "vacancy.record", entityType: "VacancyRecord", entityId: record.id, before, after: data });
    return { id: record.id };
  });
}
