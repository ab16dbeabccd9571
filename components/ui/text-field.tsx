import { FieldFrame, useFieldAria } from "./field-frame";

type Props = React.InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string | string[]; help?: string };

/** A labelled input with its help text and error announced to screen readers. */
export function TextField({ label, name, error, help, required, ...input }: Props) {
  const { id, message, control } = useFieldAria({ help, error });
  return (
    <FieldFrame id={id} label={label} required={required} help={help} message={message}>
      <input
        name={name}
        required={required}
        {...control}
        className="block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700"
        {...input}
      />
    </FieldFrame>
  );
}
