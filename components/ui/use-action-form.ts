"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/core/action";

/**
 * Runs a server action from a form without React's automatic form reset, so that on a validation
 * error every field — selects included — keeps what the user typed. On success the form is cleared
 * when `resetOnSuccess` is set.
 */
export function useActionForm<T>(
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  opts: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, { ok: false });
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
