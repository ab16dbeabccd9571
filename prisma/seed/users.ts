// Demo accounts, one per role (and a second State and a co-signing holder). Created when missing
// and never modified afterwards, so a re-run leaves them (and their password hashes) untouched.
import bcrypt from "bcryptjs";
import type { Role } from "../../lib/generated/prisma/enums";
import type { Db, DemoUserIds, HolderRef, Log, StateRef } from "./context";
import { stableUuid } from "./random";
import { PASSWORD_HASH_COST } from "../../lib/auth/password";

export type DemoAccount = {
  role: "SECRETARIAT" | "MANDATE_HOLDER" | "STATE" | "CIVIL_SOCIETY" | "ADMIN";
  email: string;
  password: string;
  name: string;
  description: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: "SECRETARIAT",
    email: "secretariat@sp-portal.example",
    password: "Secretariat-demo-2026",
    name: "Demo Secretariat Officer",
    description: "OHCHR secretariat: sees everything, reviews and dispatches communications, moderates.",
  },
  {
    role: "SECRETARIAT",
    email: "secretariat2@sp-portal.example",
    password: "Secretariat2-demo-2026",
    name: "Demo Second Secretariat Officer",
    description: "A second OHCHR officer: clears the public summaries of reprisal cases another officer wrote (four eyes).",
  },
  {
    role: "MANDATE_HOLDER",
    email: "holder@sp-portal.example",
    password: "Holder-demo-2026",
    name: "Demo Mandate Holder",
    description: "Current Special Rapporteur on the situation of human rights defenders (fictional).",
  },
  {
    role: "MANDATE_HOLDER",
    email: "cosigner@sp-portal.example",
    password: "Cosigner-demo-2026",
    name: "Demo Co-signing Mandate Holder",
    description: "Current Special Rapporteur on freedom of opinion and expression (fictional); invited to co-sign.",
  },
  {
    role: "STATE",
    email: "state@sp-portal.example",
    password: "State-demo-2026",
    name: "Demo Mission of Norway",
    description: "Permanent Mission of Norway: replies to communications, answers visit requests.",
  },
  {
    role: "STATE",
    email: "state2@sp-portal.example",
    password: "State2-demo-2026",
    name: "Demo Mission of Brazil",
    description: "Permanent Mission of Brazil: a State with many communications.",
  },
  {
    role: "CIVIL_SOCIETY",
    email: "civil@sp-portal.example",
    password: "Civil-demo-2026",
    name: "Demo Civil Society User",
    description: "Example Human Rights Network: answers calls for input, submits good stories.",
  },
  {
    role: "ADMIN",
    email: "admin@sp-portal.example",
    password: "Admin-demo-2026",
    name: "Demo Administrator",
    description: "Manages users and settings.",
  },
];

/**
 * The fixed TOTP keys of the demo accounts whose role requires a second factor (README, "Demo
 * accounts"): public, so stored as they are ("plain:", lib/auth/second-factor/secret-box.ts).
 * `npm run demo:code -- <email>` prints the current code.
 */
export const DEMO_TOTP_KEYS: Readonly<Record<string, string>> = {
  "secretariat@sp-portal.example": "SPPORTALDEMOSECRETARIATKEY234567",
  "admin@sp-portal.example": "SPPORTALDEMOADMINISTRATORKEY2345",
  "secretariat2@sp-portal.example": "SPPORTALDEMOSECRETARIATTWOKEY234",
};

const KEYS: Record<string, keyof DemoUserIds> = {
  "secretariat@sp-portal.example": "secretariat",
  "secretariat2@sp-portal.example": "secretariat2",
  "holder@sp-portal.example": "holder",
  "cosigner@sp-portal.example": "cosigner",
  "state@sp-portal.example": "state",
  "state2@sp-portal.example": "state2",
  "civil@sp-portal.example": "civil",
  "admin@sp-portal.example": "admin",
};

export type UserBindings = { holder: HolderRef; cosigner: HolderRef; state: StateRef; state2: StateRef };

export async function seedUsers(db: Db, bindings: UserBindings, log: Log): Promise<DemoUserIds> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const existing = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const have = new Set(existing.map((u) => u.email));
  const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
  if (missing.length) {
    // A holder can be bound to one user only: skip the binding if someone else already has it.
    const taken = new Set(
      (
        await db.user.findMany({
          where: { mandateHolderId: { in: [bindings.holder.id, bindings.cosigner.id] } },
          select: { mandateHolderId: true },
        })
      ).map((u) => u.mandateHolderId),
    );
    const holderFor = (h: HolderRef) => (taken.has(h.id) ? null : h.id);
    await db.user.createMany({
      data: missing.map((a) => {
        const key = KEYS[a.email]!;
        return {
          id: stableUuid(`user:${a.email}`),
          email: a.email,
          name: a.name,
          passwordHash: bcrypt.hashSync(a.password, PASSWORD_HASH_COST),
          role: a.role as Role,
          stateId: key === "state" ? bindings.state.id : key === "state2" ? bindings.state2.id : null,
          mandateHolderId: key === "holder" ? holderFor(bindings.holder) : key === "cosigner" ? holderFor(bindings.cosigner) : null,
          organisation: key === "civil" ? "Example Human Rights Network" : null,
          // Each demo mission's account administers its mission (issue 12, item 5).
          missionAdmin: key === "state" || key === "state2",
          ...(DEMO_TOTP_KEYS[a.email]
            ? { totpSecret: `plain:${DEMO_TOTP_KEYS[a.email]}`, totpEnabledAt: new Date("2026-01-01T00:00:00Z") }
            : {}),
        };
      }),
      skipDuplicates: true,
    });
    log(`Demo accounts: ${missing.length} created`);
  }
  // Demo databases made before second factors existed: their secretariat and admin get the demo key
  // (without one they could reach only the enrolment page).
  for (const [email, totpKey] of Object.entries(DEMO_TOTP_KEYS)) {
    await db.user.updateMany({
      where: { email, totpSecret: null, totpEnabledAt: null, passkeys: { none: {} } },
      data: { totpSecret: `plain:${totpKey}`, totpEnabledAt: new Date("2026-01-01T00:00:00Z") },
    });
  }
  const rows = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const ids = {} as DemoUserIds;
  for (const u of rows) ids[KEYS[u.email]!] = u.id;
  return ids;
}
