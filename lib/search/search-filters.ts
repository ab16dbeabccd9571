import "server-only";
import { Prisma } from "../generated/prisma/client";
import { genevaInstant } from "../core/geneva";
import { spaceWords } from "../core/word-breaks";
import type { SearchParams } from "./schemas";

// The WHERE clause of the public search, as parameterised SQL fragments over "Communication" c.
// Every value from the query string travels as a bind parameter; the SQL text is fixed.
// Filters are written on indexed columns of "Communication" or as `c.x IN (subquery)` so that
// PostgreSQL can start from an index rather than reading the whole communications table (checked by
// EXPLAIN in tests/integration/search.test.ts).

/**
 * The languages stemmed in their own text-search configuration (migration search_six_languages: a
 * copy of PostgreSQL's, words through unaccent first). Any other language: 'sp_simple', word by word,
 * accents folded too. Chinese and the other languages written without spaces are 'sp_simple' over the
 * words lib/core/word-breaks.ts found.
 */
export const STEMMED_CONFIGS = {
  en: "sp_english",
  fr: "sp_french",
  es: "sp_spanish",
  ru: "sp_russian",
  ar: "sp_arabic",
} as const;
export const SIMPLE_CONFIG = "sp_simple";
type Config = (typeof STEMMED_CONFIGS)[keyof typeof STEMMED_CONFIGS] | typeof SIMPLE_CONFIG;

/** The full-text configuration of a text in `language` — the same CASE as the generated columns. */
export function configFor(column: Prisma.Sql): Prisma.Sql {
  const whens = Object.entries(STEMMED_CONFIGS).map(([code, config]) => `WHEN '${code}' THEN '${config}'::regconfig`);
  return Prisma.sql`(CASE ${column} ${Prisma.raw(whens.join(" "))} ELSE '${Prisma.raw(SIMPLE_CONFIG)}'::regconfig END)`;
}

/**
 * The configurations a query is read in, from the scripts it is written in: Latin letters may be
 * English, French or Spanish (or a word quoted in a Russian or Arabic text, which those configurations
 * read as English or leave whole), Cyrillic Russian, Arabic script Arabic; every query is also read as
 * typed ('sp_simple': names, other languages, Chinese words). A French query finds French letters
 * whatever the interface language. Fewer configurations, fewer GIN entries to read: a Russian query
 * does not look for its words stemmed as French.
 */
export function queryConfigs(q: string): Config[] {
  const configs: Config[] = [];
  if (/\p{Script=Latin}/u.test(q)) configs.push(STEMMED_CONFIGS.en, STEMMED_CONFIGS.fr, STEMMED_CONFIGS.es);
  if (/\p{Script=Cyrillic}/u.test(q)) configs.push(STEMMED_CONFIGS.ru);
  if (/\p{Script=Arabic}/u.test(q)) configs.push(STEMMED_CONFIGS.ar);
  configs.push(SIMPLE_CONFIG);
  return configs;
}

/**
 * The visitor's words as one tsquery: read in each configuration of queryConfigs and OR-ed, so one
 * `vector @@ query` still runs on the GIN indexes whatever the letter's language. Words in scripts
 * written without spaces are split first, as the indexed text was (lib/core/word-breaks.ts).
 */
export function textQuery(q: string): Prisma.Sql {
  const words = spaceWords(q);
  const parts = queryConfigs(words).map((config) => Prisma.sql`websearch_to_tsquery('${Prisma.raw(config)}', ${words})`);
  return Prisma.sql`(${Prisma.join(parts, " || ")})`;
}

/** R5: sent, and past the reply period — as lib/communications/scope.ts, in SQL. */
export function publicScopeSql(now: Date): Prisma.Sql {
  return Prisma.sql`c."status" = 'SENT' AND c."sentAt" <= ${now} AND c."publicFrom" <= ${now}`;
}

const SIGNED = Prisma.sql`('LEAD', 'SIGNED')`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Midnight in Geneva of a calendar day: years and date ranges are cut in Geneva time, as the statistics are. */
export function genevaMidnight(year: number, monthIndex: number, day: number): Date {
  return genevaInstant(year, monthIndex, day);
}

function genevaDay(isoDate: string, addDays = 0): Date {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return genevaMidnight(y, m - 1, d + addDays);
}

