// Fictional other actors (companies, international organisations, armed groups…), by unique name.
import type { OtherActorKind } from "../../lib/generated/prisma/enums";
import { OTHER_ACTORS, slugify } from "./catalog";
import type { Db, Reference } from "./context";
import { stableUuid } from "./random";
import { YEAR } from "./time";

export type ActorRef = { id: string; name: string; kind: OtherActorKind; homeStateId: string | null };

export async function seedOtherActors(db: Db, ref: Reference, now: Date): Promise<ActorRef[]> {
  const createdAt = new Date(now.getTime() - 6 * YEAR);
  await db.otherActor.createMany({
    data: OTHER_ACTORS.map((a) => ({
      id: stableUuid(`actor:${a.name}`),
      name: a.name,
      kind: a.kind,
      homeStateId: a.homeIso3 ? ref.stateByIso3.get(a.homeIso3)!.id : null,
      email: `contact@${slugify(a.name)}.example`,
      createdAt,
    })),
    skipDuplicates: true,
  });
  const rows = await db.otherActor.findMany({
    where: { name: { in: OTHER_ACTORS.map((a) => a.name) } },
    select: { id: true, name: true, kind: true, homeStateId: true },
    orderBy: { name: "asc" },
  });
  return rows;
}
