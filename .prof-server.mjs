import next from "next";
import http from "node:http";
const app = next({ dev: false, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => handle(req, res)).listen(3450);
setTimeout(() => { server.close(); process.exit(0); }, Number(process.env.PROF_SECONDS ?? 25) * 1000);
