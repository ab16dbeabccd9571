import { describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { actionBodyLimit, checkRequestBody, DEFAULT_BODY_BYTES, FILE_ACTIONS, readActionNames } from "./request-body-limit";
import { bodyTooLargeLimit, megabytes } from "./body-too-large";
import { MAX_ANNEXES } from "../communications/submit-reply";
import { MAX_EVIDENCE_FILES } from "../stories/schemas";
import { MAX_DOCUMENTS } from "../visits/request-record";
import { MAX_FILES_PER_QUESTION } from "../questionnaires/save-response";
import { MAX_CASE_FILES } from "../cases/schemas";

const MiB = 1024 * 1024;
const UPLOAD = 20 * MiB;
const REPLY = "lib/communications/actions.ts#replyAction";
const names = new Map([
  ["40aa", REPLY],
  ["40bb", "lib/stories/actions.ts#checkStoryStatusAction"],
  ["40cc", "lib/stories/actions.ts#submitStoryAction"],
]);
const post = (headers: Record<string, string>) => ({ method: "POST", headers });

describe("request body limits", () => {
  it("gives the reply form room for its five annexes, and a text-only form 2 MB", () => {
    expect(actionBodyLimit(REPLY, UPLOAD)).toBe(5 * UPLOAD + MiB);
    expect(actionBodyLimit("lib/stories/actions.ts#checkStoryStatusAction", UPLOAD)).toBe(DEFAULT_BODY_BYTES);
    expect(actionBodyLimit(undefined, UPLOAD)).toBe(DEFAULT_BODY_BYTES);
    // The reply form's limit is the ceiling configured in next.config.js (105 MB).
    expect(actionBodyLimit(REPLY, UPLOAD)).toBeLessThanOrEqual(105 * 1000 * 1000 + 5 * MiB);
  });

  it("counts the files each form really takes", () => {
    expect(FILE_ACTIONS).toMatchObject({
      [REPLY]: MAX_ANNEXES,
      "lib/stories/actions.ts#submitStoryAction": MAX_EVIDENCE_FILES,
      "lib/visits/actions.ts#requestVisitAction": MAX_DOCUMENTS,
      "lib/visits/actions.ts#saveStatementAction": MAX_DOCUMENTS,
      "lib/cases/actions.ts#saveCaseAction": MAX_CASE_FILES,
      "lib/cases/actions.ts#addCaseUpdateAction": MAX_CASE_FILES,
    });
    expect(MAX_FILES_PER_QUESTION).toBeLessThanOrEqual(FILE_ACTIONS["lib/questionnaires/actions.ts#saveResponseAction"]!);
  });

  it("refuses from the headers alone a body over its action's limit, naming the limit", () => {
    const big = String(3 * MiB);
    const refused = checkRequestBody(post({ "next-action": "40bb", "content-length": big }), names, UPLOAD);
    expect(refused).toMatchObject({ ok: false, status: 413, contentType: "text/plain" });
    expect(refused.ok ? undefined : bodyTooLargeLimit(new Error(refused.body))).toBe(DEFAULT_BODY_BYTES);
    // The same body is fine for a form that carries files.
    expect(checkRequestBody(post({ "next-action": "40aa", "content-length": big }), names, UPLOAD)).toEqual({ ok: true });
    expect(checkRequestBody(post({ "next-action": "40aa", "content-length": String(5 * UPLOAD + 2 * MiB) }), names, UPLOAD)).toMatchObject({
      ok: false,
      status: 413,
    });
    // An action this build does not know, and any other request with a body, get the default.
    expect(checkRequestBody(post({ "next-action": "ffff", "content-length": big }), names, UPLOAD)).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(checkRequestBody(post({ "content-length": big }), names, UPLOAD)).toMatchObject({ ok: false, status: 413 });
    expect(checkRequestBody(post({ "content-length": "1000" }), names, UPLOAD)).toEqual({ ok: true });
  });

  it("refuses a chunked body of unknown length and a nonsense length; lets GET through", () => {
    expect(checkRequestBody(post({ "next-action": "40aa", "transfer-encoding": "chunked" }), names, UPLOAD)).toMatchObject({
      ok: false,
      status: 411,
    });
    for (const length of ["-1", "abc", "1e400", "9007199254740993"]) {
      expect(checkRequestBody(post({ "content-length": length }), names, UPLOAD)).toMatchObject({ ok: false, status: 413 });
    }
    expect(checkRequestBody({ method: "GET", headers: { "content-length": String(500 * MiB) } }, names, UPLOAD)).toEqual({ ok: true });
    expect(checkRequestBody(post({}), names, UPLOAD)).toEqual({ ok: true }); // no body at all
  });

  it("reads action names from a build's server-reference-manifest, and none without a build", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sp-manifest-"));
    fs.mkdirSync(path.join(dir, "server"));
    fs.writeFileSync(
      path.join(dir, "server", "server-reference-manifest.json"),
      JSON.stringify({
        node: { "7f01": { workers: {}, filename: "lib/communications/actions.ts", exportedName: "replyAction" } },
        edge: {},
      }),
    );
    expect(readActionNames(dir)).toEqual(new Map([["7f01", REPLY]]));
    expect(readActionNames(path.join(dir, "missing")).size).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });

  it("the form reads the limit back from the error, and ignores any other error", () => {
    expect(bodyTooLargeLimit(new Error("SP_BODY_TOO_LARGE:2097152"))).toBe(2 * MiB);
    expect(bodyTooLargeLimit(new Error("An unexpected response was received from the server."))).toBeUndefined();
    expect(bodyTooLargeLimit(new Error("SP_BODY_TOO_LARGE:abc"))).toBeUndefined();
    expect(bodyTooLargeLimit(undefined)).toBeUndefined();
    expect(megabytes(5 * UPLOAD + MiB)).toBe(101);
    expect(megabytes(1000)).toBe(1);
  });
});
