import type { ActionState } from "@/lib/server/action";

/**
 * What a form shows of its last result once the user has changed some fields: the errors of the
 * fields they corrected go (a stale "required" beside a field now filled in is wrong and confusing),
 * and when every field error has gone, so does the general "check the fields" message that came with
 * them. A message about the whole form (a conflict, a refusal) stays until the next submission.
 */
export function withCorrections<T>(state: ActionState<T>, corrected: ReadonlySet<string>): ActionState<T> {
  const errors = state.fieldErrors;
  if (!errors || corrected.size === 0) return state;
  const named = Object.keys(errors).filter((k) => (errors[k]?.length ?? 0) > 0);
  const remaining = named.filter((k) => !corrected.has(k));
  if (remaining.length === named.length) return state;
  const fieldErrors = Object.fromEntries(remaining.map((k) => [k, errors[k]!]));
  const { message, ...rest } = state;
  return remaining.length === 0 ? { ...rest, fieldErrors } : { ...rest, fieldErrors, ...(message === undefined ? {} : { message }) };
}

/**
 * The fields an input event corrects: the control's name, and for a file input also "file", the key
 * under which uploads are refused (lib/files/check-upload.ts) whatever the input is called.
 */
export function correctedFields(target: EventTarget | null): string[] {
  const control = target as { name?: unknown; type?: unknown } | null;
  if (!control || typeof control.name !== "string" || control.name === "") return [];
  return control.type === "file" ? [control.name, "file"] : [control.name];
}
