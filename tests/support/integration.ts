// What every integration test file does around its own database (created by lib/db/test-database).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TestDatabase } from "@/lib/db/test-database";
import type { Actor } from "@/lib/auth/actor";

/** The actor of a seeded user, as the portal loads it on each request. */
export async function actorByEmail(prisma: PrismaClient, email: string): Promise<Actor> {
  const { loadActor } = await import("@/lib/auth/load-actor");
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  return (await loadActor(user.id))!;
}

/** afterAll: the portal's shared client, the test's own client, then the database. */
export async function closeIntegrationDatabase({
  db,
  prisma,
}: {
  db?: TestDatabase | undefined;
  prisma?: PrismaClient | undefined;
}): Promise<void> {
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
  await prisma?.$disconnect();
  await db?.drop();
}

/** Sets the portal's clock (lib/core/clock.ts) to an instant. */
export async function setNow(at: Date): Promise<void> {
  const { setClockOffset } = await import("@/lib/core/clock");
  setClockOffset(at.getTime() - Date.now());
}

/** The seeded demo accounts (README), by the names the tests use. */
export const DEMO_EMAILS = {
  secretariat: "secretariat@sp-portal.example",
  secretariat2: "secretariat2@sp-portal.example",
  holder: "holder@sp-portal.example",
  cosigner: "cosigner@sp-portal.example",
  norway: "state@sp-portal.example",
  brazil: "state2@sp-portal.example",
  civil: "civil@sp-portal.example",
  admin: "admin@sp-portal.example",
} as const;

/** Every demo account's actor, keyed as DEMO_EMAILS. */
export async function demoActors(prisma: PrismaClient): Promise<Record<keyof typeof DEMO_EMAILS, Actor>> {
  const entries = await Promise.all(
    Object.entries(DEMO_EMAILS).map(async ([key, email]) => [key, await actorByEmail(prisma, email)] as const),
  );
  return Object.fromEntries(entries) as Record<keyof typeof DEMO_EMAILS, Actor>;
}

/**
 * Two pools on one new database, as two instances of the portal would have (tests of state shared
 * through PostgreSQL). Call the returned close() in afterAll.
 */
export async function twoInstances(prefix: string): Promise<{ a: import("pg").Pool; b: import("pg").Pool; close(): Promise<void> }> {
  const { default: pg } = await import("pg");
  const { createTestDatabase } = await import("@/lib/db/test-database");
  const db = await createTestDatabase({ prefix });
  const a = new pg.Pool({ connectionString: db.connectionString, max: 2 });
  const b = new pg.Pool({ connectionString: db.connectionString, max: 2 });
  return {
    a,
    b,
    async close() {
      await a.end();
      await b.end();
      await db.drop();
    },
  };
}
