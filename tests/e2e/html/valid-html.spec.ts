import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "../support/test";
import { account } from "../support/accounts";
import { signInViaApi } from "../support/session";

// The HTML the server sends, checked by the Nu Html Checker (npm vnu-jar, run with the machine's Java
// 17): the main public pages, one of each kind of detail page, and the workspaces of each role. One
// Java run over all pages keeps this to seconds. Errors only; warnings (e.g. about trailing slashes on
// void elements, which React writes) are not failures.
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const javaFound = spawnSync("java", ["-version"]).status === 0;

const PUBLIC = [
  "/",
  "/communications",
  "/communications?q=detention",
  "/communications/outstanding",
  "/states",
  "/states/NOR",
  "/mandates",
  "/visits",
  "/visits/report",
  "/standing-invitations",
  "/calls-for-input",
  "/stories",
  "/stories/submit",
  "/stories/status",
  "/submit",
  "/submit/case/demo-case-link-2", // a sample submission's private link (prisma/seed/cases.ts)
  "/themes",
  "/reprisals",
  "/press-releases",
  "/signin",
  `/invitation/${"x".repeat(43)}`,
  "/reset-password",
  `/reset-password/${"x".repeat(43)}`,
  "/no-such-page",
];
/** Lists whose first detail link is checked too (a letter, a mandate, a visit, a call, a story, a theme). */
const DETAIL_FROM: [list: string, link: RegExp][] = [
  ["/communications", /href="(\/communications\/[0-9a-f-]{36})"/],
  ["/mandates", /href="(\/mandates\/[a-z0-9-]+)"/],
  ["/visits", /href="(\/visits\/[0-9a-f-]{36})"/],
  ["/calls-for-input", /href="(\/calls-for-input\/[0-9a-f-]{36})"/],
  ["/stories", /href="(\/stories\/[0-9a-f-]{36})"/],
  ["/themes", /href="(\/themes\/[a-z0-9-]+)"/],
];
const WORKSPACES: [role: Parameters<typeof account>[0], email: string, paths: string[]][] = [
  [
    "MANDATE_HOLDER",
    "holder@sp-portal.example",
    [
      "/portal/mandate-holder",
      "/portal/mandate-holder/communications/new",
      "/portal/mandate-holder/office-hours",
      "/portal/mandate-holder/press-releases/new",
      "/portal/mandate-holder/questionnaires/new",
      "/portal/mandate-holder/visits/new",
      "/portal/mandate-holder/cases",
      "/portal/advisory",
      "/portal/account",
    ],
  ],
  [
    "STATE",
    "state@sp-portal.example",
    ["/portal/state", "/portal/state/communications", "/portal/state/focal-point", "/portal/state/office-hours", "/portal/state/users"],
  ],
  [
    "SECRETARIAT",
    "secretariat@sp-portal.example",
    [
      "/portal/secretariat",
      "/portal/secretariat/communications",
      "/portal/secretariat/follow-up",
      "/portal/secretariat/joint-report",
      "/portal/secretariat/outbox",
      "/portal/secretariat/questionnaires/new",
      "/portal/secretariat/reprisals/new",
      "/portal/secretariat/stories",
      "/portal/secretariat/cases",
      "/portal/secretariat/cases/report",
      "/portal/secretariat/visits/standing-invitations",
      "/portal/mission-admins",
      "/portal/role-requests",
    ],
  ],
  ["ADMIN", "admin@sp-portal.example", ["/portal/admin/users", "/portal/admin/settings"]],
];

type VnuMessage = { type: string; url: string; message: string; lastLine?: number; extract?: string };

async function html(request: APIRequestContext, url: string): Promise<string> {
  const res = await request.get(url);
  expect([200, 404], `${url} answers`).toContain(res.status());
  return res.text();
}

async function signedIn(browser: Browser, role: Parameters<typeof account>[0], email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { password } = account(role, email);
  await signInViaApi(page, email, password);
  return context;
}

test("the main pages of every role are valid HTML (Nu Html Checker)", async ({ request, browser }) => {
  // Never skipped: without Java the check would silently not happen. `.ci/run` installs it when missing.
  expect(javaFound, "Java is needed for the Nu Html Checker (vnu-jar): install a JRE, e.g. apt-get install default-jre-headless").toBe(
    true,
  );
  const pages = new Map<string, string>();
  for (const url of PUBLIC) pages.set(url, await html(request, url));
  for (const [list, link] of DETAIL_FROM) {
    const detail = link.exec(pages.get(list) ?? (await html(request, list)))?.[1];
    expect(detail, `a detail link on ${list}`).toBeTruthy();
    pages.set(detail!, await html(request, detail!));
  }
  for (const [role, email, paths] of WORKSPACES) {
    const context = await signedIn(browser, role, email);
    for (const url of paths) pages.set(`${url} (${role})`, await html(context.request, url));
    await context.close();
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "sp-html-"));
  try {
    const files = [...pages].map(([url, body], i) => {
      const file = path.join(dir, `${i}.html`);
      writeFileSync(file, body);
      return { url, file };
    });
    let report = "";
    try {
      execFileSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...files.map((f) => f.file)], {
        stdio: ["ignore", "ignore", "pipe"],
      });
    } catch (e) {
      report = String((e as { stderr?: Buffer }).stderr ?? "");
      if (!report.trim().startsWith("{")) throw e; // Java or the checker failed, not the pages
    }
    const messages = report ? (JSON.parse(report) as { messages: VnuMessage[] }).messages : [];
    const urlOf = (fileUrl: string) => files.find((f) => fileUrl.endsWith(`/${path.basename(f.file)}`))?.url ?? fileUrl;
    expect(messages.map((m) => `${urlOf(m.url)}: ${m.message} — ${m.extract ?? ""}`)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
