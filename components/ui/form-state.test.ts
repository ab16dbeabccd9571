import { describe, expect, it } from "vitest";
import type { ActionState } from "@/lib/server/action";
import { correctedFields, withCorrections } from "./form-state";

const invalid: ActionState = {
  ok: false,
  message: "Please check the fields below.",
  fieldErrors: { start: ["The first day has already passed."], subject: ["Required"] },
  values: { start: "2020-01-01", subject: "" },
};

describe("a form's result once fields are corrected", () => {
  it("is unchanged while nothing was corrected", () => {
    expect(withCorrections(invalid, new Set())).toBe(invalid);
    expect(withCorrections(invalid, new Set(["note"]))).toBe(invalid);
  });

  it("drops the error of a corrected field and keeps the others and the message", () => {
    expect(withCorrections(invalid, new Set(["start"]))).toEqual({
      ok: false,
      message: "Please check the fields below.",
      fieldErrors: { subject: ["Required"] },
      values: { start: "2020-01-01", subject: "" },
    });
  });

  it("drops the general message with the last field error", () => {
    const shown = withCorrections(invalid, new Set(["start", "subject"]));
    expect(shown.fieldErrors).toEqual({});
    expect(shown.message).toBeUndefined();
    expect(shown.values).toEqual(invalid.values);
  });

  it("keeps a message about the whole form, which no field change answers", () => {
    const conflict: ActionState = { ok: false, message: "This step does not apply now.", values: {} };
    expect(withCorrections(conflict, new Set(["start"]))).toBe(conflict);
  });

  it("leaves a success alone", () => {
    const saved: ActionState = { ok: true, message: "Saved." };
    expect(withCorrections(saved, new Set(["start"]))).toBe(saved);
  });
});

describe("the fields an input event corrects", () => {
  it("is the control's name, and for a file input also the upload errors", () => {
    expect(correctedFields({ name: "subject", type: "text" } as unknown as EventTarget)).toEqual(["subject"]);
    expect(correctedFields({ name: "documents", type: "file" } as unknown as EventTarget)).toEqual(["documents", "file"]);
  });

  it("is nothing for a control without a name", () => {
    expect(correctedFields({ name: "", type: "text" } as unknown as EventTarget)).toEqual([]);
    expect(correctedFields(null)).toEqual([]);
  });
});
