// Two instances of the portal from the same production build, on one real PostgreSQL, behind nginx
// (round-robin), with an SMTP server that records what it accepts (issue 14, item 6). nginx runs as
// this test's own process with a generated configuration: every path (pid, logs, temporary files) in
// a temporary directory, nothing under /etc or /var. Ports: MI_PORT_BASE (default 3262) for A, +1 B,
// +2 nginx, +3 SMTP.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { createTestDatabase, type TestDatabase } from "../../lib/db/test-database";
import { prepareDatabase } from "../../scripts/lib/prepare-database";
import { runServer, waitForExit } from "../../scripts/lib/run";

const BASE = Number(process.env.MI_PORT_BASE ?? 3262);
export const PORTS = { a: BASE, b: BASE + 1, nginx: BASE + 2, smtp: BASE + 3 };
export const NGINX_BIN = process.env.NGINX_BIN ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

export type Received = { outboxId: string; subject: string; rcptTo: string[] };
export type InstanceName = "a" | "b";

export class Instance {
  child: ChildProcess | null = null;
  output = "";
  constructor(
    readonly name: InstanceName,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}
  get url() {
    return `http://localhost:${this.port}`;
  }
  /** Started and not exited. (A process killed by a signal keeps exitCode null: signalCode says it.) */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }
  async start(): Promise<void> {
    this.output = "";
    const child = runServer({ port: this.port, stdio: "pipe" }, this.env);
    child.stdout!.on("data", (c: Buffer) => (this.output += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (this.output += c.toString()));
    this.child = child;
    await waitUntilAnswers(
      this.url,
      () => child.exitCode,
      () => this.output,
    );
  }
  /** SIGKILL: the process gets no chance to finish anything (a crash, the OOM killer, a power cut). */
  async kill(): Promise<void> {
    if (!this.child || !this.running) return;
    const exited = waitForExit(this.child);
    this.child.kill("SIGKILL");
    await exited;
  }
  /** SIGTERM: graceful shutdown; resolves with the exit code. */
  async stop(): Promise<number> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return this.child?.exitCode ?? 0;
    const exited = waitForExit(this.child);
    this.child.kill("SIGTERM");
    const force = setTimeout(() => this.child?.kill("SIGKILL"), 40_000);
    const code = await exited;
    clearTimeout(force);
    return code;
  }
  /** The JSON log lines this instance wrote. */
  logLines(): Record<string, unknown>[] {
    return this.output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }
}

async function waitUntilAnswers(url: string, exitCode: () => number | null, output: () => string, timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exitCode() !== null) throw new Error(`${url} exited (${exitCode()}):\n${output().slice(-3000)}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in time:\n${output().slice(-3000)}`);
}

/** An SMTP server that records each accepted message; `holdMs` delays its answer to DATA. */
export class SmtpSink {
  readonly received: Received[] = [];
  /** Messages whose sender went away before the server accepted them (never delivered). */
  readonly abandoned: string[] = [];
  /** Messages that reached DATA (a send in progress), with the sending instance's EHLO name. */
  readonly inData: { outboxId: string; client: string }[] = [];
  holdMs = 0;
  private server: SMTPServer;
  constructor() {
    const closed = new Set<string>();
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onClose: (session) => void closed.add(session.id),
      onData: (stream, session, callback) => {
        let raw = "";
        stream.setEncoding("utf8");
        stream.on("data", (c: string) => (raw += c));
        stream.on("end", () => {
          const outboxId = /^X-SP-Outbox-Id: (.*)$/im.exec(raw)?.[1]?.trim() ?? "";
          // The EHLO name (SP_SMTP_NAME), not clientHostname: that one is the reverse lookup of 127.0.0.1.
          this.inData.push({ outboxId, client: session.hostNameAppearsAs });
          const accept = () => {
            // A message is delivered only when the server accepted it (the 250 answer to DATA).
            if (closed.has(session.id)) {
              this.abandoned.push(outboxId);
              return;
            }
            this.received.push({
              outboxId,
              subject: /^Subject: (.*)$/m.exec(raw)?.[1]?.trim() ?? "",
              rcptTo: session.envelope.rcptTo.map((r) => r.address),
            });
            callback();
          };
          if (this.holdMs > 0) setTimeout(accept, this.holdMs);
          else accept();
        });
      },
    });
  }
  listen(port: number) {
    return new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", resolve);
    });
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function nginxConfig(dir: string): string {
  const temp = (name: string) => {
    const p = path.join(dir, name);
    mkdirSync(p, { recursive: true });
    chmodSync(p, 0o777); // nginx's workers run as another user when started as root
    return p;
  };
  return `worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 512; }
http {
  access_log ${path.join(dir, "access.log")};
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  client_max_body_size 110m;
  map $http_x_request_id $sp_request_id { default $http_x_request_id; "" $request_id; }
  upstream portal {
    server 127.0.0.1:${PORTS.a} max_fails=1 fail_timeout=10s;
    server 127.0.0.1:${PORTS.b} max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:${PORTS.nginx};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $sp_request_id;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502;
    }
  }
}
`;
}

