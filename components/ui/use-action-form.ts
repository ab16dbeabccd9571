"use client";
import { startTransition, useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/server/action";
import { formValues, withoutSecrets } from "@/lib/core/form";
import { bodyTooLargeLimit, megabytes } from "@/lib/files/body-too-large";
import { correctedFields, withCorrections } from "./form-state";
import { announceStatus } from "./status-store";

const NOTHING_CORRECTED: ReadonlySet<string> = new Set();
/** A confirmation this recent whose form then left the page was for that page: it moves to the page's status region. */
const CONFIRMATION_CARRIES_MS = 5000;

/**
 * Runs a server action from a form without React's automatic form reset, so that on a validation
 * error every field — selects included — keeps what the user typed. On success the form is cleared
 * when `resetOnSuccess` is set. A form the server refuses unread because it is over its size limit
 * (lib/files/request-body-limit.ts) gets that said in the form, with what was typed kept.
 *
 * What happened is always said: the form shows its own result; when the success removed the form from
 * the page (Submit on a draft that is now submitted, a slot booked that moved to another list), its
 * confirmation goes to the page's status region (components/ui/status-region.tsx); an action that
 * created a record leads to the record's page, where its confirmation arrives as a flash
 * (lib/server/action.ts, `redirectTo`). The error of a field goes as soon as that field is changed.
 */
export function useActionForm<T>(
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  opts: {
    resetOnSuccess?: boolean;
    /** For a form that words its own confirmation (from what the action returned): that wording. */
    confirmation?: (result: ActionState<T>) => string | undefined;
  } = {},
) {
  const t = useTranslations("files");
  const confirmation = useRef<{ text: string; at: number } | null>(null);
  const wording = useRef(opts.confirmation);
  const guarded = useCallback(
    async (prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
      confirmation.current = null;
      let result: ActionState<T>;
      try {
        result = await action(prev, formData);
      } catch (err) {
        // A redirect (the record's page) is thrown too: it goes on to the router.
        const limit = bodyTooLargeLimit(err);
        if (limit === undefined) throw err;
        result = {
          ok: false,
          message: t("bodyTooLarge", { max: megabytes(limit) }),
          fieldErrors: {},
          values: withoutSecrets(formValues(formData)),
        };
      }
      const text = result.ok ? (wording.current ? wording.current(result) : result.message) : undefined;
      if (text) confirmation.current = { text, at: Date.now() };
      return result;
    },
    [action, t],
  );
  const [result, dispatch, pending] = useActionState<ActionState<T>, FormData>(guarded, { ok: false });
  const [corrected, setCorrected] = useState<{ of: ActionState<T>; names: ReadonlySet<string> }>({
    of: result,
    names: NOTHING_CORRECTED,
  });
  const state = useMemo(() => withCorrections(result, corrected.of === result ? corrected.names : NOTHING_CORRECTED), [result, corrected]);
  const formRef = useRef<HTMLFormElement>(null);
  const latest = useRef(result);
  useEffect(() => {
    wording.current = opts.confirmation;
  });
  useEffect(() => {
    latest.current = result;
    if (result.ok && opts.resetOnSuccess) formRef.current?.reset();
  }, [result, opts.resetOnSuccess]);
  // Changing a field takes its error away. Attached after every render: some forms show fields (or the
  // whole form) only after a choice.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const onInput = (e: Event) => {
      const last = latest.current;
      const names = correctedFields(e.target).filter((n) => (last.fieldErrors?.[n]?.length ?? 0) > 0);
      if (names.length === 0) return;
      setCorrected((c) => {
        const before = c.of === last ? c.names : NOTHING_CORRECTED;
        return names.every((n) => before.has(n)) ? c : { of: last, names: new Set([...before, ...names]) };
      });
    };
    form.addEventListener("input", onInput);
    form.addEventListener("change", onInput);
    return () => {
      form.removeEventListener("input", onInput);
      form.removeEventListener("change", onInput);
    };
  });
  // The success removed this form from the page before (or as) its message showed: the page says it.
  useEffect(
    () => () => {
      const last = confirmation.current;
      if (last && Date.now() - last.at < CONFIRMATION_CARRIES_MS) announceStatus(last.text);
    },
    [],
  );
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formData = new FormData(e.currentTarget);
    // A new action: what the page said about the previous one no longer applies.
    announceStatus(null);
    startTransition(() => dispatch(formData));
  }
  return { state, pending, formRef, onSubmit };
}
