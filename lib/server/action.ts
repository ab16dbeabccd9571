import "server-only";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { markPublicDataChanged } from "../platform/public-data-generation";
import { getActor, getSessionActor } from "../auth/session";
import { assertCanAny } from "../auth/policy";
import { anonymousThrottle } from "../auth/anonymous-throttle";
import type { Actor } from "../auth/actor";
import type { Permission } from "../auth/permissions";
import { AppError, isAppError } from "../core/errors";
import { formValues, withoutSecrets, zodLocaleError } from "../core/form";
import { clientAddressOf } from "../core/client-address";
import { runWithRequestContext } from "../core/request-context";
import { FLASH_COOKIE, FLASH_COOKIE_OPTIONS, FLASH_MAX_LENGTH } from "../core/flash-cookie";

/** What every form action returns: field errors and the user's input, so nothing typed is lost. */
export type ActionState<T = unknown> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
  data?: T;
};

/**
 * Where to send the browser once the action succeeded, or nothing to stay on the page: a form that
 * creates a record leads to the record's page (its confirmation follows in the flash cookie,
 * lib/core/flash-cookie.ts). Called with what the handler returned and the parsed input, so a form
 * that both creates and edits redirects only when it created.
 */
export type RedirectTo<R, I> = (args: { data: R; input: I }) => string | null | undefined;

/**
 * What the confirmation says: a catalog key, or one chosen from what was done (approved or returned,
 * signed or declined), so that every action says what happened rather than "Done".
 */
export type SuccessMessage<R, I> = string | ((args: { data: R; input: I }) => string);

/** The steps every action takes; createAction and createOpenAction differ only in the door. */
function buildAction<A, S extends z.ZodType, R>(opts: {
  authorize: (actor: Actor | null) => A;
  schema: (actor: A) => S;
  handler: (args: { actor: A; input: z.infer<S>; formData: FormData }) => Promise<R>;
  successMessage?: SuccessMessage<R, z.infer<S>>;
  redirectTo?: RedirectTo<R, z.infer<S>>;
  /** Count forms from visitors without an account (lib/auth/anonymous-throttle.ts). */
  throttleAnonymous?: boolean;
  /** Also open to a session that still has to set up its second factor (the enrolment page's forms). */
  allowSecondFactorPending?: boolean;
}) {
  return async function action(prev: ActionState<R>, formData: FormData): Promise<ActionState<R>> {
    const outcome = await run(prev, formData);
    if (!("redirect" in outcome)) return outcome;
    // Outside run's try: redirect() throws, and that throw is how Next.js carries it to the browser.
    if (outcome.message) (await cookies()).set(FLASH_COOKIE, outcome.message.slice(0, FLASH_MAX_LENGTH), FLASH_COOKIE_OPTIONS);
    redirect(outcome.redirect);
  };

  async function run(_prev: ActionState<R>, formData: FormData): Promise<ActionState<R> | { redirect: string; message?: string }> {
    const raw = formValues(formData);
    const values = withoutSecrets(raw);
    const t = await getTranslations();
    const tr = (msg: string) => (t.has(msg as never) ? t(msg as never) : msg);
    const translateAll = (errors?: Record<string, string[] | undefined>) =>
      errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, (v ?? []).map(tr)]));
    try {
      const actor = opts.authorize(await (opts.allowSecondFactorPending ? getSessionActor() : getActor()));
      const parsed = opts.schema(actor).safeParse(raw, { error: zodLocaleError(await getLocale()) });
      if (!parsed.success) {
        return {
          ok: false,
          message: tr("errors.invalidInput"),
          fieldErrors: translateAll(z.flattenError(parsed.error).fieldErrors),
          values,
        };
      }
      const address = clientAddressOf(await headers());
      // Counted once the form is complete, so that correcting a field costs a visitor nothing.
      if (opts.throttleAnonymous && actor === null) {
        const verdict = await anonymousThrottle().consume(address);
        if (!verdict.allowed) {
          const minutes = Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60));
          return {
            ok: false,
            message: t(verdict.reason === "address" ? "errors.throttledAddress" : "errors.throttledTotal", { minutes }),
            values,
          };
        }
      }
      // The audit entries the handler writes carry the client's address (lib/core/request-context.ts).
      const data = await runWithRequestContext({ address }, () => opts.handler({ actor, input: parsed.data, formData }));
      // Every page here is rendered on request; refresh the whole router so the page the user is on
      // (list or detail) shows the change.
      revalidatePath("/", "layout");
      // The change is committed: the public response cache must not serve what was rendered before.
      markPublicDataChanged();
      const key = typeof opts.successMessage === "function" ? opts.successMessage({ data, input: parsed.data }) : opts.successMessage;
      const message = key ? tr(key) : undefined;
      const target = opts.redirectTo?.({ data, input: parsed.data });
      if (target) return { redirect: target, ...(message ? { message } : {}) };
      return { ok: true, message, data };
    } catch (err) {
      if (isAppError(err)) {
        const general = err.fieldErrors
          ? "errors.invalidInput"
          : err.code === "CONFLICT" || err.code === "INVALID_INPUT"
            ? err.message
            : `errors.${err.code}`;
        return { ok: false, message: tr(general), fieldErrors: translateAll(err.fieldErrors), values };
      }
      console.error("Server action failed", err);
      return { ok: false, message: tr("errors.unexpected"), values };
    }
  }
}

