import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { auditFailedSignIn, checkPassword, recordSignIn } from "./verify-credentials";
import { passkeySignInSchema, signInSchema, tooManyAttemptsError } from "./schemas";
import { SECOND_FACTOR_FAILED, SECOND_FACTOR_REQUIRED } from "./sign-in-error";
import { factorStatus, hasAnyFactor, verifySecondFactorCode } from "./second-factor/factors";
import { verifyPasskeyAssertion } from "./second-factor/passkeys";
import { signInThrottle, type SignInAttempt } from "./sign-in-throttle";
import { DEVICE_COOKIE, readCookie, verifyDeviceToken } from "./device-cookie";
import { noteSignedIn } from "./remember-device";
import { clientAddressOf, UNKNOWN_ADDRESS } from "../core/client-address";
import { createUserSession, revokeUserSessions, SESSION_MAX_AGE_S } from "./user-sessions";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { safeAuthRedirect } from "./safe-callback";

// next-auth 4 with credentials and JWT sessions. The token carries only the user id and the id of a
// server-side session (lib/auth/user-sessions.ts); role, bindings and whether the session is still
// live are read from the database on every request (lib/auth/session.ts), so a deactivation, a
// password change or a sign-out takes effect at once, for every copy of the cookie.
function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null as T;
  }
}

async function signedIn(
  user: { id: string; email: string; name: string },
  { address, userAgent, secondFactor }: { address: string; userAgent: string | null; secondFactor: string | null },
) {
  const sessionId = await createUserSession({
    userId: user.id,
    address: address === UNKNOWN_ADDRESS ? null : address,
    userAgent,
    now: now(),
    secondFactor,
  });
  return { id: user.id, email: user.email, name: user.name, sessionId };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Code", type: "text" },
        passkeyChallengeId: { label: "Passkey challenge", type: "text" },
        passkeyResponse: { label: "Passkey response", type: "text" },
      },
      async authorize(raw, req) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password, code, passkeyChallengeId, passkeyResponse } = parsed.data;
        const headers = req?.headers as Record<string, string | undefined> | undefined;
        const deviceId = verifyDeviceToken({
          token: readCookie(headers?.cookie, DEVICE_COOKIE),
          email,
          secret: process.env.NEXTAUTH_SECRET ?? "",
          now: now(),
        });
        const attempt: SignInAttempt = { email, address: clientAddressOf(headers), deviceId };
        const throttle = signInThrottle();
        // Too many failures: refused before the password is even compared (the form says how long to wait).
        const wait = await throttle.blockedFor(attempt);
        if (wait > 0) {
          await auditFailedSignIn({ email, address: attempt.address, refused: true });
          throw new Error(tooManyAttemptsError(wait));
        }
        const user = await checkPassword(email, password);
        if (!user) {
          await throttle.recordFailure(attempt);
          await auditFailedSignIn({ email, address: attempt.address, refused: false });
          return null;
        }
        // The second factor, when the account has one: a code (TOTP or recovery) or a passkey of its own.
        let secondFactor: string | null = null;
        if (hasAnyFactor(await factorStatus(user.id))) {
          if (passkeyChallengeId && passkeyResponse) {
            const owner = await verifyPasskeyAssertion({
              challengeId: passkeyChallengeId,
              response: parseJson(passkeyResponse),
              requireUserVerification: false,
            });
            secondFactor = owner?.userId === user.id ? "passkey" : null;
          } else if (code) {
            secondFactor = await verifySecondFactorCode(user.id, code, now());
          } else {
            // Not a failure: the form now asks for the code.
            throw new Error(SECOND_FACTOR_REQUIRED);
          }
          if (!secondFactor) {
            await throttle.recordFailure(attempt);
            await auditFailedSignIn({ email, address: attempt.address, refused: false, reason: "second-factor" });
            throw new Error(SECOND_FACTOR_FAILED);
          }
        }
        await throttle.recordSuccess(attempt);
        await recordSignIn(user, attempt.address === UNKNOWN_ADDRESS ? undefined : attempt.address, secondFactor);
        noteSignedIn(email);
        return signedIn(user, { address: attempt.address, userAgent: headers?.["user-agent"] ?? null, secondFactor });
      },
    }),
    // A passkey alone (it proves possession, and the authenticator checked a PIN or biometric).
    CredentialsProvider({
      id: "passkey",
      name: "Passkey",
      credentials: {
        passkeyChallengeId: { label: "Passkey challenge", type: "text" },
        passkeyResponse: { label: "Passkey response", type: "text" },
      },
      async authorize(raw, req) {
        const parsed = passkeySignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const headers = req?.headers as Record<string, string | undefined> | undefined;
        const address = clientAddressOf(headers);
        // Failures are counted per address (no account is named before the passkey is checked).
        const attempt: SignInAttempt = { email: "(passkey)", address, deviceId: null };
        const throttle = signInThrottle();
        const wait = await throttle.blockedFor(attempt);
        if (wait > 0) {
          await auditFailedSignIn({ email: "", address, refused: true, reason: "passkey" });
          throw new Error(tooManyAttemptsError(wait));
        }
        const owner = await verifyPasskeyAssertion({
          challengeId: parsed.data.passkeyChallengeId,
          response: parseJson(parsed.data.passkeyResponse),
          requireUserVerification: true,
        });
        const user = owner
          ? await prisma.user.findUnique({
              where: { id: owner.userId },
              select: { id: true, email: true, name: true, role: true, active: true },
            })
          : null;
        if (!user?.active) {
          await throttle.recordFailure(attempt);
          await auditFailedSignIn({ email: "", address, refused: false, reason: "passkey" });
          return null;
        }
        await recordSignIn(user, address === UNKNOWN_ADDRESS ? undefined : address, "passkey");
        noteSignedIn(user.email);
        return signedIn(user, { address, userAgent: headers?.["user-agent"] ?? null, secondFactor: "passkey" });
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub, sessionId: token.sid };
    },
    // Every callbackUrl next-auth follows (query, form field, its callback-url cookie) is reduced
    // to a path of this site (issue 13, item 2).
    async redirect({ url, baseUrl }) {
      return safeAuthRedirect(url, baseUrl);
    },
  },
  events: {
    // Signing out ends the session on the server too: a copy of the cookie no longer works.
    async signOut({ token }) {
      const sid = (token as { sid?: unknown } | null)?.sid;
      if (typeof sid === "string" && token?.sub)
        await revokeUserSessions(prisma, { userId: token.sub, only: sid, reason: "sign-out", now: now() });
    },
  },
};
