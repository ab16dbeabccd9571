import { describe, expect, it } from "vitest";
import { formValues, withoutSecrets, zodLocaleError } from "./form";
import { z } from "zod";

describe("formValues", () => {
  it("keeps strings, gathers repeated names, drops React's action fields and files", () => {
    const fd = new FormData();
    fd.append("name", "Ana");
    fd.append("theme", "a");
    fd.append("theme", "b");
    fd.append("$ACTION_ID_123", "");
    fd.append("file", new Blob(["x"]), "x.txt");
    expect(formValues(fd)).toEqual({ name: "Ana", theme: ["a", "b"] });
  });
  it("never echoes secrets back to the form", () => {
    expect(withoutSecrets({ email: "a@b.c", password: "x", newPassword: "y" })).toEqual({ email: "a@b.c" });
  });
  it("gives zod messages in the user's language", () => {
    const schema = z.string().min(3);
    const fr = schema.safeParse("a", { error: zodLocaleError("fr") }).error?.issues[0]?.message;
    const en = schema.safeParse("a", { error: zodLocaleError("en") }).error?.issues[0]?.message;
    expect(fr).not.toBe(en);
    expect(fr).toMatch(/petit|court/i);
  });
});
