import { getSpSide } from "@/lib/statistics/find-sp-side";
import { getStateConcern } from "@/lib/statistics/find-concern";
import { now } from "@/lib/core/clock";
import { SpSideSection } from "@/components/cooperation/sp-side-section";
import { ConcernSection } from "@/components/cooperation/concern-section";

/** Beside the State's own figures: the Special Procedures' side (R20) and concern across mandates (R21, public data). */
export async function BothSidesSection({ stateId }: { stateId: string }) {
  const at = now();
  const [spSide, concern] = await Promise.all([getSpSide({ stateId, now: at }), getStateConcern({ stateId, now: at, scope: "public" })]);
  return (
    <>
      <ConcernSection concern={concern} />
      <SpSideSection figures={spSide} context="state" />
    </>
  );
}