export class Cluster {
  db!: TestDatabase;
  dir!: string;
  smtp = new SmtpSink();
  a!: Instance;
  b!: Instance;
  nginx: ChildProcess | null = null;
  nginxOutput = "";
  get url() {
    return `http://localhost:${PORTS.nginx}`;
  }
  instance(name: InstanceName) {
    return name === "a" ? this.a : this.b;
  }

  async start(): Promise<void> {
    this.dir = mkdtempSync(path.join(os.tmpdir(), "sp-multi-instance-"));
    chmodSync(this.dir, 0o755);
    this.db = await createTestDatabase({ prefix: "sp_multi", migrate: false });
    process.env.SEED_COMMUNICATIONS ??= "60";
    const files = (n: string) => path.join(this.dir, `files-${n}`);
    process.env.FILES_DIR = files("a"); // the demo data's sample files, as instance A's
    await prepareDatabase(this.db.connectionString, { demo: true, log: () => {} });
    // Mail goes at any hour here: the instances run on the real clock, which may be a Saturday night.
    await this.sql(`update "Setting" set value = $1::jsonb where key = 'businessHours'`, [
      JSON.stringify({ timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], open: "00:00", close: "23:59", publicHolidays: "none", holidays: [] }),
    ]);
    await this.smtp.listen(PORTS.smtp);
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: this.db.connectionString,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: this.url,
      SP_TRUSTED_PROXIES: "1",
      SP_DB_POOL: "5",
      SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
      SP_SHUTDOWN_TIMEOUT_MS: "10000",
    };
    delete common.SP_TEST_CLOCK;
    this.a = new Instance("a", PORTS.a, { ...common, SP_INSTANCE_NAME: "a", SP_SMTP_NAME: "instance-a", FILES_DIR: files("a") });
    this.b = new Instance("b", PORTS.b, { ...common, SP_INSTANCE_NAME: "b", SP_SMTP_NAME: "instance-b", FILES_DIR: files("b") });
    await Promise.all([this.a.start(), this.b.start()]);
    await this.startNginx();
  }

  private async startNginx() {
    const conf = path.join(this.dir, "nginx.conf");
    writeFileSync(conf, nginxConfig(this.dir));
    const nginx = spawn(NGINX_BIN, ["-e", path.join(this.dir, "error.log"), "-p", this.dir, "-c", conf, "-g", "daemon off;"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    nginx.stdout!.on("data", (c: Buffer) => (this.nginxOutput += c.toString()));
    nginx.stderr!.on("data", (c: Buffer) => (this.nginxOutput += c.toString()));
    this.nginx = nginx;
    await waitUntilAnswers(
      this.url,
      () => nginx.exitCode,
      () => this.nginxOutput,
      20_000,
    );
  }

  async sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.db.connectionString });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    if (this.nginx && this.nginx.exitCode === null) {
      const exited = waitForExit(this.nginx);
      this.nginx.kill("SIGTERM");
      await exited;
    }
    await Promise.all([this.a?.stop(), this.b?.stop()]);
    await this.smtp.close();
    await this.db?.drop().catch(() => {});
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
