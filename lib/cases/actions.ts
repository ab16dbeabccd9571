"use server";
import { getLocale } from "next-intl/server";
import { createAction, createOpenAction, type ActionState } from "../server/action";
import { AppError } from "../core/errors";
import { now } from "../core/clock";
import { formFiles } from "../core/form-files";
import { nudgeMailWorker } from "../mail/worker";
import { maySubmitCase } from "../auth/cases-policy";
import { caughtByHoneypot } from "../core/honeypot";
import {
  askSourceSchema,
  assignCaseSchema,
  caseFormSchema,
  caseNoteSchema,
  caseUpdateSchema,
  closeCaseSchema,
  markActedUponSchema,
  mergeCaseSchema,
  openDraftSchema,
} from "./schemas";
import { powBitsFromEnv, proofOfWorkKey, verifyProof } from "./proof-of-work";
import { saveCase } from "./save-case";
import { addCaseUpdate } from "./add-case-update";
import { assignCase } from "./assign-case";
import { askSource } from "./ask-source";
import { mergeCase } from "./merge-case";
import { closeCase } from "./close-case";
import { markActedUpon } from "./mark-acted-upon";
import { openDraftFromCase } from "./open-draft-from-case";
import { addCaseNote } from "./add-case-note";

// Issue 17. The source's forms are open doors (a visitor without an account), counted per address and
// in total (createOpenAction); a new submission also needs an empty honeypot and a proof of work
// computed in the browser (proof-of-work.ts) — no third-party CAPTCHA. The token of the private link
// is the only key to a submission once it exists.
const save = createOpenAction({
  schema: () => caseFormSchema,
  allowed: maySubmitCase,
  handler: async ({ actor, input, formData }) => {
    // The shared honeypot (lib/core/honeypot.ts), which robots fill: refuse without saying which field.
    if (caughtByHoneypot(input)) throw new AppError("INVALID_INPUT", "cases.refused");
    let proofId: string | null = null;
    if (!input.token) {
      const verdict = verifyProof({
        key: proofOfWorkKey(),
        challenge: input.powChallenge ?? "",
        nonce: input.powNonce ?? "",
        now: now(),
        minBits: powBitsFromEnv(),
      });
      if (!verdict.ok) throw new AppError("INVALID_INPUT", "cases.proofFailed");
      proofId = verdict.id;
    }
    const result = await saveCase({ actor, input, files: await formFiles(formData, "documents"), proofId, language: await getLocale() });
    if (result.status !== "DRAFT") nudgeMailWorker(); // the receipt
    return { token: result.token, status: result.status as string, receiptNumber: result.receiptNumber };
  },
  successMessage: "cases.saved",
});
export async function saveCaseAction(
  prev: ActionState<{ token: string; status: string; receiptNumber: string | null }>,
  formData: FormData,
) {
  return save(prev, formData);
}

const update = createOpenAction({
  schema: () => caseUpdateSchema,
  allowed: () => true, // the private link's token is the proof; an unknown one finds nothing
  handler: async ({ input, formData }) => addCaseUpdate({ input, files: await formFiles(formData, "documents") }),
  successMessage: "cases.updateAdded",
});
export async function addCaseUpdateAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return update(prev, formData);
}

export const assignCaseAction = createAction({
  schema: assignCaseSchema,
  permission: "case:triage",
  handler: ({ actor, input }) => assignCase({ actor, input }),
  successMessage: "cases.assigned",
});

export const askSourceAction = createAction({
  schema: askSourceSchema,
  permission: "case:triage",
  handler: async ({ actor, input }) => {
    const result = await askSource({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "cases.asked",
});

export const mergeCaseAction = createAction({
  schema: mergeCaseSchema,
  permission: "case:triage",
  handler: ({ actor, input }) => mergeCase({ actor, input }),
  successMessage: "cases.mergedDone",
});

export const closeCaseAction = createAction({
  schema: closeCaseSchema,
  permission: "case:triage",
  handler: async ({ actor, input }) => {
    const result = await closeCase({ actor, input });
    nudgeMailWorker();
    return result;
  },
  successMessage: "cases.closedDone",
});

export const markActedUponAction = createAction({
  schema: markActedUponSchema,
  permission: "case:triage",
  handler: ({ actor, input }) => markActedUpon({ actor, input }),
  successMessage: "cases.markedActedUpon",
});

export const openDraftFromCaseAction = createAction({
  schema: openDraftSchema,
  permission: "case:triage",
  handler: ({ actor, input }) => openDraftFromCase({ actor, input }),
  successMessage: "cases.draftOpened",
  // To the draft, where the letter is written next (the confirmation goes with it).
  redirectTo: ({ data }) => `/portal/secretariat/communications/${data.communicationId}`,
});

export const addCaseNoteAction = createAction({
  schema: caseNoteSchema,
  permission: ["case:triage", "case:view-assigned"],
  handler: ({ actor, input }) => addCaseNote({ actor, input }),
  successMessage: "cases.noteAdded",
});
