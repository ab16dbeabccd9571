import { describe, expect, it } from "vitest";
import { AUDIT_CONFIDENTIAL_FIELDS, auditRecordOf, changedFieldNames } from "./audit-fields";

describe("auditRecordOf", () => {
  it("keeps the names of changed fields and drops confidential values at any depth", () => {
    const record = auditRecordOf(
      "Communication",
      { status: "DRAFT", subject: "Old subject", body: "Old body" },
      { status: "DRAFT", subject: "New subject", body: "New body", confidentialAnnex: "Names", nested: [{ body: "Deep body", kept: 1 }] },
    );
    expect(record.changedFields).toEqual(["body", "confidentialAnnex", "nested", "subject"]);
    expect(record.before).toEqual({ status: "DRAFT" });
    expect(record.after).toEqual({ status: "DRAFT", nested: [{ kept: 1 }] });
  });

  it("never keeps a password, a token or their hashes, whatever the entity", () => {
    const record = auditRecordOf("User", null, { email: "a@b.example", passwordHash: "$2b$", token: "t", tokenHash: "h" });
    expect(record.after).toEqual({ email: "a@b.example" });
    expect(record.changedFields).toEqual(["email", "passwordHash", "token", "tokenHash"]);
  });

  it("refuses an entity type without a list (a new caller must decide what is confidential)", () => {
    expect(() => auditRecordOf("Unlisted", null, { body: "x" })).toThrow(/AUDIT_CONFIDENTIAL_FIELDS/);
  });

  it("lists the fields the issue names as confidential", () => {
    expect(AUDIT_CONFIDENTIAL_FIELDS.Communication).toEqual(expect.arrayContaining(["body", "confidentialAnnex"]));
    expect(AUDIT_CONFIDENTIAL_FIELDS.ReprisalCase).toEqual(expect.arrayContaining(["personsConcerned"]));
    expect(AUDIT_CONFIDENTIAL_FIELDS.QuestionnaireResponse).toEqual(expect.arrayContaining(["answers", "guestName", "guestEmail"]));
    expect(AUDIT_CONFIDENTIAL_FIELDS.AdvisoryCase).toEqual(expect.arrayContaining(["recommendation", "description", "outcome"]));
    expect(AUDIT_CONFIDENTIAL_FIELDS.OfficeHourSlot).toEqual(expect.arrayContaining(["topic", "bookingTopic"]));
    expect(AUDIT_CONFIDENTIAL_FIELDS.PressRelease).toEqual(expect.arrayContaining(["title", "body"]));
  });
});

describe("changedFieldNames", () => {
  it.each([
    ["an update lists what differs", { a: 1, b: 2, id: "x" }, { a: 1, b: 3 }, ["b"]],
    ["a creation lists what it set", null, { a: 1, b: 2 }, ["a", "b"]],
    ["a deletion lists what it removed", { a: 1, b: 2 }, null, ["a", "b"]],
    ["dates compare by value", { at: new Date(0) }, { at: new Date(0) }, []],
  ])("%s", (_label, before, after, expected) => {
    expect(changedFieldNames(JSON.parse(JSON.stringify(before)), JSON.parse(JSON.stringify(after)))).toEqual(expected);
  });
});
