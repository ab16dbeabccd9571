import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withDeviceCookie } from "@/lib/auth/remember-device";

// The device cookie is only ever needed here, where passwords are checked.
const handler = withDeviceCookie(NextAuth(authOptions) as (req: Request, ctx: unknown) => Promise<Response>, { path: "/api/auth" });
export { handler as GET, handler as POST };
