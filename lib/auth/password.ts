import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { z } from "zod";

// Passwords: one rule for a new password, one way to hash it (bcrypt, cost 10), one way to check it.

/** A password someone chooses (an admin for a new user, a user for their own account). */
export const newPasswordSchema = z.string().min(12, { message: "users.passwordTooShort" }).max(200);

export const PASSWORD_HASH_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_HASH_COST);
}

export function passwordMatches(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** The hash of a password nobody knows: an account with it cannot be signed in to until its owner sets one. */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("base64url"));
}
