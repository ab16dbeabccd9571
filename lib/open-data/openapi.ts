import { ACTOR_NAME_MAX, COMMUNICATION_TYPES, JOINT_FILTERS, Q_MAX, REPLY_FILTERS, SORTS, YEAR_MAX, YEAR_MIN } from "../search/schemas";
import { PAGE_MAX } from "../core/pagination";
import { QuestionnaireAudience } from "../generated/prisma/enums";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./schemas";
import { CSV_COLUMN_MEANINGS } from "./csv";
import { REPRISAL_CSV_COLUMN_MEANINGS } from "../reprisals/public-rows";
import { FACTS_CSV_COLUMN_MEANINGS } from "../statistics/facts-csv";
import { REPORT_BODIES, REPORT_KINDS, REPORT_LANGUAGES } from "../reports/constants";
import { SESSION_MAX } from "./report-params";

/** The columns of a CSV export as a sentence of the description: the same names in every interface language. */
function csvColumns(meanings: Record<string, string>): string {
  const list = Object.entries(meanings)
    .map(([column, meaning]) => `${column} (${meaning})`)
    .join("; ");
  return `A header line of stable machine names, the same whatever the interface language (Accept-Language or the switcher changes nothing here), then one line per row. Columns: ${list}.`;
}

// The open-data API (R5, R6, R18) in OpenAPI 3.1. Kept next to the code it describes; the filter
// values come from lib/search/schemas.ts so the document cannot drift from what the API accepts.

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: readonly string[];
  const?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  description?: string;
  default?: number;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  pattern?: string;
};
type Parameter = { name: string; in: "query" | "path"; required?: boolean; description?: string; schema: Schema; explode?: boolean };
type Operation = {
  summary: string;
  operationId: string;
  description?: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
};

const str: Schema = { type: "string" };
const dateTime: Schema = { type: "string", format: "date-time" };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: "object", properties, required });
const json = (schema: Schema, description = "OK") => ({ description, content: { "application/json": { schema } } });
// Errors are RFC 9457 problem documents (lib/core/problem.ts).
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const notFound = problem("Not published, or no such record");
const badRequest = problem("A query parameter is malformed: invalidParams names each one, and nothing is searched");
const q = (name: string, schema: Schema, description: string): Parameter => ({ name, in: "query", schema, description });

const filters: Parameter[] = [
  q("q", { type: "string", maxLength: Q_MAX }, "Full-text search (English, French, Spanish) in subject, summary, letter and replies"),
  q("addressee", { type: "string", pattern: "^(state:[A-Za-z]{3}|actor:[0-9a-fA-F-]{36})$" }, "state:ISO3 or actor:<uuid>"),
  q("actorName", { type: "string", maxLength: ACTOR_NAME_MAX }, "Name (or part) of an other actor, e.g. a company (R6)"),
  q("mandate", str, "Mandate slug (signing mandates)"),
  { ...q("type", { type: "array", items: { type: "string", enum: COMMUNICATION_TYPES } }, "Repeated or comma-separated"), explode: true },
  q("year", { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX }, "Year sent"),
  q("from", { type: "string", format: "date" }, "Sent on or after (UTC day)"),
  q("to", { type: "string", format: "date" }, "Sent on or before (UTC day)"),
  q("reply", { type: "string", enum: REPLY_FILTERS }, "Reply status"),
  q("theme", str, "Theme slug; `reprisals` also takes letters flagged as concerning reprisals (R8)"),
  q("joint", { type: "string", enum: JOINT_FILTERS }, "Joint (several mandates) or single"),
  q("sort", { type: "string", enum: SORTS }, "date: newest published first. relevance: needs q. Default: see the response's sort"),
];
const paging: Parameter[] = [
  q("page", { type: "integer", minimum: 1, maximum: PAGE_MAX, default: 1 }, "Page number"),
  q("pageSize", { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }, "Results per page"),
];
const names = obj({ ar: str, zh: str, en: str, fr: str, ru: str, es: str });
const iso3: Schema = { type: "string", pattern: "^[A-Za-z]{3}$" };
const slug: Schema = { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,99}$" };

