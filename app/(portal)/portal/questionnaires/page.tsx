import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/core/clock";
import { pageSchema } from "@/lib/core/pagination";
import { findCallsToAnswer } from "@/lib/questionnaires/find-calls-to-answer";
import { GenevaTime } from "@/components/ui/geneva-time";
import { Pagination } from "@/components/ui/pagination";

const PATH = "/portal/questionnaires";

/** For States (on behalf of their State) and civil society: the calls they may answer, and their answers. */
export default async function CallsToAnswer({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePermission("questionnaire:answer", PATH);
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, list] = await Promise.all([
    getTranslations("questionnaires"),
    getFormatter(),
    findCallsToAnswer({ actor, page, now: now() }),
  ]);
  return (
    <div className="space-y-6">
      <h1>{t("answerNav")}</h1>
      <p>{t("openCount", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p>{t("noOpenCalls")}</p>
      ) : (
        <ul className="space-y-3">
          {list.rows.map((c) => (
            <li key={c.id} className="space-y-1 rounded border border-slate-200 p-4" data-testid="call-to-answer">
              <p className="font-medium">
                <Link href={`${PATH}/${c.id}`}>{c.title}</Link>
              </p>
              <p className="text-sm">
                {t("deadline")}: <GenevaTime at={c.deadline} />
              </p>
              <p className="text-sm">
                {c.addressedToMyState && <span className="me-2 rounded bg-un-sky px-2">{t("addressedToYou")}</span>}
                <span data-testid="my-status">
                  {c.myResponse?.submittedAt ? t("mySubmitted") : c.myResponse ? t("myDraft") : t("myNone")}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={list.pages} basePath={PATH} />
      <section aria-labelledby="submitted-h" className="space-y-2">
        <h2 id="submitted-h">{t("mySubmittedHeading")}</h2>
        {list.submitted.length === 0 ? (
          <p>{t("noneSubmitted")}</p>
        ) : (
          <ul className="list-disc ps-6">
            {list.submitted.map((r) => (
              <li key={r.id}>
                <Link href={`${PATH}/${r.questionnaire.id}`}>{r.questionnaire.title}</Link> ·{" "}
                {format.dateTime(r.submittedAt!, { dateStyle: "medium", timeStyle: "short" })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
