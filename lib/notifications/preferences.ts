import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import { choosableKinds, type NotificationKind } from "./kinds";
import type { Choice } from "./rules";
import type { PreferencesInput } from "./schemas";

/** The person's choice per kind they may be told of (immediate unless they chose the digest). */
export async function findPreferences({ actor }: { actor: Actor }): Promise<{ kind: NotificationKind; delivery: Choice }[]> {
  assertCan(actor, "account:own");
  const rows = await prisma.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, delivery: true } });
  const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
  return choosableKinds(actor.role).map((kind) => ({ kind, delivery: chosen.get(kind) === "DIGEST" ? "DIGEST" : "IMMEDIATE" }));
}

/**
 * Saves the person's choices (immediate mail or daily digest per kind of their role); audited with
 * the kinds changed and their new choice. Kinds outside the person's role are ignored.
 */
export async function savePreferences({ actor, input, now }: { actor: Actor; input: PreferencesInput; now: Date }) {
  assertCan(actor, "account:own");
  return prisma.$transaction(async (tx) => {
    const rows = await tx.notificationPreference.findMany({ where: { userId: actor.userId }, select: { kind: true, delivery: true } });
    const before = new Map(rows.map((r) => [r.kind, r.delivery === "DIGEST" ? "DIGEST" : "IMMEDIATE"]));
    const changedBefore: Record<string, string> = {};
    const changedAfter: Record<string, string> = {};
    for (const kind of choosableKinds(actor.role)) {
      const next = input[kind];
      if (!next) continue;
      const previous = before.get(kind) ?? "IMMEDIATE";
      if (previous === next) continue;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, delivery: next, updatedAt: now },
        update: { delivery: next, updatedAt: now },
      });
      changedBefore[kind] = previous;
      changedAfter[kind] = next;
    }
    if (Object.keys(changedAfter).length) {
      await writeAudit(tx, {
        actor,
        action: "notifications.preferences",
        entityType: "NotificationPreference",
        entityId: actor.userId,
        before: changedBefore,
        after: changedAfter,
      });
    }
    return { changed: Object.keys(changedAfter).length };
  });
}
