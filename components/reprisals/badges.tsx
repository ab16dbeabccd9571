import { getTranslations } from "next-intl/server";

const STATUS_TONE = {
  OPEN: "bg-amber-100 text-amber-900",
  FOLLOW_UP: "bg-blue-100 text-blue-900",
  CLOSED: "bg-slate-200 text-slate-800",
} as const;
const CONF_TONE = {
  STRICTLY_CONFIDENTIAL: "bg-red-100 text-red-900",
  CONFIDENTIAL: "bg-orange-100 text-orange-900",
  PUBLIC_SUMMARY_CLEARED: "bg-emerald-100 text-emerald-900",
} as const;

export async function ReprisalStatusBadge({ status }: { status: keyof typeof STATUS_TONE }) {
  const t = await getTranslations("reprisals.statuses");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_TONE[status]}`} data-testid="case-status">
      {t(status)}
    </span>
  );
}

export async function ConfidentialityBadge({ value }: { value: keyof typeof CONF_TONE }) {
  const t = await getTranslations("reprisals.confidentialities");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${CONF_TONE[value]}`} data-testid="confidentiality">
      {t(value)}
    </span>
  );
}
