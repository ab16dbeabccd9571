import { describe, expect, it } from "vitest";
import {
  addMissionUserSchema,
  decideRoleGrantSchema,
  requestRoleGrantSchema,
  setMemberActiveSchema,
  setMissionAdminSchema,
} from "./access-schemas";

const ID = "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

describe("a mission administrator's new user (issue 12, item 5)", () => {
  it("is a name and an email only: a role or a State in the form is dropped", () => {
    const r = addMissionUserSchema.parse({ name: " Ingrid Berg ", email: " Ingrid@Norway.EXAMPLE ", role: "ADMIN", stateId: ID });
    expect(r).toEqual({ name: "Ingrid Berg", email: "ingrid@norway.example" });
  });
  it.each([
    ["a one-letter name", { name: "I", email: "i@n.example" }, "name"],
    ["a bad email", { name: "Ingrid", email: "ingrid" }, "email"],
  ])("rejects %s on its field", (_label, input, field) => {
    const r = addMissionUserSchema.safeParse(input);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual([field]);
  });
  it("reads the form's booleans and user ids", () => {
    expect(setMemberActiveSchema.parse({ userId: ID, active: "false" }).active).toBe(false);
    expect(setMissionAdminSchema.parse({ userId: ID, missionAdmin: "true" }).missionAdmin).toBe(true);
    expect(setMemberActiveSchema.safeParse({ userId: "x", active: "true" }).success).toBe(false);
  });
});

describe("four eyes (issue 12, item 6)", () => {
  it("asks only for a privileged role", () => {
    expect(requestRoleGrantSchema.safeParse({ email: "a@b.example", role: "SECRETARIAT" }).success).toBe(true);
    expect(requestRoleGrantSchema.safeParse({ email: "a@b.example", role: "ADMIN" }).success).toBe(true);
    expect(requestRoleGrantSchema.safeParse({ email: "a@b.example", role: "STATE" }).success).toBe(false);
  });
  it("decides by approving or refusing, nothing else", () => {
    expect(decideRoleGrantSchema.safeParse({ requestId: ID, decision: "approve" }).success).toBe(true);
    expect(decideRoleGrantSchema.safeParse({ requestId: ID, decision: "refuse" }).success).toBe(true);
    expect(decideRoleGrantSchema.safeParse({ requestId: ID, decision: "self-approve" }).success).toBe(false);
  });
});
