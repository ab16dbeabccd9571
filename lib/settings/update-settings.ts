import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { writeAudit } from "../platform/write-audit";
import { getSettings } from "../platform/get-settings";
import { SETTING_KEYS, type Settings } from "../platform/settings-defaults";

export async function updateSettings({ actor, input }: { actor: Actor; input: Settings }) {
  assertCan(actor, "settings:manage");
  return prisma.$transaction(async (tx) => {
    const before = await getSettings(tx);
    for (const key of SETTING_KEYS) {
      await tx.setting.upsert({ where: { key }, create: { key, value: input[key] }, update: { value: input[key] } });
    }
    await writeAudit(tx, { actor, action: "settings.update", entityType: "Setting", entityId: "portal", before, after: input });
    return input;
  });
}