/**
 * The one way to build a server action: resolve the actor, check the permission, parse the form with
 * zod, call one lib/ function, map errors. Every server action is a public endpoint: this is its door.
 * Messages that are catalog keys (e.g. "users.emailTaken") are translated here.
 */
export function createAction<S extends z.ZodType, R>(opts: {
  schema: S;
  /** The permission the door asks for; with several, any one of them opens it (the lib/ function
   *  then applies the record-level rule for whichever the actor holds). */
  permission: Permission | readonly [Permission, ...Permission[]];
  handler: (args: { actor: Actor; input: z.infer<S>; formData: FormData }) => Promise<R>;
  successMessage?: SuccessMessage<R, z.infer<S>>;
  /** A form that creates a record: the record's page, where the confirmation is shown. */
  redirectTo?: RedirectTo<R, z.infer<S>>;
  /** For the second-factor enrolment forms only (lib/auth/session.ts, getSessionActor). */
  allowSecondFactorPending?: boolean;
}) {
  const anyOf: readonly [Permission, ...Permission[]] = typeof opts.permission === "string" ? [opts.permission] : opts.permission;
  return buildAction({
    authorize: (actor) => {
      assertCanAny(actor, anyOf);
      return actor;
    },
    schema: () => opts.schema,
    handler: opts.handler,
    ...(opts.successMessage ? { successMessage: opts.successMessage } : {}),
    ...(opts.redirectTo ? { redirectTo: opts.redirectTo } : {}),
    ...(opts.allowSecondFactorPending ? { allowSecondFactorPending: true } : {}),
  });
}

/**
 * A door that visitors without an account may also use (e.g. submitting a good story, R13): the
 * policy function decides for a signed-in actor or for nobody, and the schema may differ for them.
 * Forms sent without an account are throttled per address and in total (lib/auth/anonymous-throttle.ts).
 */
export function createOpenAction<S extends z.ZodType, R>(opts: {
  allowed: (actor: Actor | null) => boolean;
  schema: (signedIn: boolean) => S;
  handler: (args: { actor: Actor | null; input: z.infer<S>; formData: FormData }) => Promise<R>;
  successMessage?: SuccessMessage<R, z.infer<S>>;
}) {
  return buildAction({
    authorize: (actor) => {
      if (!opts.allowed(actor)) throw new AppError("FORBIDDEN", "Not allowed");
      return actor;
    },
    schema: (actor) => opts.schema(actor !== null),
    handler: opts.handler,
    throttleAnonymous: true,
    ...(opts.successMessage ? { successMessage: opts.successMessage } : {}),
  });
}
