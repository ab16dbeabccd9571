"use server";
import { createAction } from "../server/action";
import { formFiles } from "../core/form-files";
import { nudgeMailWorker } from "../mail/worker";
import {
  answerSchema,
  civilSocietySchema,
  invitationAnswerSchema,
  inviteSchema,
  recommendationSchema,
  recommendationStatusSchema,
  reportSchema,
  requesterActionSchema,
  requestSchema,
  scheduleSchema,
  standingInvitationSchema,
  statementSchema,
  visitStepSchema,
  withdrawInvitationSchema,
} from "./schemas";
import { requestVisit } from "./request-visit";
import { answerVisit } from "./answer-visit";
import { inviteVisit } from "./invite-visit";
import { answerInvitation } from "./answer-invitation";
import { requesterAction, scheduleAgreedVisit } from "./requester-action";
import { recordCivilSocietyDebriefing, saveStatement, visitStep } from "./statement";
import { addRecommendation, saveVisitReport, updateRecommendationStatus } from "./report";
import { addStandingInvitation, withdrawStandingInvitation } from "./standing-invitations";

export const requestVisitAction = createAction({
  schema: requestSchema,
  permission: "visit:request",
  handler: async ({ actor, input, formData }) => {
    const result = await requestVisit({ actor, input, files: await formFiles(formData, "documents") });
    nudgeMailWorker();
    return result;
  },
  successMessage: "visits.requestSaved",
  redirectTo: ({ data }) => `/portal/mandate-holder/visits/${data.id}`,
});

// The State answers (visit:answer); the secretariat records answers received outside the portal
// (visit:record). answerVisit checks which, and the record-level rule.
export const answerVisitAction = createAction({
  schema: answerSchema,
  permission: ["visit:answer", "visit:record"],
  handler: async ({ actor, input, formData }) => answerVisit({ actor, input, files: await formFiles(formData, "documents") }),
  successMessage: "visits.answerSaved",
});

// A State invites a mandate (visit:answer, its own State only: inviteVisit checks the record-level rule).
export const inviteVisitAction = createAction({
  schema: inviteSchema,
  permission: "visit:answer",
  handler: async ({ actor, input, formData }) => {
    const result = await inviteVisit({ actor, input, files: await formFiles(formData, "documents") });
    nudgeMailWorker();
    return result;
  },
  successMessage: "visits.invitationSent",
  redirectTo: ({ data }) => `/portal/state/visits/${data.id}`,
});

// The requesting side: the mandate holder (visit:request) or the secretariat on its behalf
// (visit:record). Each lib/ function applies the record-level rule for whichever the actor is.
const REQUESTER = ["visit:request", "visit:record"] as const;

export const requesterActionAction = createAction({
  schema: requesterActionSchema,
  permission: REQUESTER,
  handler: async ({ actor, input }) => {
    const result = await requesterAction({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: ({ input }) => `visits.done.${input.action}`,
});

// The mandate's answer to a State's invitation: its holder, or the secretariat on its behalf.
export const answerInvitationAction = createAction({
  schema: invitationAnswerSchema,
  permission: REQUESTER,
  handler: async ({ actor, input }) => {
    const result = await answerInvitation({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: ({ input }) => `visits.invitationDone.${input.answer}`,
});

export const scheduleVisitAction = createAction({
  schema: scheduleSchema,
  permission: REQUESTER,
  handler: ({ actor, input }) => scheduleAgreedVisit({ actor, input }),
  successMessage: "visits.scheduled",
});

export const saveStatementAction = createAction({
  schema: statementSchema,
  permission: REQUESTER,
  handler: async ({ actor, input, formData }) => saveStatement({ actor, input, files: await formFiles(formData, "documents") }),
  successMessage: "visits.statementSaved",
});

export const visitStepAction = createAction({
  schema: visitStepSchema,
  permission: REQUESTER,
  handler: async ({ actor, input }) => {
    const result = await visitStep({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: ({ input }) => `visits.done.${input.step}`,
});

export const civilSocietyDebriefingAction = createAction({
  schema: civilSocietySchema,
  permission: REQUESTER,
  handler: ({ actor, input }) => recordCivilSocietyDebriefing({ actor, input }),
  successMessage: "visits.done.civilSocietyDebriefing",
});

export const saveVisitReportAction = createAction({
  schema: reportSchema,
  permission: REQUESTER,
  handler: ({ actor, input }) => saveVisitReport({ actor, input }),
  successMessage: "visits.reportSaved",
});

export const addRecommendationAction = createAction({
  schema: recommendationSchema,
  permission: REQUESTER,
  handler: ({ actor, input }) => addRecommendation({ actor, input }),
  successMessage: "visits.recommendationSaved",
});

export const recommendationStatusAction = createAction({
  schema: recommendationStatusSchema,
  permission: "recommendation:update-status",
  handler: ({ actor, input }) => updateRecommendationStatus({ actor, input }),
  successMessage: "visits.followUpSaved",
});

export const addStandingInvitationAction = createAction({
  schema: standingInvitationSchema,
  permission: "visit:record",
  handler: ({ actor, input }) => addStandingInvitation({ actor, input }),
  successMessage: "visits.invitationSaved",
});

export const withdrawStandingInvitationAction = createAction({
  schema: withdrawInvitationSchema,
  permission: "visit:record",
  handler: ({ actor, input }) => withdrawStandingInvitation({ actor, input }),
  successMessage: "visits.invitationSaved",
});
