import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { auditFailedSignIn, checkPassword, recordSignIn } from "./verify-credentials";
import { PASSWORD_SIGN_IN_DISABLED, passkeySignInSchema, signInSchema, tooManyAttemptsError } from "./schemas";
import { EMAIL_UNCONFIRMED, SECOND_FACTOR_FAILED, SECOND_FACTOR_REQUIRED } from "./sign-in-error";
import { factorStatus, hasAnyFactor, verifySecondFactorCode } from "./second-factor/factors";
import { verifyPasskeyAssertion } from "./second-factor/passkeys";
import { DEFAULT_OIDC_NAME, OIDC_PROVIDER_ID, oidcConfigFromEnv, type OidcConfig } from "./oidc-config";
import { SSO_ERROR_CODES } from "./oidc-claims";
import { ssoSignIn } from "./sso-sign-in";
import { currentRequestContext } from "../core/request-context";
import { signInThrottle, type SignInAttempt } from "./sign-in-throttle";
import { DEVICE_COOKIE, readCookie, verifyDeviceToken } from "./device-cookie";
import { noteSignedIn } from "./remember-device";
import { clientAddressOf, UNKNOWN_ADDRESS } from "../core/client-address";
import { createUserSession, revokeUserSessions, SESSION_MAX_AGE_S } from "./user-sessions";
import { prisma } from "../db/client";
import { now } from "../core/clock";
import { safeAuthRedirect } from "./safe-callback";

const oidc = oidcConfigFromEnv();

/**
 * Single sign-on (issue 12, item 7): an OpenID Connect provider found through the issuer's discovery
 * document, authorization code flow with PKCE, state and nonce, the profile read from the ID token
 * (signature, issuer, audience and nonce checked by openid-client). Who the person is in the portal
 * is decided in the signIn callback below (lib/auth/sso-sign-in.ts), never by the provider.
 */
function oidcProvider(config: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name ?? DEFAULT_OIDC_NAME,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // Only the subject here; the portal's account is found from the verified email in signIn.
    profile: (claims) => ({ id: String(claims.sub ?? "") }),
  };
}

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
        const checked = await checkPassword(email, password);
        if (!checked.ok) {
          // Counted as a failure either way; with the right password of an account that signs in through
          // single sign-on only, the form says so (whoever knows the password learns nothing new).
          await throttle.recordFailure(attempt);
          const disabled = checked.reason === "password-sign-in-disabled";
          const unconfirmed = checked.reason === "email-unconfirmed";
          await auditFailedSignIn({
            email,
            address: attempt.address,
            refused: false,
            ...(disabled || unconfirmed ? { reason: checked.reason as "password-sign-in-disabled" | "email-unconfirmed" } : {}),
          });
          if (disabled) throw new Error(PASSWORD_SIGN_IN_DISABLED);
          // Issue 17, item 3: the right password of a registration whose e-mail is not confirmed yet.
          if (unconfirmed) throw new Error(EMAIL_UNCONFIRMED);
          return null;
        }
        const { user } = checked;
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
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    // A single sign-on is let in only for an existing, active account with the provider's verified
    // address; the session (method "oidc") is created here and its id handed to the jwt callback on
    // the user object (next-auth passes the same object on when there is no adapter).
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      if (!oidc || !profile) return false;
      const context = currentRequestContext();
      const result = await ssoSignIn({
        claims: profile as Record<string, unknown>,
        config: oidc,
        address: context?.address && context.address !== UNKNOWN_ADDRESS ? context.address : null,
        userAgent: context?.userAgent ?? null,
        now: now(),
      });
      if (!result.ok) return `/signin?error=${SSO_ERROR_CODES[result.reason]}`;
      Object.assign(user, { id: result.user.id, email: result.user.email, name: result.user.name, sessionId: result.sessionId });
      return true;
    },
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
