import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { mayActAsRequester, mayAnswer, mayRecordReport, mayUpdateRecommendation, recordsVisits } from "../auth/visits-policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { ATTACHMENT_SELECT } from "../files/save-attachment";
import { visitRequestScopeFor } from "./scope";
import { workspaceEventScope } from "./event-visibility";
import { availableActions } from "./state-machine";
import { requesterActionsToday } from "./visit-dates";
import { genevaCalendarDate } from "../core/geneva";
import { checkStatementLength, debriefingRecorded } from "./statement-rules";
import { presentationDelayDays } from "./calendar";
import { findThemeChoices } from "../themes/find-theme-choices";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const DETAIL = {
  id: true,
  initiator: true,
  status: true,
  purpose: true,
  proposedPeriods: true,
  requestedAt: true,
  answeredAt: true,
  declineReason: true,
  stateProposedStart: true,
  stateProposedEnd: true,
  mandateId: true,
  stateId: true,
  sample: true,
  createdAt: true,
  mandate: { select: { slug: true, ...TITLE_FIELDS } },
  state: { select: { iso3: true, ...NAME_FIELDS } },
  visit: {
    select: {
      id: true,
      startDate: true,
      endDate: true,
      announcedAt: true,
      endOfMissionStatement: true,
      statementWordCount: true,
      statementSharedWithStateAt: true,
      debriefingAt: true,
      statementPublishedAt: true,
      reports: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          symbol: true,
          title: true,
          submittedAt: true,
          councilSession: true,
          presentedAt: true,
          publishedAt: true,
          recommendations: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              text: true,
              status: true,
              statusEvidence: true,
              statusUpdatedAt: true,
              themes: {
                select: {
                  theme: {
                    select: {
                      slug: true,
                      kind: true,
                      sdgNumber: true,
                      ...NAME_FIELDS,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.VisitRequestSelect;

/**
 * One request in a workspace, inside the actor's scope (else NOT_FOUND): its timeline as the actor
 * may see it, the visit, the report and its recommendations, and what the actor may do next.
 */
export async function getVisitRequest({ actor, visitRequestId }: { actor: Actor; visitRequestId: string }) {
  if (!z.uuid().safeParse(visitRequestId).success) throw new AppError("NOT_FOUND", "No such visit request");
  const now = clockNow();
  const r = await prisma.visitRequest.findFirst({ where: { AND: [{ id: visitRequestId }, visitRequestScopeFor(actor)] }, select: DETAIL });
  if (!r) throw new AppError("NOT_FOUND", "No such visit request");
  const requester = mayActAsRequester(actor, r);
  const statementShared = r.visit?.statementSharedWithStateAt != null;
  const events = await prisma.visitEvent.findMany({
    where: { AND: [{ visitRequestId: r.id }, workspaceEventScope(actor, { ...r, statementShared })] },
    orderBy: [{ at: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      at: true,
      note: true,
      isPublic: true,
      attachments: { orderBy: { createdAt: "asc" }, select: { ...ATTACHMENT_SELECT, isPublic: true } },
    },
  });
  const visit = r.visit && {
    ...r.visit,
    // The State reads the statement once it was shared with it (R4); before that it does not exist for it.
    endOfMissionStatement: requester || statementShared ? r.visit.endOfMissionStatement : null,
    guideline: r.visit.statementWordCount !== null ? checkStatementLength(r.visit.statementWordCount) : null,
    debriefed: debriefingRecorded(r.visit, now),
    delayDays: presentationDelayDays(r.visit.endDate, r.visit.reports.find((x) => x.presentedAt)?.presentedAt ?? null),
    reports: r.visit.reports.map((rep) => ({
      ...rep,
      recommendations: rep.recommendations.map((rec) => ({
        ...rec,
        mayUpdate: mayUpdateRecommendation(actor, { visitStateId: r.stateId }),
      })),
    })),
  };
  const mayReport = mayRecordReport(actor, r);
  return {
    ...r,
    visit,
    events,
    now,
    /** Themes to tag a new recommendation with (R14): only when the actor may add one. */
    themeChoices: mayReport && visit?.reports.length ? await findThemeChoices() : [],
    may: {
      requester,
      answer: mayAnswer(actor, r) ? availableActions(r.status, "state") : [],
      requesterActions: requester ? requesterActionsToday(availableActions(r.status, "requester"), r, genevaCalendarDate(now)) : [],
      onBehalf: recordsVisits(actor),
      report: mayReport,
    },
  };
}
export type VisitRequestDetail = Awaited<ReturnType<typeof getVisitRequest>>;
