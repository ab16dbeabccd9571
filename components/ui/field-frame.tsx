import { useId } from "react";

/** Ids and ARIA attributes shared by every labelled control: help and error are announced with it. */
export function useFieldAria({ help, error }: { help?: string; error?: string | string[] }) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [help ? `${id}-help` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, message, control: { id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy } };
}

/** Label above, help and error below: the one layout of a form field. */
export function FieldFrame({
  id,
  label,
  required,
  help,
  message,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  help?: string;
  message?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="text-sm text-slate-600">
          {help}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {message}
        </p>
      )}
    </div>
  );
}
