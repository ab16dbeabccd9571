import { getTranslations } from "next-intl/server";
import type { DueStatus } from "@/lib/reports/rules";

const TONE: Record<DueStatus, string> = {
  NO_DUE_DATE: "border-slate-300 text-slate-700",
  DUE: "border-slate-300 text-slate-800",
  DUE_SOON: "border-amber-600 text-amber-900",
  SUBMITTED_ON_TIME: "border-green-700 text-green-800",
  SUBMITTED_LATE: "border-red-700 text-red-800",
  OVERDUE: "border-red-700 text-red-800",
};

/** R19: where a report stands against its due date; the late ones read "Submitted late" or "Overdue". */
export async function DueStatusBadge({ status }: { status: DueStatus }) {
  const t = await getTranslations("reports");
  return (
    <span
      className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${TONE[status]}`}
      data-testid="due-status"
      data-status={status}
    >
      {t(`dueStatus.${status}`)}
    </span>
  );
}
