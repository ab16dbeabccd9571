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
console.log(`${totpCode(key, now)}  (accepted for about ${left + 30} more seconds)`);
