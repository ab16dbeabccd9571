import { NextResponse } from "next/server";
import { passkeyAuthenticationOptions } from "@/lib/auth/second-factor/passkeys";

// A challenge for signing in with a passkey (lib/auth/second-factor/passkeys.ts): kept in the database
// for five minutes, used once by the sign-in (lib/auth/options.ts).
export async function POST() {
  const { challengeId, options } = await passkeyAuthenticationOptions();
  return NextResponse.json({ challengeId, options }, { headers: { "Cache-Control": "no-store" } });
}
