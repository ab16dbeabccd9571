import { describe, expect, it } from "vitest";
import { respondentOf } from "./respondent";

const norway = { nameEn: "Norway" };

describe("respondentOf", () => {
  it("names a State user's State, an organisation member's organisation, a guest by the name given", () => {
    expect(
      respondentOf({
        respondent: { role: "STATE", name: "Ola", email: "o@no", organisation: null, stateId: "s", state: norway, memberOf: null },
      }),
    ).toEqual({ role: "STATE", name: "Ola", email: "o@no", organisation: null, stateId: "s", state: norway });
    expect(
      respondentOf({
        respondent: {
          role: "CIVIL_SOCIETY",
          name: "Ana",
          organisation: "Typed long ago",
          state: null,
          memberOf: { name: "Rights Watchers" },
        },
      }).organisation,
    ).toBe("Rights Watchers");
    expect(
      respondentOf({ respondent: { role: "CIVIL_SOCIETY", name: "Ana", organisation: "Network", state: null, memberOf: null } })
        .organisation,
    ).toBe("Network");
    expect(respondentOf({ respondent: null, guestName: "Kim Guest", guestEmail: "kim@x.example" })).toEqual({
      role: "GUEST",
      name: "Kim Guest",
      email: "kim@x.example",
      organisation: null,
      stateId: null,
      state: null,
    });
    expect(respondentOf({ respondent: null, guestName: "Kim Guest" }).email).toBe("");
  });
});
