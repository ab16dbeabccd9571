import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { auditFailedSignIn, verifyCredentials } from "./verify-credentials";
import { signInSchema, tooManyAttemptsError } from "./schemas";
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
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
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
        const user = await verifyCredentials(email, password, attempt.address);
        if (!user) {
          await throttle.recordFailure(attempt);
          await auditFailedSignIn({ email, address: attempt.address, refused: false });
          return null;
        }
        await throttle.recordSuccess(attempt);
        noteSignedIn(email);
        const sessionId = await createUserSession({
          userId: user.id,
          address: attempt.address === UNKNOWN_ADDRESS ? null : attempt.address,
          userAgent: headers?.["user-agent"] ?? null,
          now: now(),
        });
        return { id: user.id, email: user.email, name: user.name, sessionId };
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
