import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { can, canReadConfidentialAnnex } from "../auth/policy";
import { AppError } from "../core/errors";
import { now as clockNow } from "../core/clock";
import { communicationScopeFor } from "./scope";
import { displayStatus } from "./rules";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const letterSelect = {
  id: true,
  type: true,
  status: true,
  reference: true,
  subject: true,
  summary: true,
  body: true,
  confidentialAnnex: true,
  annexReleasedToState: true,
  urgent: true,
  concernsReprisals: true,
  sample: true,
  reviewComment: true,
  createdAt: true,
  submittedAt: true,
  approvedAt: true,
  sentAt: true,
  replyDueAt: true,
  publicFrom: true,
  publishRepliesOnReceipt: true,
  language: true,
  addresseeKind: true,
  addresseeStateId: true,
  addresseeState: { select: { id: true, iso3: true, ...NAME_FIELDS } },
  addresseeOtherActor: { select: { id: true, name: true, kind: true } },
  copies: {
    select: {
      state: { select: { id: true, iso3: true, ...NAME_FIELDS } },
    },
  },
  themes: {
    select: {
      theme: { select: { id: true, slug: true, ...NAME_FIELDS } },
    },
  },
  mandates: {
    orderBy: { status: "asc" },
    select: {
      status: true,
      respondedAt: true,
      comment: true,
      mandate: {
        select: { id: true, slug: true, ...TITLE_FIELDS },
      },
    },
  },
  replies: {
    orderBy: { receivedAt: "asc" },
    select: {
      id: true,
      receivedAt: true,
      language: true,
      translationStatus: true,
      body: true,
      translation: true,
      translationLanguage: true,
      translatedAt: true,
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, contentType: true, size: true, isTranslation: true },
      },
    },
  },
} as const;

/** Mandates that signed the letter as sent (the lead and the co-signers). */
const SIGNING = new Set(["LEAD", "SIGNED"]);

/**
 * One communication as the actor may see it: not found outside its scope, the confidential annex
 * removed unless the policy allows it (R8-style confidentiality of victims' names), and — for an
 * actor outside the drafting workflow, e.g. the addressee State — the letter as sent: its signing
 * mandates only, without the other mandates' answers ("Declined"), comments, review comment or
 * internal dates (issue 13, item 8: least knowledge).
 */
export async function getCommunication({ actor, communicationId }: { actor: Actor; communicationId: string }) {
  if (!z.uuid().safeParse(communicationId).success) throw new AppError("NOT_FOUND", "No such communication");
  const now = clockNow();
  const c = await prisma.communication.findFirst({
    where: { AND: [{ id: communicationId }, communicationScopeFor(actor, now)] },
    select: letterSelect,
  });
  if (!c) throw new AppError("NOT_FOUND", "No such communication");
  const mandateIds = c.mandates.filter((m) => m.status !== "DECLINED").map((m) => m.mandate.id);
  const annexVisible = canReadConfidentialAnnex(actor, {
    addresseeStateId: c.addresseeStateId,
    annexReleasedToState: c.annexReleasedToState,
    mandateIds,
  });
  const workflow = can(actor, "communication:read-workflow");
  return {
    ...c,
    ...(workflow
      ? {}
      : {
          mandates: c.mandates.filter((m) => SIGNING.has(m.status)).map((m) => ({ ...m, respondedAt: null, comment: null })),
          reviewComment: null,
          submittedAt: null,
          approvedAt: null,
        }),
    confidentialAnnex: annexVisible ? c.confidentialAnnex : null,
    annexVisible,
    shownStatus: displayStatus({ ...c, replyCount: c.replies.length }, now),
    now,
  };
}
export type CommunicationDetail = Awaited<ReturnType<typeof getCommunication>>;
