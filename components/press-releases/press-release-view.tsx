import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { PressReleaseDetail } from "@/lib/press-releases/get-press-release";
import { localized } from "@/lib/i18n/localized";
import { renderMarkdown } from "@/lib/core/markdown";
import { PressReleaseStatusBadge } from "./status-badge";
import { GenevaTime } from "@/components/ui/geneva-time";
import { LinkedVisit } from "./linked-visit";

/**
 * A press release as the workspaces show it, with the R3 facts: when the State got the text, from
 * when it may be issued, and the linked communication's reply deadline — or, for a press release on a
 * country visit, the visit and whether the debriefing with the State is recorded (R4).
 * `communicationBase` and `visitBase` are the workspace's communication and visit routes.
 */
export async function PressReleaseView({
  pr,
  communicationBase,
  visitBase,
}: {
  pr: PressReleaseDetail;
  communicationBase: string;
  visitBase: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("pressReleases"), getLocale()]);
  const c = pr.communication;
  const v = pr.visit;
  return (
    <article className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">
          <PressReleaseStatusBadge status={pr.status} />
        </p>
        <h1>{pr.title}</h1>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[16rem_1fr]">
          {pr.mandate && (
            <>
              <dt className="font-medium">{t("mandate")}</dt>
              <dd>{localized(pr.mandate, "title", locale)}</dd>
            </>
          )}
          {v ? (
            <>
              <dt className="font-medium">{t("visit")}</dt>
              <dd>
                <LinkedVisit
                  state={v.visitRequest.state}
                  dates={v}
                  href={`${visitBase}/${v.visitRequest.id}`}
                  publicHref={pr.visitPublic ? `/visits/${v.visitRequest.id}` : null}
                />
              </dd>
              <dt className="font-medium">{t("debriefing")}</dt>
              <dd data-testid="debriefing">
                {pr.debriefed && v.debriefingAt ? <GenevaTime dateStyle="long" at={v.debriefingAt} /> : t("debriefingPending")}
              </dd>
            </>
          ) : (
            <>
              <dt className="font-medium">{t("communication")}</dt>
              <dd>
                {c ? (
                  <>
                    <span className="font-mono" data-testid="communication-reference">
                      {c.reference}
                    </span>{" "}
                    — <Link href={`${communicationBase}/${c.id}`}>{c.subject}</Link>
                    {c.addresseeState && <> ({localized(c.addresseeState, "name", locale)})</>}
                  </>
                ) : (
                  t("notLinked")
                )}
              </dd>
            </>
          )}
          {pr.linked && (
            <>
              <dt className="font-medium">{t("sharedAt")}</dt>
              <dd>
                {pr.sharedWithStateAt ? <GenevaTime dateStyle="long" at={pr.sharedWithStateAt} testId="shared-at" /> : t("notSharedYet")}
              </dd>
              <dt className="font-medium">{t("possibleFrom")}</dt>
              <dd>
                {pr.possibleFrom ? <GenevaTime dateStyle="long" at={pr.possibleFrom} testId="possible-from" /> : "—"}
                <span className="block text-slate-600">{t("leadTime", { hours: pr.leadTimeHours })}</span>
              </dd>
            </>
          )}
          {pr.replyDueAt && (
            <>
              <dt className="font-medium">{t("replyDue")}</dt>
              <dd>
                <GenevaTime dateStyle="long" at={pr.replyDueAt} testId="reply-due" />
              </dd>
            </>
          )}
          {pr.publishedAt && (
            <>
              <dt className="font-medium">{t("publishedAt")}</dt>
              <dd>
                <GenevaTime dateStyle="long" at={pr.publishedAt} />
              </dd>
            </>
          )}
          {pr.earlyJustification && (
            <>
              <dt className="font-medium">{t("earlyJustification")}</dt>
              <dd className="whitespace-pre-wrap" data-testid="early-justification">
                {pr.earlyJustification}
              </dd>
            </>
          )}
        </dl>
      </header>
      <div className="space-y-3" data-testid="press-release-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(pr.body) }} />
    </article>
  );
}
