import { getFormatter, getTranslations } from "next-intl/server";
import type { StateProfile } from "@/lib/statistics/state-profile";

/** Standing invitation (R10) and Council membership (R18). The focal point is private and never shown. */
export async function StateCommitments({ state, year }: { state: StateProfile; year: number }) {
  const [t, format] = await Promise.all([getTranslations("stateProfile"), getFormatter()]);
  // Calendar dates (no time of day): shown as stored, whatever the reader's time zone.
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="standing-h" className="space-y-2">
        <h2 id="standing-h">{t("standingInvitationHeading")}</h2>
        {state.standingInvitations.length === 0 ? (
          <p data-testid="standing-invitation">{t("standingInvitationNone")}</p>
        ) : (
          <ul className="space-y-1" data-testid="standing-invitation">
            {state.standingInvitations.map((s) => (
              <li key={s.extendedOn.toISOString()}>
                {s.withdrawnOn
                  ? t("standingInvitationWithdrawn", { extended: date(s.extendedOn), withdrawn: date(s.withdrawnOn) })
                  : t("standingInvitationInForce", { date: date(s.extendedOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="council-h" className="space-y-2">
        <h2 id="council-h">{t("councilHeading")}</h2>
        {state.councilTerms.length === 0 ? (
          <p data-testid="council-terms">{t("councilNone")}</p>
        ) : (
          <ul className="space-y-1" data-testid="council-terms">
            {state.councilTerms.map((c) => (
              <li key={c.fromYear}>
                {c.fromYear <= year && year <= c.toYear
                  ? t("councilCurrent", { from: c.fromYear, to: c.toYear })
                  : t("councilTerm", { from: c.fromYear, to: c.toYear })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
