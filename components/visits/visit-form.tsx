"use client";
import type { ActionState } from "@/lib/server/action";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { TextArea } from "@/components/ui/text-area";
import { SelectField } from "@/components/ui/select-field";
import { FormMessage } from "@/components/ui/form-message";

export type FieldSpec =
  | { kind: "text" | "date" | "number"; name: string; label: string; required?: boolean; help?: string; defaultValue?: string }
  | { kind: "textarea"; name: string; label: string; required?: boolean; help?: string; rows?: number; defaultValue?: string }
  | {
      kind: "select";
      name: string;
      label: string;
      required?: boolean;
      help?: string;
      options: { value: string; label: string }[];
      placeholder?: string;
      defaultValue?: string;
      multiple?: boolean;
    }
  | { kind: "file"; name: string; label: string; help?: string; accept: string }
  | { kind: "checkbox"; name: string; label: string; value: string };

/**
 * One form of the visits workspace: labelled fields, errors next to them, and on an error every value
 * the user typed kept (the server returns them). Files are sent as multipart.
 */
export function VisitForm<T>({
  action,
  hidden,
  fields,
  submit,
  testId,
  resetOnSuccess = true,
}: {
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  hidden: Record<string, string>;
  fields: FieldSpec[];
  submit: string;
  testId?: string;
  resetOnSuccess?: boolean;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(action, { resetOnSuccess });
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback?: string) => {
    const value = state.ok ? undefined : state.values?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? fallback;
  };
  // A changed key remounts the fields, so values sent back after an error show up.
  const key = JSON.stringify(state.values ?? {});
  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-4" noValidate encType="multipart/form-data" data-testid={testId}>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      {Object.entries(hidden).map(([k, val]) => (
        <input key={k} type="hidden" name={k} value={val} />
      ))}
      <div key={key} className="space-y-4">
        {fields.map((f) => {
          switch (f.kind) {
            case "textarea":
              return (
                <TextArea
                  key={f.name}
                  label={f.label}
                  name={f.name}
                  rows={f.rows ?? 5}
                  required={f.required}
                  help={f.help}
                  error={e[f.name]}
                  defaultValue={v(f.name, f.defaultValue)}
                />
              );
            case "select":
              return f.multiple ? (
                <SelectField
                  key={f.name}
                  label={f.label}
                  name={f.name}
                  options={f.options}
                  multiple
                  size={8}
                  help={f.help}
                  error={e[f.name]}
                  defaultValue={(state.ok ? undefined : [state.values?.[f.name] ?? []].flat()) ?? []}
                />
              ) : (
                <SelectField
                  key={f.name}
                  label={f.label}
                  name={f.name}
                  options={f.options}
                  placeholder={f.placeholder}
                  required={f.required}
                  help={f.help}
                  error={e[f.name]}
                  defaultValue={v(f.name, f.defaultValue)}
                />
              );
            case "file":
              return (
                <div key={f.name} className="space-y-1">
                  <label htmlFor={`file-${f.name}`} className="block text-sm font-medium">
                    {f.label}
                  </label>
                  <input
                    id={`file-${f.name}`}
                    name={f.name}
                    type="file"
                    multiple
                    accept={f.accept}
                    aria-describedby={f.help ? `file-${f.name}-help` : undefined}
                    aria-invalid={e.file ? true : undefined}
                    className="block text-sm"
                  />
                  {f.help && (
                    <p id={`file-${f.name}-help`} className="text-sm text-slate-600">
                      {f.help}
                    </p>
                  )}
                  {e.file?.[0] && <p className="text-sm text-red-700">{e.file[0]}</p>}
                </div>
              );
            case "checkbox":
              return (
                <div key={f.name} className="flex items-start gap-2">
                  <input
                    id={`cb-${f.name}`}
                    type="checkbox"
                    name={f.name}
                    value={f.value}
                    defaultChecked={v(f.name) === f.value}
                    className="mt-1 size-4"
                  />
                  <label htmlFor={`cb-${f.name}`} className="text-sm">
                    {f.label}
                  </label>
                </div>
              );
            default:
              return (
                <TextField
                  key={f.name}
                  type={f.kind}
                  label={f.label}
                  name={f.name}
                  required={f.required}
                  help={f.help}
                  error={e[f.name]}
                  defaultValue={v(f.name, f.defaultValue)}
                />
              );
          }
        })}
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
