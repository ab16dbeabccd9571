import { getStateCooperation } from "@/lib/statistics/state-profile";
import { now } from "@/lib/core/clock";
import { CooperationFigures } from "@/components/statistics/cooperation-figures";

/** The aggregate queries, streamed after the page header (the page wraps this in Suspense). */
export async function CooperationSection({ stateId }: { stateId: string }) {
  const figures = await getStateCooperation({ stateId, now: now() });
  return <CooperationFigures figures={figures} />;
}
