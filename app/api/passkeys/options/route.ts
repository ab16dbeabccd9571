import { NextResponse } from "next/server";
import { route } from "@/lib/server/route";
import { clientAddressOf } from "@/lib/core/client-address";
import { problemDocument, problemResponse } from "@/lib/core/problem";
import { passkeyOptionsThrottle } from "@/lib/auth/anonymous-throttle";
import { passkeyAuthenticationOptions } from "@/lib/auth/second-factor/passkeys";

// A challenge for signing in with a passkey (lib/auth/second-factor/passkeys.ts): kept in the database
// for five minutes, used once by the sign-in (lib/auth/options.ts). Asked for before anyone is known,
// so counted per address and in total (lib/auth/anonymous-throttle.ts): past the limit, 429.
export const POST = route(async (request: Request) => {
  const verdict = await passkeyOptionsThrottle().consume(clientAddressOf(request.headers));
  if (!verdict.allowed) {
    const res = problemResponse(problemDocument({ code: "TOO_MANY_REQUESTS" }));
    res.headers.set("Retry-After", String(verdict.retryAfterSeconds));
    return res;
  }
  const { challengeId, options } = await passkeyAuthenticationOptions();
  return NextResponse.json({ challengeId, options }, { headers: { "Cache-Control": "no-store" } });
});
