import { useId } from "react";

export function Checkbox({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name={name} defaultChecked={defaultChecked} className="mt-1 size-4" />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}
