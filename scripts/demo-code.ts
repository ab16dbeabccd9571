// npm run demo:code -- <email>: the current authenticator code of a demo account (README, "Demo accounts").
import { DEMO_TOTP_KEYS } from "../prisma/seed/users";
import { totpCode } from "../lib/auth/second-factor/totp";

const email = (process.argv[2] ?? "").trim().toLowerCase();
const key = DEMO_TOTP_KEYS[email];
if (!key) {
  console.error(`Usage: npm run demo:code -- <email>, one of: ${Object.keys(DEMO_TOTP_KEYS).join(", ")}`);
  process.exit(1);
}
const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
// A code opens one sign-in: the next sign-in needs the code of a later step (lib/auth/second-factor/factors.ts).
console.log(`${totpCode(key, now)}  (accepted once, for about ${left + 30} more seconds; the next code comes in ${left} s)`);
