import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { StatList } from "@/components/ui/stat-list";

/** R12 fatigue on the State's own workspace: what it faces now and what it received this year. */
export async function StateFatigue({ fatigue }: { fatigue: { open: number; received: number } }) {
  const t = await getTranslations("questionnaires");
  return (
    <section aria-labelledby="state-fatigue-h" className="space-y-2">
      <h2 id="state-fatigue-h">{t("stateFatigueHeading")}</h2>
      <StatList
        items={[
          { label: t("openForYou"), value: fatigue.open, testId: "fatigue-open" },
          { label: t("receivedLast12Months"), value: fatigue.received, testId: "fatigue-received" },
        ]}
      />
      <p>
        <Link href="/portal/questionnaires">{t("answerNav")}</Link> · <Link href="/portal/state/office-hours">{t("officeHoursLink")}</Link>
      </p>
    </section>
  );
}
