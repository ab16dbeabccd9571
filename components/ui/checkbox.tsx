import { useId } from "react";

export function Checkbox({ label, name, defaultChecked, help }: { label: string; name: string; defaultChecked?: boolean; help?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={help ? `${id}-help` : undefined}
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
        {help && (
          <p id={`${id}-help`} className="text-sm text-slate-600">
            {help}
          </p>
        )}
      </div>
    </div>
  );
}
