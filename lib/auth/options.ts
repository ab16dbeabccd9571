import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "./verify-credentials";
import { signInSchema, TOO_MANY_ATTEMPTS } from "./schemas";
import { clientAddress, signInThrottle } from "./sign-in-throttle";
import { safeAuthRedirect } from "./safe-callback";

// next-auth 4 with credentials and JWT sessions. The token carries only the user id; role and
// bindings are read from the database on every request (lib/auth/session.ts), so a deactivated
// user or a changed role takes effect at once.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientAddress(req?.headers);
        // Too many failures: refused before the password is even compared (the form says so).
        if ((await signInThrottle.blockedFor(parsed.data.email, ip)) > 0) throw new Error(TOO_MANY_ATTEMPTS);
        const user = await verifyCredentials(parsed.data.email, parsed.data.password);
        if (!user) {
          await signInThrottle.recordFailure(parsed.data.email, ip);
          return null;
        }
        await signInThrottle.recordSuccess(parsed.data.email, ip);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
    // Every callbackUrl next-auth follows (query, form field, its callback-url cookie) is reduced
    // to a path of this site (issue 13, item 2).
    async redirect({ url, baseUrl }) {
      return safeAuthRedirect(url, baseUrl);
    },
  },
};
