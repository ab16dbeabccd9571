import "server-only";
import { Prisma } from "../generated/prisma/client";
import { genevaInstant } from "../core/geneva";
import type { SearchParams } from "./schemas";

// The WHERE clause of the public search, as parameterised SQL fragments over "Communication" c.
// Every value from the query string travels as a bind parameter; the SQL text is fixed.
// Filters are written on indexed columns of "Communication" or as `c.x IN (subquery)` so that
// PostgreSQL can start from an index rather than reading the whole communications table (checked by
// EXPLAIN in tests/integration/search.test.ts).

/** The full-text configuration of a text in `language` — the same CASE as the generated columns. */
export function configFor(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE ${column} WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END)`;
}

/**
 * The visitor's words in English, French and Spanish (stemmed) and as typed ('simple'), OR-ed: a
 * French query finds French letters whatever the interface language, and a name finds any letter.
 */
export function textQuery(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('french', ${q}) || websearch_to_tsquery('spanish', ${q}) || websearch_to_tsquery('simple', ${q}))`;
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
