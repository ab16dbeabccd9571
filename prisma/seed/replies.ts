// Sample replies to sent communications: ~55% answered (States differ in how reliably they reply),
// 5–120 days after sending and never after `now`; some States write twice; replies outside English,
// French and Spanish (Russian, Arabic, Chinese, Norwegian, German) await translation when recent (R5).
import type { TranslationStatus } from "../../lib/generated/prisma/enums";
import { indexedWords } from "../../lib/core/word-breaks";
import { REPLY_LANGUAGE } from "./catalog";
import type { CommPlan } from "./comm-plan";
import type { Reference } from "./context";
import { actorReplyBody, stateReplyBody, type ReplyLang } from "./reply-texts";
import { Rng, stableUuid } from "./random";
import { DAY } from "./time";

export type ReplyRow = {
  id: string;
  communicationId: string;
  receivedAt: Date;
  language: string;
  translationStatus: TranslationStatus;
  body: string;
  /** The body's words spaced for the search index (Chinese), as submit-reply.ts writes it. */
  bodyWords: string | null;
  translation: string | null;
  translationLanguage: string | null;
  translatedAt: Date | null;
  submittedById: string | null;
  sample: boolean;
  createdAt: Date;
};

/** How likely each State is to reply at all: some reliably, some rarely. */
export function replyPropensity(ref: Reference, seed: number): Map<string, number> {
  const rng = new Rng(seed, "reply-propensity");
  const out = new Map<string, number>();
  for (const s of ref.states) {
    const r = rng.float();
    out.set(s.id, r < 0.25 ? 0.15 : r < 0.7 ? 0.6 : 0.9);
  }
  return out;
}

function replyLanguage(rng: Rng, iso3: string): ReplyLang {
  const home = REPLY_LANGUAGE[iso3];
  if (!home) return "en";
  const p = home === "fr" || home === "es" ? 0.7 : 0.4;
  return rng.chance(p) ? home : "en";
}

export function buildReplies(plan: CommPlan, reference: string, ref: Reference, propensity: Map<string, number>, now: Date): ReplyRow[] {
  if (!plan.sentAt) return [];
  const rng = new Rng(plan.textSeed, "reply");
  const sentAt = plan.sentAt.getTime();
  const available = now.getTime() - sentAt;
  if (available < 5 * DAY) return [];
  const p = plan.state ? propensity.get(plan.state.id)! : 0.4;
  if (!rng.chance(p)) return [];

  let receivedAt = sentAt + rng.between(5, 120) * DAY;
  if (receivedAt > now.getTime()) receivedAt = sentAt + rng.between(5 * DAY, available);
  const times = [receivedAt];
  if (rng.chance(0.12)) {
    const second = receivedAt + rng.between(10, 90) * DAY;
    if (second <= now.getTime()) times.push(second);
  }
  const submittedById = plan.state?.iso3 === "NOR" ? ref.users.state : plan.state?.iso3 === "BRA" ? ref.users.state2 : null;
  const lang = plan.state ? replyLanguage(rng, plan.state.iso3) : "en";
  return times.map((t, i) => {
    const receivedAtDate = new Date(t);
    let body: string;
    let translation: string | null = null;
    let translationStatus: TranslationStatus = "NOT_NEEDED";
    if (plan.state) {
      const text = stateReplyBody(rng, lang, { en: plan.state.nameEn, fr: plan.state.nameFr, es: plan.state.nameEs }, reference, i > 0);
      body = text.body;
      if (text.translation) {
        // Translations of older replies have come in; recent ones are still pending (R5).
        const old = now.getTime() - t > 120 * DAY;
        translationStatus = old ? "AVAILABLE" : "PENDING";
        translation = old ? text.translation : null;
      }
    } else {
      body = actorReplyBody(rng, plan.actor!.name, reference);
    }
    return {
      // Derived from the communication's id: the per-communication stream is too short-lived to
      // give ids that stay unique over 200,000 communications.
      id: stableUuid(`reply:${plan.id}:${i}`),
      communicationId: plan.id,
      receivedAt: receivedAtDate,
      language: lang,
      translationStatus,
      body,
      bodyWords: indexedWords(body),
      translation,
      translationLanguage: translation ? "en" : null,
      // The translation came in 30 days after the reply.
      translatedAt: translation ? new Date(t + 30 * DAY) : null,
      submittedById,
      sample: true,
      createdAt: receivedAtDate,
    };
  });
}
