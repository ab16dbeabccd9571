import { FieldFrame, useFieldAria } from "./field-frame";

type Props = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  error?: string | string[];
  help?: string;
};

/**
 * A labelled <select>. `required` becomes the HTML attribute only with a placeholder (an empty first
 * option): HTML requires a required select's first option to be such a placeholder, and without one
 * the select always has a value anyway. Without a placeholder it is announced with aria-required.
 */
export function SelectField({ label, name, options, placeholder, error, help, required, ...select }: Props) {
  const { id, message, control } = useFieldAria({ help, error });
  const requiredProps = !required ? {} : placeholder !== undefined ? { required: true } : { "aria-required": true as const };
  return (
    <FieldFrame id={id} label={label} required={required} help={help} message={message}>
      <select
        name={name}
        {...requiredProps}
        {...control}
        className="block w-full rounded border border-slate-400 bg-white px-3 py-2"
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
