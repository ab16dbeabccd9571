import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { findPublicSessions } from "@/lib/reports/get-public-report";
import { sessionPath } from "@/lib/reports/constants";
import { now } from "@/lib/core/clock";

export const dynamic = "force-dynamic";

/** R19: every session with reports of the Special Procedures on its programme, newest first. */
export default async function Sessions() {
  const [t, sessions] = await Promise.all([getTranslations("reports"), findPublicSessions({ now: now() })]);
  return (
    <div className="space-y-4">
      <h1>{t("public.sessionsHeading")}</h1>
      <p className="max-w-3xl text-slate-700">{t("public.sessionsIntro")}</p>
      {sessions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-6" data-testid="sessions">
          {sessions.map((s) => (
            <li key={`${s.body}-${s.number}`}>
              <Link href={sessionPath(s.body, s.number)} className="underline">
                {t("public.sessionHeading", { body: t(`bodies.${s.body}`), number: s.number })}
              </Link>{" "}
              <span className="text-sm text-slate-700">({t("public.sessionCount", { count: s.count })})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