export function searchWhere(params: SearchParams, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [publicScopeSql(now)];
  if (params.q) {
    const tsq = textQuery(params.q);
    // Subject, summary and letter text, or the text of a reply (replies are public with their letter,
    // R5; "repliesVector" is kept by a trigger): one bitmap over two GIN indexes of the table.
    and.push(Prisma.sql`(c."searchVector" @@ ${tsq} OR c."repliesVector" @@ ${tsq})`);
  }
  if (params.addressee?.startsWith("state:")) {
    if (params.resolvedStateId !== undefined) {
      // Looked up beforehand: an unknown State matches nothing.
      and.push(params.resolvedStateId ? Prisma.sql`c."addresseeStateId" = ${params.resolvedStateId}::uuid` : Prisma.sql`FALSE`);
    } else {
      and.push(Prisma.sql`c."addresseeStateId" = (SELECT s.id FROM "State" s WHERE s.iso3 = ${params.addressee.slice(6)})`);
    }
  } else if (params.addressee?.startsWith("actor:")) {
    and.push(Prisma.sql`c."addresseeOtherActorId" = ${params.addressee.slice(6)}::uuid`);
  }
  if (params.actorName) {
    // R6: every communication sent to an other actor whose name contains the words.
    and.push(
      Prisma.sql`c."addresseeOtherActorId" IN (SELECT a.id FROM "OtherActor" a WHERE a.name ILIKE ${likePattern(params.actorName)})`,
    );
  }
  if (params.mandate) {
    if (params.resolvedMandateId !== undefined) {
      and.push(
        params.resolvedMandateId
          ? Prisma.sql`c.id IN (SELECT cm."communicationId" FROM "CommunicationMandate" cm WHERE cm."mandateId" = ${params.resolvedMandateId}::uuid AND cm.status IN ${SIGNED})`
          : Prisma.sql`FALSE`,
      );
    } else {
      and.push(Prisma.sql`c.id IN (SELECT cm."communicationId" FROM "CommunicationMandate" cm JOIN "Mandate" m ON m.id = cm."mandateId"
        WHERE m.slug = ${params.mandate} AND cm.status IN ${SIGNED})`);
    }
  }
  if (params.type.length > 0) {
    and.push(Prisma.sql`c."type" IN (${Prisma.join(params.type.map((t) => Prisma.sql`CAST(${t} AS "CommunicationType")`))})`);
  }
  if (params.year !== undefined) {
    and.push(Prisma.sql`c."sentAt" >= ${genevaMidnight(params.year, 0, 1)} AND c."sentAt" < ${genevaMidnight(params.year + 1, 0, 1)}`);
  }
  if (params.from) and.push(Prisma.sql`c."sentAt" >= ${genevaDay(params.from)}`);
  if (params.to) and.push(Prisma.sql`c."sentAt" < ${genevaDay(params.to, 1)}`);
  const hasReply = Prisma.sql`EXISTS (SELECT 1 FROM "CommunicationReply" r WHERE r."communicationId" = c.id)`;
  if (params.reply === "replied") and.push(hasReply);
  if (params.reply === "none") and.push(Prisma.sql`NOT ${hasReply}`);
  if (params.reply === "overdue") and.push(Prisma.sql`NOT ${hasReply} AND c."replyDueAt" < ${now}`);
  if (params.theme) {
    const withTheme =
      params.resolvedThemeId !== undefined
        ? params.resolvedThemeId
          ? Prisma.sql`c.id IN (SELECT ct."communicationId" FROM "CommunicationTheme" ct WHERE ct."themeId" = ${params.resolvedThemeId}::uuid)`
          : Prisma.sql`FALSE`
        : Prisma.sql`c.id IN (SELECT ct."communicationId" FROM "CommunicationTheme" ct JOIN "Theme" t ON t.id = ct."themeId" WHERE t.slug = ${params.theme})`;
    // R8: the reprisals view also takes the letters flagged as concerning reprisals.
    and.push(params.theme === "reprisals" ? Prisma.sql`(c."concernsReprisals" OR ${withTheme})` : withTheme);
  }
  if (params.joint) {
    const signers = Prisma.sql`(SELECT count(*) FROM "CommunicationMandate" cm WHERE cm."communicationId" = c.id AND cm.status IN ${SIGNED})`;
    and.push(params.joint === "joint" ? Prisma.sql`${signers} > 1` : Prisma.sql`${signers} <= 1`);
  }
  return Prisma.join(and, " AND ");
}
