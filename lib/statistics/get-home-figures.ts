import "server-only";
import { prisma } from "../db/client";
import { publicCommunicationScope } from "../communications/scope";

/**
 * Headline figures for the home page; counts only what the public may see (issue 13, item 8): the
 * published communications (sent and past their reply period, R5) and the replies to them — a
 * letter still inside its reply period is not public, and neither is the fact that it exists.
 */
export async function getHomeFigures({ now }: { now: Date }) {
  const published = publicCommunicationScope(now);
  const [states, thematic, country, communications, replies] = await Promise.all([
    prisma.state.count(),
    prisma.mandate.count({ where: { active: true, kind: "THEMATIC" } }),
    prisma.mandate.count({ where: { active: true, kind: "COUNTRY" } }),
    prisma.communication.count({ where: published }),
    prisma.communicationReply.count({ where: { communication: published } }),
  ]);
  return { states, thematic, country, communications, replies };
}
