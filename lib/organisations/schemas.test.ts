import { describe, expect, it } from "vitest";
import { decideOrganisationSchema, registerOrganisationSchema } from "./schemas";

const ID = "00000000-0000-4000-8000-000000000001";
const registration = {
  name: "  Rights Watchers ",
  countryId: ID,
  website: "rights.example",
  contactName: "Ana Contact",
  contactEmail: " Ana@Rights.Example ",
  newPassword: "a long enough passphrase",
  confirmPassword: "a long enough passphrase",
};

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("registerOrganisationSchema", () => {
  it("trims, lowercases the address and gives the website a scheme", () => {
    expect(registerOrganisationSchema.parse(registration)).toMatchObject({
      name: "Rights Watchers",
      contactEmail: "ana@rights.example",
      website: "https://rights.example/",
    });
  });
  it("names each bad field: website, country, address, short or differing passwords", () => {
    const r = registerOrganisationSchema.safeParse({
      ...registration,
      website: "not a site",
      countryId: "",
      contactEmail: "nobody",
      newPassword: "short",
      confirmPassword: "other",
    });
    expect(errorsOf(r)).toMatchObject({
      website: "organisations.websiteInvalid",
      countryId: "organisations.countryRequired",
      contactEmail: "organisations.emailInvalid",
      newPassword: "users.passwordTooShort",
    });
    expect(errorsOf(registerOrganisationSchema.safeParse({ ...registration, confirmPassword: "a different passphrase" }))).toEqual({
      confirmPassword: "users.passwordsDiffer",
    });
  });
});

describe("decideOrganisationSchema", () => {
  it("approves without a reason, refuses only with one", () => {
    expect(decideOrganisationSchema.parse({ organisationId: ID, decision: "approve", reason: "" })).toEqual({
      organisationId: ID,
      decision: "approve",
      reason: null,
    });
    expect(errorsOf(decideOrganisationSchema.safeParse({ organisationId: ID, decision: "refuse", reason: " no " }))).toEqual({
      reason: "organisations.reasonRequired",
    });
    expect(
      decideOrganisationSchema.safeParse({ organisationId: ID, decision: "refuse", reason: "Not a civil-society organisation." }).success,
    ).toBe(true);
  });
});
