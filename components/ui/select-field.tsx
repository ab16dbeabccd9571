import { FieldFrame, useFieldAria } from "./field-frame";

type Props = React.SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  error?: string | string[];
  help?: string;
};

export function SelectField({ label, name, options, placeholder, error, help, required, ...select }: Props) {
  const { id, message, control } = useFieldAria({ help, error });
  return (
    <FieldFrame id={id} label={label} required={required} help={help} message={message}>
      <select name={name} required={required} {...control} className="block w-full rounded border border-slate-400 bg-white px-3 py-2" {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </FieldFrame>
  );
}
