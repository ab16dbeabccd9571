import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withDeviceCookie } from "@/lib/auth/remember-device";
import { runWithRequestContext } from "@/lib/core/request-context";
import { clientAddressOf } from "@/lib/core/client-address";

// The device cookie is only ever needed here, where passwords are checked.
const nextAuth = withDeviceCookie(NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>, { path: "/api/auth" });
// The client's address and browser, for the audit entries and sessions of a single sign-on (whose
// callbacks, unlike authorize(), are not given the request).
const handler = (req: Request, ctx: unknown) =>
  runWithRequestContext({ address: clientAddressOf(req.headers), userAgent: req.headers.get("user-agent") }, () => nextAuth(req, ctx));
export { handler as GET, handler as POST };
