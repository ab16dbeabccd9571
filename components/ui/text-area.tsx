import { useId } from "react";

type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string | string[]; help?: string };

export function TextArea({ label, name, error, help, required, rows = 6, ...area }: Props) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [help ? `${id}-help` : null, message ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      <textarea id={id} name={name} rows={rows} required={required} aria-invalid={message ? true : undefined} aria-describedby={describedBy}
        className="block w-full rounded border border-slate-400 px-3 py-2 font-sans aria-invalid:border-red-700" {...area} />
      {help && <p id={`${id}-help`} className="text-sm text-slate-600">{help}</p>}
      {message && <p id={`${id}-error`} className="text-sm text-red-700">{message}</p>}
    </div>
  );
}
