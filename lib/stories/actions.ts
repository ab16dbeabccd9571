"use server";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { createAction, type ActionState } from "../core/action";
import { AppError, isAppError } from "../core/errors";
import { formValues, withoutSecrets, zodLocaleError } from "../core/form";
import { formFiles } from "../core/form-files";
import { getActor } from "../auth/session";
import { nudgeMailWorker } from "../mail/worker";
import { maySubmitStory } from "../auth/stories-policy";
import { amendStorySchema, anonymousStorySubmissionSchema, moderationSchema, statusTokenSchema, storyEditSchema, storySubmissionSchema } from "./schemas";
import { getStoryStatusByToken } from "./get-story-status";
import { submitStory } from "./submit-story";
import { editStory, moderateStory } from "./moderate-story";
import { amendStory } from "./amend-story";

/**
 * The doors of good stories that anonymous visitors may also use (R13). createAction requires a
 * permission, which an anonymous visitor has none of, so these do the same steps by hand: resolve
 * the actor (or none), check the policy, parse with zod, call lib/, map errors, keep what was typed.
 */
function openAction<S extends z.ZodType, R>(opts: {
  schema: (signedIn: boolean) => S;
  allowed: (actor: Awaited<ReturnType<typeof getActor>>) => boolean;
  handler: (args: { actor: Awaited<ReturnType<typeof getActor>>; input: z.infer<S>; formData: FormData }) => Promise<R>;
  successMessage: string;
}) {
  return async (_prev: ActionState<R>, formData: FormData): Promise<ActionState<R>> => {
    const raw = formValues(formData);
    const values = withoutSecrets(raw);
    const t = await getTranslations();
    const tr = (msg: string) => (t.has(msg as never) ? t(msg as never) : msg);
    const translateAll = (errors?: Record<string, string[] | undefined>) =>
      errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, (v ?? []).map(tr)]));
    try {
      const actor = await getActor();
      if (!opts.allowed(actor)) throw new AppError("FORBIDDEN", "Not allowed");
      const parsed = opts.schema(actor !== null).safeParse(raw, { error: zodLocaleError(await getLocale()) });
      if (!parsed.success) {
        return { ok: false, message: tr("errors.invalidInput"), fieldErrors: translateAll(z.flattenError(parsed.error).fieldErrors), values };
      }
      const data = await opts.handler({ actor, input: parsed.data, formData });
      revalidatePath("/", "layout");
      return { ok: true, message: tr(opts.successMessage), data };
    } catch (err) {
      if (isAppError(err)) {
        const general = err.fieldErrors ? "errors.invalidInput" : err.code === "CONFLICT" || err.code === "INVALID_INPUT" ? err.message : `errors.${err.code}`;
        return { ok: false, message: tr(general), fieldErrors: translateAll(err.fieldErrors), values };
      }
      console.error("Server action failed", err);
      return { ok: false, message: tr("errors.unexpected"), values };
    }
  };
}

const submit = openAction({
  schema: (signedIn) => (signedIn ? storySubmissionSchema : anonymousStorySubmissionSchema),
  allowed: maySubmitStory,
  handler: async ({ actor, input, formData }) => submitStory({ actor, input, files: await formFiles(formData, "evidenceFiles") }),
  successMessage: "stories.submitted",
});
export async function submitStoryAction(prev: ActionState<{ id: string; token: string | null }>, formData: FormData) {
  return submit(prev, formData);
}

const amend = openAction({
  schema: () => amendStorySchema,
  allowed: () => true, // the story itself decides: its signed-in submitter, or the holder of its token
  handler: ({ actor, input }) => amendStory({ actor, input }),
  successMessage: "stories.amended",
});
export async function amendStoryAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return amend(prev, formData);
}

export const editStoryAction = createAction({
  schema: storyEditSchema,
  permission: "story:moderate",
  handler: ({ actor, input }) => editStory({ actor, input }),
  successMessage: "stories.edited",
});

export const moderateStoryAction = createAction({
  schema: moderationSchema,
  permission: "story:moderate",
  handler: async ({ actor, input }) => {
    const result = await moderateStory({ actor, input });
    nudgeMailWorker(); // the submitter's mail is due now when the office is open (R1)
    return result;
  },
  successMessage: "stories.moderated",
});

const check = openAction({
  schema: () => statusTokenSchema,
  allowed: () => true, // the token is the proof; an unknown token learns nothing
  handler: async ({ input }) => {
    const s = await getStoryStatusByToken({ token: input.token });
    if (!s) throw new AppError("INVALID_INPUT", "Unknown token", { token: ["stories.tokenUnknown"] });
    return s;
  },
  successMessage: "stories.statusFound",
});
export async function checkStoryStatusAction(prev: ActionState<NonNullable<Awaited<ReturnType<typeof getStoryStatusByToken>>>>, formData: FormData) {
  return check(prev, formData);
}
