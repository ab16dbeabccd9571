import "server-only";
import type { Db } from "../db/types";
import { prisma } from "../db/client";
import { mergeSettings, SETTING_KEYS, type Settings } from "./settings-defaults";

export async function getSettings(db: Db = prisma): Promise<Settings> {
  const rows = await db.setting.findMany({ where: { key: { in: SETTING_KEYS } }, select: { key: true, value: true } });
  return mergeSettings(rows);
}
