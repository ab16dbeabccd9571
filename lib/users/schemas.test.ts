import { describe, expect, it } from "vitest";
import { createUserSchema, setUserActiveSchema } from "./schemas";
import { signInSchema } from "../auth/schemas";

const STATE_ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const base = { name: "Ana Pereira", email: " Ana@Example.ORG ", stateId: "", mandateHolderId: "" };

describe("createUserSchema", () => {
  it("normalises the email and empties optional bindings", () => {
    const r = createUserSchema.parse({ ...base, role: "SECRETARIAT" });
    expect(r.email).toBe("ana@example.org");
    expect(r.stateId).toBeNull();
    expect(r.mandateHolderId).toBeNull();
    // No password: the person chooses it through the invitation, mailed in English unless told otherwise.
    expect(r).not.toHaveProperty("password");
    expect(r.locale).toBe("en");
  });
  it("requires a State for a State user, on the stateId field", () => {
    const r = createUserSchema.safeParse({ ...base, role: "STATE" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["stateId", "users.stateRequired"]);
    expect(createUserSchema.safeParse({ ...base, role: "STATE", stateId: STATE_ID }).success).toBe(true);
  });
  it("requires a holder for a mandate holder user", () => {
    const r = createUserSchema.safeParse({ ...base, role: "MANDATE_HOLDER" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("mandateHolderId");
  });
  it.each([
    ["unknown language", { locale: "de" }, "locale"],
    ["bad email", { email: "not-an-email" }, "email"],
    ["unknown role", { role: "ROOT" }, "role"],
    ["malformed State id", { role: "STATE", stateId: "x" }, "stateId"],
    ["one-letter name", { name: "A" }, "name"],
  ])("rejects %s", (_label, patch, field) => {
    const r = createUserSchema.safeParse({ ...base, role: "SECRETARIAT", ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("setUserActiveSchema", () => {
  it("reads the form's string booleans", () => {
    expect(setUserActiveSchema.parse({ userId: STATE_ID, active: "false" }).active).toBe(false);
    expect(setUserActiveSchema.safeParse({ userId: STATE_ID, active: "maybe" }).success).toBe(false);
  });
});

describe("signInSchema", () => {
  it("accepts a valid pair and lower-cases the email", () => {
    expect(signInSchema.parse({ email: "X@Y.ORG", password: "p" }).email).toBe("x@y.org");
  });
  it("rejects an empty password or a bad email", () => {
    expect(signInSchema.safeParse({ email: "x@y.org", password: "" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "nope", password: "p" }).success).toBe(false);
  });
});

describe("changing one's own password", () => {
  it("needs the current password and a new one of 12 characters or more, typed twice alike", async () => {
    const { changeOwnPasswordSchema } = await import("./schemas");
    const ok = { currentPassword: "old one", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" };
    expect(changeOwnPasswordSchema.safeParse(ok).success).toBe(true);
    const short = changeOwnPasswordSchema.safeParse({ ...ok, newPassword: "too short", confirmPassword: "too short" });
    expect(short.success ? [] : short.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["newPassword", "users.passwordTooShort"],
    ]);
    const differ = changeOwnPasswordSchema.safeParse({ ...ok, confirmPassword: "a brand new passphrasE" });
    expect(differ.success ? [] : differ.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["confirmPassword", "users.passwordsDiffer"],
    ]);
    expect(changeOwnPasswordSchema.safeParse({ ...ok, currentPassword: "" }).success).toBe(false);
  });
});
