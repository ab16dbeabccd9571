"use client";
import { startTransition, useActionState, useCallback, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/core/action";
import { formValues, withoutSecrets } from "@/lib/core/form";
import { bodyTooLargeLimit, megabytes } from "@/lib/files/body-too-large";

/**
 * Runs a server action from a form without React's automatic form reset, so that on a validation
 * error every field — selects included — keeps what the user typed. On success the form is cleared
 * when `resetOnSuccess` is set. A form the server refuses unread because it is over its size limit
 * (lib/files/request-body-limit.ts) gets that said in the form, with what was typed kept.
 */
export function useActionForm<T>(
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  opts: { resetOnSuccess?: boolean } = {},
) {
  const t = useTranslations("files");
  const guarded = useCallback(
    async (prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
      try {
        return await action(prev, formData);
      } catch (err) {
        const limit = bodyTooLargeLimit(err);
        if (limit === undefined) throw err;
        return {
          ok: false,
          message: t("bodyTooLarge", { max: megabytes(limit) }),
          fieldErrors: {},
          values: withoutSecrets(formValues(formData)),
        };
      }
    },
    [action, t],
  );
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(guarded, { ok: false });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && opts.resetOnSuccess) formRef.current?.reset();
  }, [state, opts.resetOnSuccess]);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return { state, pending, formRef, onSubmit };
}
