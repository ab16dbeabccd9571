"use server";
import { z } from "zod";
import { createAction } from "../core/action";
import { formFiles } from "../core/form-files";
import { nudgeMailWorker } from "../mail/worker";
import {
  answerSchema, civilSocietySchema, recommendationSchema, recommendationStatusSchema, reportSchema, requesterActionSchema, requestSchema,
  scheduleSchema, standingInvitationSchema, statementSchema, visitStepSchema, withdrawInvitationSchema,
} from "./schemas";
import { requestVisit } from "./request-visit";
import { answerVisit } from "./answer-visit";
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
});

// The State answers (visit:answer); the secretariat records answers received outside the portal
// (visit:record). answerVisit checks which, and the record-level rule.
const answerHandler = async ({ actor, input, formData }: { actor: Parameters<typeof answerVisit>[0]["actor"]; input: z.infer<typeof answerSchema>; formData: FormData }) =>
  answerVisit({ actor, input, files: await formFiles(formData, "documents") });
export const answerVisitAction = createAction({ schema: answerSchema, permission: "visit:answer", handler: answerHandler, successMessage: "visits.answerSaved" });
export const recordAnswerAction = createAction({ schema: answerSchema, permission: "visit:record", handler: answerHandler, successMessage: "visits.answerSaved" });

// The requesting side is a mandate holder (visit:request) or the secretariat (visit:record).
function requesterAct<S extends z.ZodType, R>(schema: S, handler: Parameters<typeof createAction<S, R>>[0]["handler"], successMessage: string) {
  return {
    holder: createAction({ schema, permission: "visit:request", handler, successMessage }),
    secretariat: createAction({ schema, permission: "visit:record", handler, successMessage }),
  };
}

const requester = requesterAct(requesterActionSchema, async ({ actor, input }) => {
  const result = await requesterAction({ actor, input });
  nudgeMailWorker();
  return result;
}, "visits.actionDone");
export const holderRequestAction = requester.holder;
export const secretariatRequestAction = requester.secretariat;

const schedule = requesterAct(scheduleSchema, ({ actor, input }) => scheduleAgreedVisit({ actor, input }), "visits.scheduled");
export const holderScheduleAction = schedule.holder;
export const secretariatScheduleAction = schedule.secretariat;

const statement = requesterAct(statementSchema, async ({ actor, input, formData }) =>
  saveStatement({ actor, input, files: await formFiles(formData, "documents") }), "visits.statementSaved");
export const holderStatementAction = statement.holder;
export const secretariatStatementAction = statement.secretariat;

const step = requesterAct(visitStepSchema, async ({ actor, input }) => {
  const result = await visitStep({ actor, input });
  nudgeMailWorker();
  return result;
}, "visits.actionDone");
export const holderStepAction = step.holder;
export const secretariatStepAction = step.secretariat;

const civil = requesterAct(civilSocietySchema, ({ actor, input }) => recordCivilSocietyDebriefing({ actor, input }), "visits.actionDone");
export const holderCivilSocietyAction = civil.holder;
export const secretariatCivilSocietyAction = civil.secretariat;

const report = requesterAct(reportSchema, ({ actor, input }) => saveVisitReport({ actor, input }), "visits.reportSaved");
export const holderReportAction = report.holder;
export const secretariatReportAction = report.secretariat;

const recommendation = requesterAct(recommendationSchema, ({ actor, input }) => addRecommendation({ actor, input }), "visits.recommendationSaved");
export const holderRecommendationAction = recommendation.holder;
export const secretariatRecommendationAction = recommendation.secretariat;

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
