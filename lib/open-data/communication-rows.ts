import "server-only";
import { Prisma } from "../generated/prisma/client";
import { readRows } from "../db/client";

// The public shape of a communication in the open data (JSON, CSV, Atom), built from named columns
// only. R5: the confidential annex, the review comment, drafting users and workflow fields are never
// selected, so no later change to a mapper can leak them.

export type ApiReply = { receivedAt: Date; language: string; translationStatus: string };

export type ApiCommunication = {
  /** Internal id: used for links to the public page, not part of the JSON output. */
  id: string;
  reference: string;
  type: "AL" | "UA" | "OL";
  sentAt: Date;
  replyDueAt: Date | null;
  publishedAt: Date;
  addressee: { kind: "state" | "other-actor"; iso3?: string; name: string };
  mandates: { slug: string; title: string }[];
  subject: string;
  summary: string;
  themes: string[];
  replies: ApiReply[];
};

/**
 * The columns of the row query, over "Communication" c, "State" s and "OtherActor" a — with the
 * mandates that signed, the themes and the replies (metadata only) as JSON arrays built per row by
 * index lookups, so one statement gives whole rows.
 */
export const ROW_COLUMNS = Prisma.sql`c.id, c.reference, c.type::text AS type, c."sentAt", c."replyDueAt", c."publicFrom",
  c."addresseeKind"::text AS "addresseeKind", s.iso3, s."nameEn" AS "stateName", a.name AS "actorName", c.subject, c.summary,
  (SELECT coalesce(json_agg(json_build_object('slug', m.slug, 'title', m."titleEn") ORDER BY cm.status, m."titleEn"), '[]'::json)
     FROM "CommunicationMandate" cm JOIN "Mandate" m ON m.id = cm."mandateId"
     WHERE cm."communicationId" = c.id AND cm.status IN ('LEAD', 'SIGNED')) AS mandates,
  (SELECT coalesce(json_agg(t.slug ORDER BY t."sdgNumber" NULLS FIRST, t."nameEn"), '[]'::json)
     FROM "CommunicationTheme" ct JOIN "Theme" t ON t.id = ct."themeId" WHERE ct."communicationId" = c.id) AS themes,
  (SELECT coalesce(json_agg(json_build_object(
       'receivedAt', to_char(r."receivedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'language', r.language, 'translationStatus', r."translationStatus"
     ) ORDER BY r."receivedAt", r.id), '[]'::json)
     FROM "CommunicationReply" r WHERE r."communicationId" = c.id) AS replies`;

export const ROW_JOINS = Prisma.sql`LEFT JOIN "State" s ON s.id = c."addresseeStateId" LEFT JOIN "OtherActor" a ON a.id = c."addresseeOtherActorId"`;

type RawRow = {
  id: string;
  reference: string;
  type: ApiCommunication["type"];
  sentAt: Date;
  replyDueAt: Date | null;
  publicFrom: Date;
  addresseeKind: "STATE" | "OTHER_ACTOR";
  iso3: string | null;
  stateName: string | null;
  actorName: string | null;
  subject: string;
  summary: string;
  mandates: { slug: string; title: string }[];
  themes: string[];
  replies: { receivedAt: string; language: string; translationStatus: string }[];
};

/** Runs a query selecting ROW_COLUMNS (ROW_JOINS, already scoped by the caller to the public scope). */
export async function loadCommunicationRows({ sql }: { sql: Prisma.Sql }): Promise<ApiCommunication[]> {
  const raw = await readRows<RawRow>(sql);
  return raw.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type,
    sentAt: r.sentAt,
    replyDueAt: r.replyDueAt,
    publishedAt: r.publicFrom,
    addressee:
      r.addresseeKind === "STATE"
        ? { kind: "state", iso3: r.iso3 ?? undefined, name: r.stateName ?? "" }
        : { kind: "other-actor", name: r.actorName ?? "" },
    mandates: r.mandates.map((m) => ({ slug: m.slug, title: m.title })),
    subject: r.subject,
    summary: r.summary,
    themes: r.themes,
    replies: r.replies.map((x) => ({ receivedAt: new Date(x.receivedAt), language: x.language, translationStatus: x.translationStatus })),
  }));
}

/** The JSON form: everything but the internal id. */
export function toJson(c: ApiCommunication): Omit<ApiCommunication, "id"> {
  return {
    reference: c.reference,
    type: c.type,
    sentAt: c.sentAt,
    replyDueAt: c.replyDueAt,
    publishedAt: c.publishedAt,
    addressee: c.addressee,
    mandates: c.mandates,
    subject: c.subject,
    summary: c.summary,
    themes: c.themes,
    replies: c.replies,
  };
}
