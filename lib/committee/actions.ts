"use server";
import { createAction } from "../server/action";
import { membershipIdSchema, membershipSchema, statementDraftSchema, statementIdSchema } from "./schemas";
import { recordCommitteeMembership } from "./record-membership";
import { removeCommitteeMembership } from "./remove-membership";
import { saveCommitteeStatement } from "./save-statement";
import { signCommitteeStatement } from "./sign-statement";
import { publishCommitteeStatement } from "./publish-statement";

export const recordMembershipAction = createAction({
  schema: membershipSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => recordCommitteeMembership({ actor, input }),
  successMessage: "committee.membershipSaved",
});

export const removeMembershipAction = createAction({
  schema: membershipIdSchema,
  permission: "committee:manage",
  handler: ({ actor, input }) => removeCommitteeMembership({ actor, input }),
  successMessage: "committee.membershipRemoved",
});

export const saveStatementAction = createAction({
  schema: statementDraftSchema,
  permission: ["committee:manage", "committee:contribute"],
  handler: ({ actor, input }) => saveCommitteeStatement({ actor, input }),
  successMessage: "committeeStatements.saved",
  redirectTo: ({ data, input }) => (input.statementId ? null : `/portal/committee/statements/${data.id}`),
});

export const signStatementAction = createAction({
  schema: statementIdSchema,
  permission: "committee:contribute",
  handler: ({ actor, input }) => signCommitteeStatement({ actor, input }),
  successMessage: "committeeStatements.signed",
});

export const publishStatementAction = createAction({
  schema: statementIdSchema,
  permission: ["committee:manage", "committee:contribute"],
  handler: ({ actor, input }) => publishCommitteeStatement({ actor, input }),
  successMessage: "committeeStatements.published",
});
