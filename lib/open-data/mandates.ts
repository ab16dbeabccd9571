import "server-only";
import { prisma } from "../db/client";
import { byLocale, TITLE_FIELDS } from "../i18n/localized";

/** Every mandate, active or not, for the open data (R6: the database is organised by mandate). */
export async function listApiMandates() {
  const mandates = await prisma.mandate.findMany({
    orderBy: [{ kind: "asc" }, { titleEn: "asc" }],
    select: {
      slug: true,
      kind: true,
      body: true,
      ...TITLE_FIELDS,
      established: true,
      active: true,
    },
  });
  return mandates.map((m) => ({
    slug: m.slug,
    titles: byLocale(m, "title"),
    kind: m.kind,
    body: m.body,
    established: m.established,
    active: m.active,
  }));
}
