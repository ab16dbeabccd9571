import { FieldFrame, useFieldAria } from "./field-frame";

type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string | string[]; help?: string };

export function TextArea({ label, name, error, help, required, rows = 6, ...area }: Props) {
  const { id, message, control } = useFieldAria({ help, error });
  return (
    <FieldFrame id={id} label={label} required={required} help={help} message={message}>
      <textarea
        name={name}
        rows={rows}
        required={required}
        {...control}
        className="block w-full rounded border border-slate-400 px-3 py-2 font-sans aria-invalid:border-red-700"
        {...area}
      />
    </FieldFrame>
  );
}
