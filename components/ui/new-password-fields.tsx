import { TextField } from "./text-field";

type FieldError = string | string[] | undefined;

/**
 * A new password typed twice (fields `newPassword` and `confirmPassword`), as every form that sets
 * one asks for it: the browser offers to generate and save it (`autocomplete="new-password"`).
 */
export function NewPasswordFields({
  labels,
  errors,
}: {
  labels: { password: string; help: string; confirm: string };
  errors: { password?: FieldError; confirm?: FieldError };
}) {
  return (
    <>
      <TextField
        label={labels.password}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        help={labels.help}
        error={errors.password}
        required
      />
      <TextField
        label={labels.confirm}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        error={errors.confirm}
        required
      />
    </>
  );
}
