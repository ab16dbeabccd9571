// How large a request body may be, decided from its headers before a byte of it is read. Next.js has
// one limit for every server action (next.config.js serverActions.bodySizeLimit: the largest form's,
// 105 MB); the production server (scripts/serve.ts) applies each action's own limit first: a form that
// carries files gets room for its files, every other action and every other non-GET request 2 MB.
// Server actions are recognised by their Next-Action header, named through the build's
// server-reference-manifest.json ("<file>#<export>"). Plain Node: no Next.js, no server-only imports.
import fs from "node:fs";
import path from "node:path";
import { maxUploadBytes } from "./allowed-types";
import { BODY_TOO_LARGE_PREFIX } from "./body-too-large";

const MiB = 1024 * 1024;
/** Any request body that is not a file-carrying form: text fields only (a letter is ≤ 100 000 characters). */
export const DEFAULT_BODY_BYTES = 2 * MiB;
/** Room for the text fields beside the files of a file-carrying form, and multipart framing. */
const TEXT_ROOM = 1 * MiB;

/**
 * The actions that carry files, with how many files each takes at most (checked against the domain
 * constants in request-body-limit.test.ts). Questionnaire answers may carry files for several
 * questions: they get the ceiling, which is the reply form's (next.config.js).
 */
export const FILE_ACTIONS: Readonly<Record<string, number>> = {
  "lib/communications/actions.ts#replyAction": 5, // MAX_ANNEXES
  "lib/communications/actions.ts#translationAction": 1, // one translation file per reply
  "lib/stories/actions.ts#submitStoryAction": 5, // MAX_EVIDENCE_FILES
  "lib/visits/actions.ts#requestVisitAction": 5, // MAX_DOCUMENTS
  "lib/visits/actions.ts#answerVisitAction": 5,
  "lib/visits/actions.ts#saveStatementAction": 5,
  "lib/questionnaires/actions.ts#saveResponseAction": 5,
  "lib/cases/actions.ts#saveCaseAction": 5, // MAX_CASE_FILES
  "lib/cases/actions.ts#addCaseUpdateAction": 5,
  "lib/reports/actions.ts#addReportDocumentAction": 1, // one document per language at a time (R19)
};

/** The body limit of a server action, named "<file>#<export>" (undefined: not an action of this build). */
export function actionBodyLimit(action: string | undefined, maxUpload = maxUploadBytes()): number {
  const files = action ? FILE_ACTIONS[action] : undefined;
  return files ? files * maxUpload + TEXT_ROOM : DEFAULT_BODY_BYTES;
}

/** Next-Action id → "<file>#<export>", from a production build's server-reference-manifest.json. */
export function readActionNames(distDir = path.join(process.cwd(), ".next")): Map<string, string> {
  const names = new Map<string, string>();
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, { filename?: string; exportedName?: string }>;
    };
    for (const [id, entry] of Object.entries(manifest.node ?? {})) {
      if (entry.filename && entry.exportedName) names.set(id, `${entry.filename}#${entry.exportedName}`);
    }
  } catch {
    // No manifest (not a production build): every action gets the default limit.
  }
  return names;
}

type RequestHead = { method?: string | undefined; headers: Record<string, string | string[] | undefined> };

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; limit: number; contentType: string; body: string };

/**
 * Whether a request's body may be read: GET and HEAD always (Node refuses a body on them anyway);
 * otherwise its Content-Length must be given and within the limit — of its server action, or the
 * default. A refusal's body is plain text starting with BODY_TOO_LARGE_PREFIX and the limit, which
 * the form turns into a message in the reader's language (components/ui/use-action-form.ts).
 */
export function checkRequestBody(req: RequestHead, actionNames: Map<string, string>, maxUpload = maxUploadBytes()): BodyVerdict {
  const method = (req.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return { ok: true };
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const actionId = header("next-action");
  const limit = actionId ? actionBodyLimit(actionNames.get(actionId), maxUpload) : DEFAULT_BODY_BYTES;
  const refuse = (status: 411 | 413): BodyVerdict => ({
    ok: false,
    status,
    limit,
    contentType: "text/plain",
    body: `${BODY_TOO_LARGE_PREFIX}${limit}`,
  });
  const length = header("content-length");
  if (length === undefined) {
    // Browsers always say how long a form is; a chunked body of unknown length would have to be read to be judged.
    const chunked = /chunked/i.test(header("transfer-encoding") ?? "");
    return chunked ? refuse(411) : { ok: true };
  }
  const bytes = Number(length);
  if (!Number.isSafeInteger(bytes) || bytes < 0) return refuse(413);
  return bytes > limit ? refuse(413) : { ok: true };
}
