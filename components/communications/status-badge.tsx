import { getTranslations } from "next-intl/server";
import type { DisplayStatus } from "@/lib/communications/rules";

const TONE: Record<DisplayStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  in_review: "bg-amber-100 text-amber-900",
  returned: "bg-orange-100 text-orange-900",
  approved: "bg-blue-100 text-blue-900",
  scheduled: "bg-blue-100 text-blue-900",
  sent: "bg-sky-100 text-sky-900",
  replied: "bg-green-100 text-green-900",
  reply_overdue: "bg-red-100 text-red-900",
  published: "bg-emerald-100 text-emerald-900",
  withdrawn: "bg-slate-200 text-slate-800",
};

export async function StatusBadge({ status }: { status: DisplayStatus }) {
  const t = await getTranslations("communications.statuses");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-testid="status">
      {t(status)}
    </span>
  );
}
