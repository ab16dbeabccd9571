import "server-only";
import { createPrismaClient } from "./create-client";
import type { PrismaClient } from "../generated/prisma/client";

// One client per server process (and one across hot reloads in development).
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  return url;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop, receiver) {
    globalForPrisma.prisma ??= createPrismaClient(connectionString(), Number(process.env.SP_DB_POOL ?? 10));
    return Reflect.get(globalForPrisma.prisma, prop, receiver);
  },
});

export type { PrismaClient };
