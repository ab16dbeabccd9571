import "server-only";
import bcrypt from "bcryptjs";
import { PASSWORD_HASH_COST, passwordMatches } from "../users/password";
import { prisma } from "../db/client";
import { writeAudit } from "../audit/write-audit";

// Compared against when the email is unknown, so response time does not reveal which accounts exist.
let dummyHash: string | undefined;

export async function verifyCredentials(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, role: true },
  });
  const ok = await passwordMatches(password, user?.passwordHash ?? (dummyHash ??= bcrypt.hashSync("no-such-user", PASSWORD_HASH_COST)));
  if (!user || !user.active || !ok) return null;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await writeAudit(tx, { actor: { userId: user.id, role: user.role }, action: "auth.sign-in", entityType: "User", entityId: user.id });
  });
  return { id: user.id, email: user.email, name: user.name };
}
