import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { AppError } from "../core/errors";
import { isLocale } from "../i18n/config";
import { writeAudit } from "../platform/write-audit";

/**
 * A signed-in user's choice of language in the switcher becomes the language of their account
 * (User.locale): the interface's on a browser that has not chosen one (lib/i18n/config.ts
 * requestLocale), and the one their mail is written in. Audited with the old and new language; a
 * choice of the language the account already has changes nothing and records nothing.
 */
export async function setOwnLocale({ actor, locale }: { actor: Actor; locale: string }): Promise<void> {
  assertCan(actor, "account:own");
  if (!isLocale(locale)) throw new AppError("INVALID_INPUT", "Not a language of the portal");
  await prisma.$transaction(async (tx) => {
    const { locale: before } = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { locale: true } });
    if (before === locale) return;
    await tx.user.update({ where: { id: actor.userId }, data: { locale } });
    await writeAudit(tx, {
      actor,
      action: "user.set-own-locale",
      entityType: "User",
      entityId: actor.userId,
      before: { locale: before },
      after: { locale },
    });
  });
}
