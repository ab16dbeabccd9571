"use server";
import { createAction } from "../server/action";
import { formFiles } from "../core/form-files";
import { documentSchema, reportSchema, scheduleSchema, summarySchema } from "./schemas";
import { saveReport } from "./save-report";
import { scheduleReport } from "./schedule-report";
import { saveSummary } from "./save-summary";
import { addReportDocument } from "./add-document";

// R19: one door per step; the holder of the report's mandate or the secretariat (report:manage), the
// lib/ function applying the record-level rule. Scheduling is the secretariat's (report:schedule).
export const saveReportAction = createAction({
  schema: reportSchema,
  permission: "report:manage",
  handler: ({ actor, input }) => saveReport({ actor, input }),
  successMessage: "reports.saved",
  redirectTo: ({ data, input }) => (input.reportId ? null : `/portal/reports/${data.id}`),
});

export const scheduleReportAction = createAction({
  schema: scheduleSchema,
  permission: "report:schedule",
  handler: ({ actor, input }) => scheduleReport({ actor, input }),
  successMessage: "reports.scheduled",
});

export const saveSummaryAction = createAction({
  schema: summarySchema,
  permission: "report:manage",
  handler: ({ actor, input }) => saveSummary({ actor, input }),
  successMessage: ({ data }) => (data.public ? "reports.summaryPublished" : "reports.summarySaved"),
});

export const addReportDocumentAction = createAction({
  schema: documentSchema,
  permission: "report:manage",
  handler: async ({ actor, input, formData }) => addReportDocument({ actor, input, files: await formFiles(formData, "file") }),
  successMessage: "reports.documentSaved",
});
