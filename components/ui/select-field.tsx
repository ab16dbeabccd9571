import { useId } from "react";

type Props = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  error?: string | string[];
};

export function SelectField({ label, name, options, placeholder, error, required, ...select }: Props) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required && <span aria-hidden="true" className="text-red-700"> *</span>}
      </label>
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {message && <p id={`${id}-error`} className="text-sm text-red-700">{message}</p>}
    </div>
  );
}
