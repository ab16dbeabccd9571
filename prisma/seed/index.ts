// Seeds a migrated database: reference data (always, idempotently) and, once, a deterministic set
// of clearly labelled sample data. Called by the project's db script with SEED_COMMUNICATIONS.
import { Prisma, type PrismaClient } from "../../lib/generated/prisma/client";
import type { SampleContext } from "./context";
import { seedAdvisory } from "./advisory";
import { seedCases } from "./cases";
import { seedCommittee } from "./committee";
import { seedCommitteePeople } from "./committee-people";
import { seedCommunications } from "./communications";
import { seedOfficeHours } from "./office-hours";
import { seedOtherActors } from "./other-actors";
import { seedQuestionnaires } from "./questionnaires";
import { seedReference } from "./reference";
import { seedReprisals } from "./reprisals";
import { seedStandingInvitations } from "./standing-invitations";
import { seedStories } from "./stories";
import { seedVisits } from "./visits";
import { seedInvitations } from "./invitations";

export { DEMO_ACCOUNTS, type DemoAccount } from "./users";

export type SeedOptions = {
  /** Sample communications (sent ones plus up to 20 recent unsent ones), default 400. */
  communications?: number;
  /** Seed of the PRNG, default 20200310: same options, same content. */
  randomSeed?: number;
  /** The moment the sample data is relative to, default new Date(). */
  now?: Date;
  log?: (msg: string) => void;
};

export const DEFAULT_COMMUNICATIONS = 400;
export const DEFAULT_RANDOM_SEED = 20200310;

/** Row count of every table, keyed by model name. */
export async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const names = Object.values(Prisma.ModelName).sort();
  const counts = await Promise.all(
    names.map((name) => {
      const delegate = (prisma as unknown as Record<string, { count(): Promise<number> }>)[name.charAt(0).toLowerCase() + name.slice(1)]!;
      return delegate.count();
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
}

async function hasSampleData(prisma: PrismaClient): Promise<boolean> {
  const [communication, visit] = await Promise.all([
    prisma.communication.findFirst({ where: { sample: true }, select: { id: true } }),
    prisma.visitRequest.findFirst({ where: { sample: true }, select: { id: true } }),
  ]);
  return communication !== null || visit !== null;
}

export async function seedDatabase(
  prisma: PrismaClient,
  opts: SeedOptions = {},
): Promise<{ created: boolean; counts: Record<string, number> }> {
  const total = opts.communications ?? DEFAULT_COMMUNICATIONS;
  if (!Number.isInteger(total) || total < 0) throw new Error(`communications must be a non-negative integer, got ${total}`);
  const seed = (opts.randomSeed ?? DEFAULT_RANDOM_SEED) >>> 0;
  const now = opts.now ?? new Date();
  const log = opts.log ?? (() => {});
  const started = performance.now();

  const ref = await seedReference(prisma, now, seed, log);
  let created = false;
  if (await hasSampleData(prisma)) {
    log("Sample data already present: left unchanged");
  } else {
    // One transaction: a failure leaves no partial sample data behind (which would block a re-run).
    await prisma.$transaction(
      async (tx) => {
        const ctx: SampleContext = { db: tx, ref, now, seed, log };
        const actors = await seedOtherActors(tx, ref, now);
        const standing = await seedStandingInvitations(ctx);
        const { sent } = await seedCommunications(ctx, actors, total);
        await seedVisits(ctx, standing);
        await seedInvitations(ctx);
        await seedReprisals(ctx, sent);
        await seedStories(ctx);
        await seedQuestionnaires(ctx);
        await seedAdvisory(ctx);
        await seedOfficeHours(ctx);
        await seedCases(ctx);
        await seedCommittee(ctx);
        await seedCommitteePeople(ctx);
      },
      { timeout: 60 * 60_000, maxWait: 60_000 },
    );
    created = true;
  }
  const counts = await countRows(prisma);
  log(`Seed done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { created, counts };
}
