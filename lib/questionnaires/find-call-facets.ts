import "server-only";
import { prisma } from "../db/client";
import { publicCallScope } from "./scope";

/** The choices of the public filters: mandates that have issued a call, and every theme (R14). */
export async function findCallFacets({ now }: { now: Date }) {
  const [mandates, themes] = await Promise.all([
    prisma.mandate.findMany({
      where: { questionnaires: { some: { questionnaire: { is: publicCallScope(now) } } } },
      orderBy: { titleEn: "asc" },
      select: { slug: true, titleEn: true, titleFr: true, titleEs: true },
    }),
    prisma.theme.findMany({ orderBy: [{ kind: "asc" }, { sdgNumber: "asc" }, { slug: "asc" }], select: { slug: true, nameEn: true, nameFr: true, nameEs: true } }),
  ]);
  return { mandates, themes };
}
