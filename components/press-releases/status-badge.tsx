import { getTranslations } from "next-intl/server";
import type { PressReleaseStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<PressReleaseStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SHARED_WITH_STATE: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
  WITHDRAWN: "bg-slate-200 text-slate-800",
};

export async function PressReleaseStatusBadge({ status }: { status: PressReleaseStatus }) {
  const t = await getTranslations("pressReleases.statuses");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`} data-testid="status">
      {t(status)}
    </span>
  );
}
