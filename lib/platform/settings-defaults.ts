import { z } from "zod";

/** The configurable values of the rules (docs/rules.md), with their defaults and bounds. */
export const settingsSchema = z.object({
  "communications.replyPeriodDays": z.coerce.number().int().min(30).max(365), // R5: "at least two months" in practice
  "communications.nonCooperationThreshold": z.coerce.number().int().min(1).max(12), // R7
  // R5: a reply received before the deadline publishes the letter and the reply at once. Kept on each
  // letter at dispatch (Communication.publishRepliesOnReceipt): its text says which rule applies.
  "communications.publishRepliesOnReceipt": z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  // R21: concern across mandates — the rolling window, and how many distinct mandates flag a State
  // (four in the 2017 NGO submission).
  "concern.windowMonths": z.coerce.number().int().min(1).max(60),
  "concern.mandateThreshold": z.coerce.number().int().min(2).max(50),
  "pressRelease.leadTimeHours": z.coerce.number().int().min(0).max(168), // R3
  "questionnaires.minWindowWeeks": z.coerce.number().int().min(1).max(52), // R12
  "questionnaires.maxQuestions": z.coerce.number().int().min(1).max(100), // R12
  // Secretariat and admin sessions end after this long without a request (OWASP ASVS 3.3).
  "sessions.privilegedIdleMinutes": z.coerce.number().int().min(5).max(480),
  // The second factor is mandatory for secretariat and admin; this makes it mandatory for State users
  // too (lib/auth/second-factor/satisfied.ts). A form sends a ticked box as "on", an unticked one not at all.
  "auth.stateSecondFactorRequired": z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  "communications.replyPeriodDays": 60,
  "communications.nonCooperationThreshold": 3,
  "communications.publishRepliesOnReceipt": true,
  "concern.windowMonths": 12,
  "concern.mandateThreshold": 4,
  "pressRelease.leadTimeHours": 24,
  "questionnaires.minWindowWeeks": 8,
  "questionnaires.maxQuestions": 10,
  "sessions.privilegedIdleMinutes": 30,
  "auth.stateSecondFactorRequired": false,
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** Stored rows over defaults; a stored value that no longer validates falls back to the default. */
export function mergeSettings(rows: { key: string; value: unknown }[]): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!(row.key in DEFAULT_SETTINGS)) continue;
    const parsed = settingsSchema.shape[row.key as SettingKey].safeParse(row.value);
    if (parsed.success) merged[row.key] = parsed.data;
  }
  return merged as Settings;
}
