// Sample communications with their mandates, themes, copies and replies, composed chunk by chunk
// from the plan and inserted in bulk (one statement per table and chunk of 2,000).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CommunicationStatus, CommunicationType, SignatureStatus } from "../../lib/generated/prisma/enums";
import { bulkInsert, CHUNK } from "./bulk";
import { planCommunications, type CommPlan } from "./comm-plan";
import type { SampleContext } from "./context";
import { composeLetter } from "./letters";
import type { ActorRef } from "./other-actors";
import { FOLLOW_UPS, focusOf, LEGISLATION, PLACES, REASONS, REPRISAL_REASON, type T3 } from "./phrases";
import { GIVEN_NAMES, FAMILY_NAMES } from "./names";
import { Rng } from "./random";
import { buildReplies, replyPropensity, type ReplyRow } from "./replies";
import { DAY, HOUR, minDate } from "./time";
import { publicationInstant } from "../../lib/communications/rules";

export type SentCommunication = {
  id: string;
  stateId: string | null;
  sentAt: Date;
  reference: string;
  concernsReprisals: boolean;
  leadMandateId: string;
};

export type CommunicationsResult = { sent: SentCommunication[]; total: number; replies: number };

type CommRow = {
  id: string;
  type: CommunicationType;
  status: CommunicationStatus;
  reference: string | null;
  referenceCode: string | null;
  referenceYear: number | null;
  referenceNumber: number | null;
  addresseeKind: "STATE" | "OTHER_ACTOR";
  addresseeStateId: string | null;
  addresseeOtherActorId: string | null;
  subject: string;
  summary: string;
  body: string;
  /** The letter's language: it picks the full-text configuration of the generated search vector. */
  language: string;
  confidentialAnnex: string | null;
  urgent: boolean;
  concernsReprisals: boolean;
  sample: boolean;
  draftedById: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  sentAt: Date | null;
  replyDueAt: Date | null;
  publicFrom: Date | null;
  publishRepliesOnReceipt: boolean;
};

function title(m: { titleEn: string; titleFr: string; titleEs: string }): T3 {
  return { en: m.titleEn, fr: m.titleFr, es: m.titleEs };
}

function victims(rng: Rng): string {
  const names = Array.from({ length: rng.int(1, 4) }, () => `${rng.pick(GIVEN_NAMES)} ${rng.pick(FAMILY_NAMES)}`);
  return `Names of alleged victims: ${names.join(", ")} (fictional sample data).`;
}

function buildRow(ctx: SampleContext, plan: CommPlan, replyDays: number, publishRepliesOnReceipt: boolean): CommRow {
  const { ref, now } = ctx;
  const rng = new Rng(plan.textSeed, "text");
  const lead = plan.mandates[0]!.mandate;
  const [concerns, groups] = focusOf(lead.slug);
  const anchor = plan.sentAt ?? plan.createdAt;
  const letter = composeLetter({
    lang: plan.lang,
    type: plan.type,
    addressee: plan.state
      ? { kind: "STATE", name: { en: plan.state.nameEn, fr: plan.state.nameFr, es: plan.state.nameEs } }
      : { kind: "OTHER_ACTOR", name: plan.actor!.name, actorKind: plan.actor!.kind },
    titles: plan.mandates.map((m) => title(m.mandate)),
    plural: plan.mandates.length > 1 || lead.body === "WORKING_GROUP",
    concern: rng.pick(concerns),
    group: rng.pick(groups),
    reason: plan.concernsReprisals ? REPRISAL_REASON : rng.pick(REASONS),
    followUp: rng.pick(FOLLOW_UPS),
    place: rng.pick(PLACES),
    legislation: rng.pick(LEGISLATION),
    incidentDate: new Date(anchor.getTime() - (plan.type === "UA" ? rng.int(2, 14) : rng.int(14, 120)) * DAY),
    publishRepliesOnReceipt,
  });
  const sent = plan.sentAt;
  const r = plan.reference;
  const reference = r ? `${plan.type} ${r.code} ${r.number}/${r.year}` : null;
  const submittedAt = sent
    ? new Date(plan.createdAt.getTime() + (sent.getTime() - plan.createdAt.getTime()) / 2)
    : plan.status === "DRAFT"
      ? null
      : minDate(new Date(plan.createdAt.getTime() + DAY), now);
  const approvedAt = sent
    ? new Date(sent.getTime() - 2 * HOUR)
    : plan.status === "APPROVED"
      ? minDate(new Date(submittedAt!.getTime() + DAY), now)
      : null;
  const drafter = plan.draftedBy === "holder" ? ref.users.holder : plan.draftedBy === "cosigner" ? ref.users.cosigner : null;
  return {
    id: plan.id,
    type: plan.type,
    status: plan.status,
    reference,
    referenceCode: r?.code ?? null,
    referenceYear: r?.year ?? null,
    referenceNumber: r?.number ?? null,
    addresseeKind: plan.state ? "STATE" : "OTHER_ACTOR",
    addresseeStateId: plan.state?.id ?? null,
    addresseeOtherActorId: plan.actor?.id ?? null,
    subject: letter.subject,
    summary: letter.summary,
    body: letter.body,
    language: plan.lang,
    confidentialAnnex: plan.type === "OL" ? null : victims(rng),
    urgent: plan.type === "UA",
    concernsReprisals: plan.concernsReprisals,
    sample: true,
    draftedById: drafter,
    createdAt: plan.createdAt,
    updatedAt: sent ?? approvedAt ?? submittedAt ?? plan.createdAt,
    submittedAt,
    approvedAt,
    sentAt: sent,
    replyDueAt: sent ? new Date(sent.getTime() + replyDays * DAY) : null,
    // Brought forward to the first reply below when the letter publishes replies on receipt (R5).
    publicFrom: sent ? new Date(sent.getTime() + replyDays * DAY) : null,
    publishRepliesOnReceipt: sent ? publishRepliesOnReceipt : false,
  };
}

