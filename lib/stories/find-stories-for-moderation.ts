import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { GoodStoryStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { NAME_FIELDS } from "../i18n/localized";

/** The secretariat's moderation queue, oldest waiting first. */
export async function findStoriesForModeration({ actor, status, page = 1 }: { actor: Actor; status?: GoodStoryStatus; page?: number }) {
  assertCan(actor, "story:moderate");
  const where = status ? { status } : {};
  return loadPage({
    page,
    count: () => prisma.goodStory.count({ where }),
    rows: (w) =>
      prisma.goodStory.findMany({
        where,
        orderBy: [{ createdAt: status === "PUBLISHED" || status === "REJECTED" ? "desc" : "asc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          title: true,
          status: true,
          createdAt: true,
          sample: true,
          state: { select: { ...NAME_FIELDS } },
          submittedBy: { select: { name: true } },
          submitterName: true,
        },
      }),
  });
}

/** One story with everything the moderator needs, including who submitted it and how to reach them. */
export async function getStoryForModeration({ actor, storyId }: { actor: Actor; storyId: string }) {
  assertCan(actor, "story:moderate");
  if (!z.uuid().safeParse(storyId).success) throw new AppError("NOT_FOUND", "No such story");
  const s = await prisma.goodStory.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      title: true,
      recommendation: true,
      whatChanged: true,
      evidenceLinks: true,
      status: true,
      moderationNote: true,
      mandateId: true,
      stateId: true,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      submitterName: true,
      submitterEmail: true,
      sample: true,
      submittedBy: { select: { name: true, email: true, role: true, organisation: true } },
      themes: { select: { themeId: true } },
      attachments: { select: { id: true, fileName: true, size: true, contentType: true } },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "No such story");
  return s;
}
export type StoryForModeration = Awaited<ReturnType<typeof getStoryForModeration>>;

/** A signed-in user's own stories and their status (R13: "the submitter can see its status"). */
export async function findMyStories({ actor }: { actor: Actor }) {
  assertCan(actor, "story:submit");
  return prisma.goodStory.findMany({
    where: { submittedById: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      title: true,
      status: true,
      moderationNote: true,
      createdAt: true,
      publishedAt: true,
      whatChanged: true,
      evidenceLinks: true,
    },
  });
}
