import { HONEYPOT_FIELD } from "@/lib/core/honeypot";

/**
 * The honeypot of a form without an account (lib/core/honeypot.ts): out of sight, out of the keyboard
 * order and hidden from screen readers, so only robots fill it. It is moved off the start side: in
 * right to left that is the right, where a page never scrolls (far to the left of a right-to-left
 * page, it would widen the page's scrolling area).
 */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
      <label>
        {label}
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
