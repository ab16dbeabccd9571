import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, languageChoice } from "@/lib/i18n/language-choice";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { route } from "@/lib/server/route";
import { setOwnLocale } from "@/lib/users/set-own-locale";

// The language switcher (components/layout/language-switcher.tsx) is a plain HTML form that posts
// here: it works without JavaScript, and unlike a server action's form it has a real `action`
// (React gives a server action's form action="", which is not valid HTML). Remembers the language
// on this browser and, for a signed-in user, as the language of their account (their mail's too;
// audited, lib/users/set-own-locale.ts), and sends the visitor back to the page they were on. The
// public response cache is not emptied: its key includes the language, and the account's language
// is nothing a visitor sees (NOTHING_PUBLIC in lib/platform/write-audit.ts).
export const POST = route(
  async (request: Request) => {
    const form = await request.formData();
    const { locale, location } = languageChoice(form.get("locale"), request.headers.get("referer"));
    if (locale) {
      (await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
      const actor = await getActor();
      if (actor && can(actor, "account:own")) await setOwnLocale({ actor, locale });
    }
    // A relative Location (RFC 9110): the path on whichever host the visitor used.
    return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
  },
  { changesPublicData: false },
);
