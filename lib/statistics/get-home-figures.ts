import "server-only";
import { prisma } from "../db/client";

/** Headline figures for the home page; counts only what the public may see. */
export async function getHomeFigures(now = new Date()) {
  const [states, thematic, country, communications, replies] = await Promise.all([
    prisma.state.count(),
    prisma.mandate.count({ where: { active: true, kind: "THEMATIC" } }),
    prisma.mandate.count({ where: { active: true, kind: "COUNTRY" } }),
    prisma.communication.count({ where: { status: "SENT", sentAt: { lte: now } } }),
    prisma.communicationReply.count({ where: { communication: { status: "SENT" } } }),
  ]);
  return { states, thematic, country, communications, replies };
}