function signedAt(plan: CommPlan, status: SignatureStatus): Date | null {
  if (status !== "SIGNED") return null;
  return plan.sentAt ? new Date(plan.sentAt.getTime() - 3 * DAY) : new Date(plan.createdAt.getTime() + DAY);
}

export async function seedCommunications(ctx: SampleContext, actors: ActorRef[], total: number): Promise<CommunicationsResult> {
  const { db, ref, now, seed, log } = ctx;
  const setting = await db.setting.findUnique({ where: { key: "communications.replyPeriodDays" } });
  const replyDays = typeof setting?.value === "number" ? setting.value : 60;
  // R5: the sample letters are sent under the portal's setting (on by default).
  const onReceipt = await db.setting.findUnique({ where: { key: "communications.publishRepliesOnReceipt" } });
  const publishRepliesOnReceipt = typeof onReceipt?.value === "boolean" ? onReceipt.value : true;
  const existing = await db.communication.groupBy({
    by: ["referenceCode", "referenceYear"],
    where: { referenceCode: { not: null }, referenceYear: { not: null } },
    _max: { referenceNumber: true },
  });
  const existingMax = new Map(existing.map((e) => [`${e.referenceCode}|${e.referenceYear}`, e._max.referenceNumber ?? 0]));
  const plans = planCommunications(ref, actors, total, now, seed, existingMax);
  const propensity = replyPropensity(ref, seed);
  const sentList: SentCommunication[] = [];
  let replies = 0;

  for (let start = 0; start < plans.length; start += CHUNK) {
    const slice = plans.slice(start, start + CHUNK);
    const rows: (CommRow & Prisma.CommunicationCreateManyInput)[] = slice.map((p) => buildRow(ctx, p, replyDays, publishRepliesOnReceipt));
    const mandateRows: Prisma.CommunicationMandateCreateManyInput[] = slice.flatMap((p) =>
      p.mandates.map((m) => ({ communicationId: p.id, mandateId: m.mandate.id, status: m.status, respondedAt: signedAt(p, m.status) })),
    );
    const themeRows: Prisma.CommunicationThemeCreateManyInput[] = slice.flatMap((p) =>
      p.themes.map((t) => ({ communicationId: p.id, themeId: t.id })),
    );
    const copyRows: Prisma.CommunicationCopyCreateManyInput[] = slice.flatMap((p) =>
      p.actor?.homeStateId ? [{ communicationId: p.id, stateId: p.actor.homeStateId }] : [],
    );
    const replyRows: (ReplyRow & Prisma.CommunicationReplyCreateManyInput)[] = [];
    rows.forEach((row, i) => {
      if (!row.reference) return;
      const replies = buildReplies(slice[i]!, row.reference, ref, propensity, now);
      replyRows.push(...replies);
      row.publicFrom = publicationInstant({ replyDueAt: row.replyDueAt!, publishRepliesOnReceipt: row.publishRepliesOnReceipt, replies });
      sentList.push({
        id: row.id,
        stateId: row.addresseeStateId,
        sentAt: row.sentAt!,
        reference: row.reference,
        concernsReprisals: row.concernsReprisals,
        leadMandateId: slice[i]!.mandates[0]!.mandate.id,
      });
    });
    await bulkInsert(db, "Communication", rows);
    await bulkInsert(db, "CommunicationMandate", mandateRows);
    await bulkInsert(db, "CommunicationTheme", themeRows);
    await bulkInsert(db, "CommunicationCopy", copyRows);
    await bulkInsert(db, "CommunicationReply", replyRows);
    replies += replyRows.length;
    log(`Communications: ${Math.min(start + CHUNK, plans.length)}/${plans.length} (${replies} replies)`);
  }
  return { sent: sentList, total: plans.length, replies };
}