const date: Schema = { type: "string", format: "date" };
const nullable = (schema: Schema, description?: string): Schema => ({
  ...schema,
  type: [String(schema.type), "null"],
  ...(description ? { description } : {}),
});
const reportFilters: Parameter[] = [
  q("mandate", slug, "Mandate slug"),
  q("body", { type: "string", enum: REPORT_BODIES }, "HRC (Human Rights Council) or GA (General Assembly); any case"),
  q("session", { type: "integer", minimum: 1, maximum: SESSION_MAX }, "Session of the body the report is presented at (HRC 61, GA 81)"),
  q(
    "year",
    { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX },
    "Due that Geneva calendar year; without a due date, published in it",
  ),
  q("kind", { type: "string", enum: REPORT_KINDS }, "Kind of report; any case"),
  q("state", iso3, "ISO3 of a State: reports on the mandates' visits to it"),
];

const communication = {
  reference: { ...str, description: "e.g. AL USA 12/2026" },
  type: { type: "string", enum: COMMUNICATION_TYPES },
  sentAt: dateTime,
  replyDueAt: { ...dateTime, type: ["string", "null"] },
  publishedAt: dateTime,
  addressee: obj({ kind: { type: "string", enum: ["state", "other-actor"] }, iso3: str, name: str }, ["kind", "name"]),
  mandates: { type: "array", items: obj({ slug: str, title: str }) },
  subject: str,
  summary: str,
  themes: { type: "array", items: str },
} satisfies Record<string, Schema>;
const reply = {
  receivedAt: dateTime,
  language: { type: "string", description: "ISO 639-1 code, or ISO 639-3 for a language without one" },
  translationStatus: {
    type: "string",
    enum: ["NOT_NEEDED", "PENDING", "AVAILABLE"],
    description: "PENDING: published in its original language, translation pending (R5)",
  },
} satisfies Record<string, Schema>;

