import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ComparisonBars } from "./comparison-bars";
import { localized } from "@/lib/i18n/localized";
import type { FactsAndFigures } from "@/lib/statistics/get-facts-and-figures";
import { factRows, type FactRow, type FactSection } from "@/lib/statistics/facts-rows";
import { change, EFFECTIVE_WINDOW_YEARS, factsLinks } from "@/lib/statistics/facts-rules";
import { factLabel, factValue } from "./fact-text";

/** "Facts and figures" of a year: per section, a note on what is counted, bars, and the tables behind them. */
export async function FactsAndFiguresView({ facts }: { facts: FactsAndFigures }) {
  const [t, types, groups, format, locale] = await Promise.all([
    getTranslations("factsFigures"),
    getTranslations("stateProfile.types"),
    getTranslations("states.groups"),
    getFormatter(),
    getLocale(),
  ]);
  const { year } = facts;
  const previousYear = year - 1;
  const rows = factRows(facts);
  const label = (r: FactRow) => factLabel(r, { t, types, groups, locale });
  const value = (r: FactRow, which: "current" | "previous") =>
    r.base ? (
      <>
        {factValue(r[which], r.unit, { t, format })}
        {/* What the rate is over (R18): the letters whose reply period has ended. */}
        <span className="block text-xs font-normal whitespace-normal text-slate-600">{t("periodEndedBase", { count: r.base[which] })}</span>
      </>
    ) : (
      factValue(r[which], r.unit, { t, format })
    );
  const of = (section: FactSection, ...figures: string[]) => rows.filter((r) => r.section === section && figures.includes(r.figure));
  const count = (n: number) => format.number(n);

  const columns: Column<FactRow>[] = [
    {
      key: "figure",
      header: t("figure"),
      rowHeader: true,
      cell: (r) => (r.href ? <Link href={r.href}>{label(r)}</Link> : label(r)),
    },
    { key: "current", header: format.number(year, { useGrouping: false }), align: "end", nowrap: true, cell: (r) => value(r, "current") },
    {
      key: "previous",
      header: format.number(previousYear, { useGrouping: false }),
      align: "end",
      nowrap: true,
      cell: (r) => value(r, "previous"),
    },
    {
      key: "change",
      header: t("change"),
      align: "end",
      nowrap: true,
      cell: (r) => {
        const d = change(r.current, r.previous);
        if (d === null) return t("notApplicable");
        if (r.unit === "share") return t("points", { value: format.number(Math.round(d * 100), { signDisplay: "exceptZero" }) });
        return format.number(Math.round(d * 10) / 10, { signDisplay: "exceptZero" });
      },
    },
  ];

  const table = (caption: string, list: FactRow[], testId: string) => (
    <DataTable
      caption={caption}
      columns={columns}
      rows={list}
      rowKey={(r) => `${r.figure}-${r.subject?.code ?? ""}`}
      testId={testId}
      compact
      emptyRow={t("none")}
    />
  );
  const bars = (list: FactRow[]) => (
    <ComparisonBars
      rows={list.map((r) => ({
        key: `${r.figure}-${r.subject?.code ?? ""}`,
        label: label(r),
        current: r.current ?? 0,
        previous: r.previous,
      }))}
      year={year}
      previousYear={previousYear}
      format={count}
    />
  );
  const figure = (caption: string, list: FactRow[], testId: string, chart = true) => (
    <figure className="space-y-3">
      {chart && bars(list)}
      {table(caption, list, testId)}
    </figure>
  );
  const section = (id: FactSection, note: string, children: ReactNode) => (
    <section aria-labelledby={`${id}-h`} className="space-y-4" data-testid={`facts-${id}`}>
      <h2 id={`${id}-h`}>{t(`sections.${id}`)}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{note}</p>
      {children}
    </section>
  );

  const { current } = facts;
  const stateRows = of("communications", "sentToState").filter((r) => (r.current ?? 0) > 0 || (r.previous ?? 0) > 0);
  const topStates = stateRows.slice(0, 10);
  return (
    <div className="space-y-10">
      {section(
        "communications",
        t("notes.communications"),
        <>
          <div className="grid gap-8 lg:grid-cols-2">
            {figure(t("tables.byType"), of("communications", "sent", "sentByType", "sentToOtherActors"), "facts-communications-by-type")}
            {figure(
              t("tables.replies"),
              of(
                "communications",
                "replied",
                "replyPeriodEnded",
                "replyRate",
                "replyRateByType",
                "repliedInTime",
                "inTimeRate",
                "medianDaysToReply",
              ),
              "facts-communications-replies",
              false,
            )}
          </div>
          <div className="grid gap-8 lg:grid-cols-2">
            <figure className="space-y-3">
              {bars(topStates)}
              {table(t("tables.byState"), stateRows, "facts-communications-by-state")}
            </figure>
            {figure(t("tables.byMandate"), of("communications", "sentByMandate"), "facts-communications-by-mandate", false)}
          </div>
        </>,
      )}
      {section(
        "visits",
        t("notes.visits"),
        figure(
          t("tables.visits"),
          of(
            "visits",
            "requested",
            "statesAsked",
            "accepted",
            "postponed",
            "declined",
            "statesNotAnswering",
            "carriedOut",
            "statesVisited",
          ),
          "facts-visits",
        ),
      )}
      {section(
        "standingInvitations",
        t("notes.standingInvitations", { years: EFFECTIVE_WINDOW_YEARS }),
        figure(
          t("tables.standingInvitations"),
          of("standingInvitations", "extended", "withdrawn", "inForce", "effective"),
          "facts-standing-invitations",
        ),
      )}
      {section(
        "neverVisited",
        t("notes.neverVisited"),
        <>
          {figure(t("tables.neverVisited"), of("neverVisited", "neverVisited", "firstVisited"), "facts-never-visited", false)}
          <StateList
            summary={t("lists.firstVisited", { count: facts.firstVisited.length, year: String(year) })}
            states={facts.firstVisited}
            locale={locale}
            testId="facts-first-visited"
          />
          {current.neverVisited.length > 0 && (
            <details className="rounded border border-slate-200 p-3" data-testid="facts-never-visited-list">
              <summary className="cursor-pointer font-medium">
                {t("lists.neverVisited", { count: current.neverVisited.length, year: String(year) })}
              </summary>
              {/* One sentence rather than a link per State: the list can hold most of the world. */}
              <p className="mt-2">
                {format.list(
                  current.neverVisited.map((s) => localized(s, "name", locale)),
                  { type: "conjunction" },
                )}
              </p>
            </details>
          )}
        </>,
      )}
      {section(
        "reprisals",
        t("notes.reprisals"),
        <div className="grid gap-8 lg:grid-cols-2">
          {figure(t("tables.reprisalsByRegion"), of("reprisals", "publicEntries", "publicEntriesByRegion"), "facts-reprisals-by-region")}
          {figure(t("tables.reprisalsByState"), of("reprisals", "publicEntriesByState"), "facts-reprisals-by-state", false)}
        </div>,
      )}
      {section(
        "calls",
        t("notes.calls"),
        <div className="grid gap-8 lg:grid-cols-2">
          {figure(t("tables.calls"), of("calls", "issued", "answers", "answersFromStates", "answersFromOthers"), "facts-calls")}
          <DataTable
            caption={t("tables.callList", { year: String(year) })}
            columns={[
              { key: "title", header: t("call"), rowHeader: true, cell: (c) => <Link href={factsLinks.call(c.id)}>{c.title}</Link> },
              { key: "deadline", header: t("deadline"), nowrap: true, cell: (c) => format.dateTime(c.deadline, { dateStyle: "medium" }) },
              { key: "answers", header: t("answers"), align: "end", cell: (c) => count(c.answers) },
            ]}
            rows={current.calls.calls}
            rowKey={(c) => c.id}
            compact
            emptyRow={t("none")}
            testId="facts-call-list"
          />
        </div>,
      )}
      {section(
        "caseSubmissions",
        t("notes.caseSubmissions"),
        figure(t("tables.caseSubmissions"), of("caseSubmissions", "received", "urgent"), "facts-case-submissions"),
      )}
    </div>
  );
}

function StateList({
  summary,
  states,
  locale,
  testId,
}: {
  summary: string;
  states: { iso3: string; nameEn: string; nameFr: string; nameEs: string; nameAr: string; nameZh: string; nameRu: string }[];
  locale: string;
  testId: string;
}) {
  if (states.length === 0) return null;
  return (
    <details className="rounded border border-slate-200 p-3" data-testid={testId}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <ul className="mt-2 columns-1 gap-6 sm:columns-2 lg:columns-3">
        {states.map((s) => (
          <li key={s.iso3}>
            <Link href={factsLinks.state(s.iso3)}>{localized(s, "name", locale)}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
