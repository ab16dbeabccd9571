import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALE_COOKIE_OPTIONS, languageChoice } from "@/lib/i18n/language-choice";

// The language switcher (components/layout/language-switcher.tsx) is a plain HTML form that posts
// here: it works without JavaScript, and unlike a server action's form it has a real `action`
// (React gives a server action's form action="", which is not valid HTML). Remembers the language
// and sends the visitor back to the page they were on. A preference, not portal data: no audit
// entry, and the public response cache is not emptied (its key includes the language).
export async function POST(request: Request) {
  const form = await request.formData();
  const { locale, location } = languageChoice(form.get("locale"), request.headers.get("referer"));
  if (locale) (await cookies()).set(LOCALE_COOKIE, locale, LOCALE_COOKIE_OPTIONS);
  // A relative Location (RFC 9110): the path on whichever host the visitor used.
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
