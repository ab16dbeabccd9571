"use server";
import { createAction } from "../server/action";
import { advisoryHandlingSchema, advisorySubmissionSchema } from "./schemas";
import { submitAdvisoryCase } from "./submit-case";
import { handleAdvisoryCase } from "./handle-case";

export const submitAdvisoryCaseAction = createAction({
  schema: advisorySubmissionSchema,
  permission: "advisory:submit",
  handler: ({ actor, input }) => submitAdvisoryCase({ actor, input }),
  successMessage: "advisory.submitted",
  redirectTo: ({ data }) => `/portal/advisory/${data.id}`,
});

// The Coordination Committee handles cases without advisory:handle (they are mandate holders with a
// flag); handleAdvisoryCase asks the record-level policy, this door only requires a party's permission.
export const handleAdvisoryCaseAction = createAction({
  schema: advisoryHandlingSchema,
  permission: "advisory:submit",
  handler: ({ actor, input }) => handleAdvisoryCase({ actor, input }),
  successMessage: "advisory.saved",
});