export const openApiDocument: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "SP Portal open data",
    version: "1.0.0",
    description:
      "Published communications of the Special Procedures (after their reply period, or on receipt of a reply when the letter says so, R5), their public reports (R19), States and mandates. Read-only, no login. Errors are RFC 9457 problem documents (application/problem+json).",
    license: { name: "MIT", identifier: "MIT" },
  },
  servers: [{ url: "/", description: "This portal" }],
  // Open data: no operation needs credentials.
  security: [],
  paths: {
    "/api/v1/communications": {
      get: {
        summary: "Search published communications",
        operationId: "listCommunications",
        parameters: [...filters, ...paging],
        responses: {
          200: json(
            obj({
              data: { type: "array", items: ref("Communication") },
              page: { type: "integer" },
              pageSize: { type: "integer" },
              pages: {
                type: "integer",
                description:
                  "Pages that may be browsed (at most 10,000 rows, 1,000 when ranking a large result by relevance); the CSV export has every row",
              },
              total: {
                type: "integer",
                description: "Matching communications: exact up to 5,000, else the database's estimate (totalIsEstimate)",
              },
              totalIsEstimate: { type: "boolean" },
              sort: {
                type: "string",
                enum: ["date", "relevance"],
                description:
                  "The order used. Default: relevance for a text query with at most 1,000 matches, else newest published first; sort=relevance on a larger result ranks its 1,000 most recently published matches",
              },
              links: obj({ self: str, next: { type: ["string", "null"] }, prev: { type: ["string", "null"] } }),
            }),
          ),
          400: badRequest,
        },
      },
    },
    "/api/v1/communications/{reference}": {
      get: {
        summary: "One published communication with its letter and replies",
        operationId: "getCommunication",
        parameters: [
          { name: "reference", in: "path", required: true, schema: str, description: "AL-USA-12-2026, or the reference URL-encoded" },
        ],
        responses: { 200: json(obj({ data: ref("CommunicationDetail") })), 404: notFound },
      },
    },
    "/api/v1/communications.csv": {
      get: {
        summary: "Every matching communication as CSV (UTF-8 with BOM)",
        operationId: "exportCommunications",
        parameters: filters,
        description: csvColumns(CSV_COLUMN_MEANINGS),
        responses: { 200: { description: "CSV, one line per communication", content: { "text/csv": { schema: str } } }, 400: badRequest },
      },
    },
    "/api/v1/communications.atom": {
      get: {
        summary: "Atom feed of the 50 most recently published communications",
        operationId: "feedCommunications",
        parameters: [q("state", iso3, "ISO3 of the addressee State"), q("mandate", slug, "Mandate slug")],
        responses: { 200: { description: "Atom 1.0", content: { "application/atom+xml": { schema: str } } }, 400: badRequest },
      },
    },
    "/api/v1/states": {
      get: {
        summary: "States",
        operationId: "listStates",
        responses: { 200: json(obj({ data: { type: "array", items: ref("State") } })) },
      },
    },
    "/api/v1/states/{iso3}": {
      get: {
        summary: "One State with its cooperation figures (R18)",
        operationId: "getState",
        parameters: [{ name: "iso3", in: "path", required: true, schema: str, description: "ISO 3166 alpha-3 code, any case" }],
        responses: { 200: json(obj({ data: ref("StateProfile") })), 404: notFound },
      },
    },
    "/api/v1/mandates": {
      get: {
        summary: "Mandates",
        operationId: "listMandates",
        responses: { 200: json(obj({ data: { type: "array", items: ref("Mandate") } })) },
      },
    },
    "/api/v1/reports": {
      get: {
        summary: "Public reports of the mandates (R19): scheduled for a session or published",
        operationId: "listReports",
        description:
          "A report is public once the secretariat has scheduled it for a session with a due date (the programme of work is public) or once it is published. Its documents are listed only once it is published; its one-page summary only once that summary is made public. Those due last come first.",
        parameters: [...reportFilters, ...paging],
        responses: {
          200: json(
            obj({
              data: { type: "array", items: ref("Report") },
              page: { type: "integer" },
              pageSize: { type: "integer" },
              pages: { type: "integer" },
              total: { type: "integer" },
              links: obj({ self: str, next: { type: ["string", "null"] }, prev: { type: ["string", "null"] } }),
            }),
          ),
          400: badRequest,
        },
      },
    },
    "/api/v1/reports/{id}": {
      get: {
        summary: "One public report (R19)",
        operationId: "getReport",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" }, description: "The report's id" },
        ],
        responses: { 200: json(obj({ data: ref("Report") })), 404: notFound },
      },
    },
    "/api/reprisals/cases": {
      get: {
        summary: "The public reprisals register (R8): cleared public summaries only, 50 a page",
        operationId: "listReprisalCases",
        parameters: [
          q("state", iso3, "ISO3 of the State"),
          q("year", { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX }, "Year"),
          q("page", { type: "integer", minimum: 1, maximum: PAGE_MAX }, "Page"),
        ],
        responses: {
          200: json(
            obj({
              total: { type: "integer" },
              page: { type: "integer" },
              data: { type: "array", items: { type: "object" } },
              links: obj({ self: str, next: { type: ["string", "null"] }, prev: { type: ["string", "null"] } }),
            }),
          ),
          400: badRequest,
        },
      },
    },
    "/api/reprisals/cases.csv": {
      get: {
        summary: "The public reprisals register as CSV (UTF-8 with BOM)",
        operationId: "exportReprisalCases",
        description: csvColumns(REPRISAL_CSV_COLUMN_MEANINGS),
        parameters: [q("state", iso3, "ISO3 of the State"), q("year", { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX }, "Year")],
        responses: { 200: { description: "CSV", content: { "text/csv": { schema: str } } }, 400: badRequest },
      },
    },
    "/facts-and-figures/{year}.csv": {
      get: {
        summary: "Facts and figures of a year as CSV (UTF-8 with BOM): every figure beside the year before, public data only",
        operationId: "exportFactsAndFigures",
        description: csvColumns(FACTS_CSV_COLUMN_MEANINGS),
        parameters: [
          {
            name: "year",
            in: "path",
            required: true,
            schema: { type: "integer", minimum: YEAR_MIN },
            description: "A Geneva calendar year that has ended",
          },
        ],
        responses: { 200: { description: "CSV", content: { "text/csv": { schema: str } } }, 404: notFound },
      },
    },
    "/api/stories/feed.atom": {
      get: {
        summary: "Atom feed of published good stories (R13)",
        operationId: "feedGoodStories",
        parameters: [q("state", iso3, "ISO3 of the State"), q("mandate", slug, "Mandate slug"), q("theme", slug, "Theme slug")],
        responses: { 200: { description: "Atom 1.0", content: { "application/atom+xml": { schema: str } } }, 400: badRequest },
      },
    },
    "/api/visits/feed.atom": {
      get: {
        summary: "Atom feed of announced country visits (R9)",
        operationId: "feedVisits",
        responses: { 200: { description: "Atom 1.0", content: { "application/atom+xml": { schema: str } } } },
      },
    },
    "/api/calls-for-input/feed.atom": {
      get: {
        summary: "Atom feed of calls for input (R12)",
        operationId: "feedCallsForInput",
        parameters: [
          q("mandate", slug, "Mandate slug"),
          q("theme", slug, "Theme slug"),
          q("audience", { type: "string", enum: Object.values(QuestionnaireAudience) }, "Who is asked"),
          q("status", { type: "string", enum: ["open", "past"] }, "open: deadline not passed; past: deadline passed"),
          q("deadlineBefore", { type: "string", format: "date" }, "Deadline on or before this Geneva date"),
          q("deadlineAfter", { type: "string", format: "date" }, "Deadline on or after this Geneva date"),
        ],
        responses: { 200: { description: "Atom 1.0", content: { "application/atom+xml": { schema: str } } }, 400: badRequest },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: "object",
        description: "RFC 9457 problem details",
        required: ["type", "title", "status"],
        properties: {
          type: { type: "string", description: "about:blank: the status says what happened" },
          title: str,
          status: { type: "integer" },
          detail: str,
          error: { type: "string", enum: ["INVALID_INPUT", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "CONFLICT", "INTERNAL"] },
          invalidParams: { type: "array", description: "One entry per refused parameter", items: obj({ name: str, reason: str }) },
        },
      },
      Communication: obj({ ...communication, replies: { type: "array", items: obj(reply) } }),
      CommunicationDetail: obj({
        ...communication,
        body: str,
        replies: {
          type: "array",
          items: obj({
            ...reply,
            body: str,
            translation: { type: ["string", "null"], description: "The secretariat's translation, once attached (R5)" },
            translationLanguage: { type: ["string", "null"], description: "en, fr or es; null until a translation is attached" },
          }),
        },
      }),
      State: obj({
        iso3: str,
        names,
        regionalGroup: str,
        status: { type: "string", enum: ["MEMBER", "OBSERVER"] },
        councilMember: { type: "boolean" },
      }),
      StateProfile: {
        type: "object",
        description: "State plus councilTerms, standingInvitations and cooperation (years, totals, medianDaysToReply, visits)",
      },
      Report: obj({
        id: { type: "string", format: "uuid" },
        symbol: { ...str, description: "e.g. A/HRC/61/45 or A/81/123" },
        title: str,
        kind: { type: "string", enum: REPORT_KINDS },
        body: { type: "string", enum: REPORT_BODIES },
        session: nullable({ type: "integer" }, "Session it is presented at"),
        dueAt: nullable(date, "Last Geneva day for submitting it"),
        submittedAt: nullable(date),
        publishedAt: nullable(dateTime),
        presentedAt: nullable(date),
        dueStatus: {
          type: "string",
          enum: ["NO_DUE_DATE", "SUBMITTED_ON_TIME", "SUBMITTED_LATE", "DUE", "DUE_SOON", "OVERDUE"],
          description: "Where it stands against its due date (Geneva days); DUE_SOON within 14 days",
        },
        late: { type: "boolean", description: "Submitted after its due day, or not submitted and the due day over (R19)" },
        mandate: obj({ slug: str, titles: names }),
        state: {
          type: ["object", "null"],
          description: "The State visited, for a report on a country visit",
          properties: { iso3: str, names },
        },
        themes: { type: "array", items: str },
        summary: nullable(str, "The one-page summary: main issues, views welcome; null until made public"),
        summaryPublishedAt: nullable(dateTime),
        documents: {
          type: "array",
          description: "One per official language, once the report is published (empty before)",
          items: obj({ language: { type: "string", enum: REPORT_LANGUAGES }, size: { type: "integer" }, url: str }),
        },
        pageUrl: { ...str, description: "The report's public page" },
      }),
      Mandate: obj({
        slug: str,
        titles: names,
        kind: { type: "string", enum: ["THEMATIC", "COUNTRY"] },
        body: str,
        established: { type: "integer" },
        active: { type: "boolean" },
      }),
    },
  },
};
