// A honeypot for forms without an account (issue 17: spam without a third-party CAPTCHA). The form has
// one more text field that people never see — hidden from sight, from screen readers and from the
// keyboard (components/ui/honeypot-field.tsx) — and that form-filling robots fill like any other. A
// form that arrives with it filled is answered exactly as a real one would be, so the robot learns
// nothing, and nothing is stored or sent.

/** The field's name: a plausible one, so that robots fill it. */
export const HONEYPOT_FIELD = "faxNumber";

/** True when the form's honeypot field was filled (by a robot: a person never sees it). */
export function caughtByHoneypot(values: Record<string, unknown>): boolean {
  const v = values[HONEYPOT_FIELD];
  return typeof v === "string" ? v.trim() !== "" : Array.isArray(v) ? v.some((x) => typeof x === "string" && x.trim() !== "") : false;
}
