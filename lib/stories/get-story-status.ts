import "server-only";
import { prisma } from "../db/client";
import { hashStatusToken } from "./token";

/** What an anonymous submitter learns with its token: the status and the secretariat's note. Nothing else is looked up. */
export async function getStoryStatusByToken({ token }: { token: string }) {
  if (!token || token.length < 10 || token.length > 200) return null;
  return prisma.goodStory.findUnique({
    where: { statusTokenHash: hashStatusToken(token) },
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
