import { describe, expect, it } from "vitest";
import { themeLabel } from "./theme-label";

const names = {
  nameEn: "Climate action",
  nameFr: "Mesures relatives à la lutte contre les changements climatiques",
  nameEs: "Acción por el clima",
  nameAr: "العمل المناخي",
  nameZh: "气候行动",
  nameRu: "Борьба с изменением климата",
};

describe("themeLabel", () => {
  it("numbers a Sustainable Development Goal, in the reader's language", () => {
    expect(themeLabel({ ...names, sdgNumber: 13 }, "en")).toBe("SDG 13 — Climate action");
    expect(themeLabel({ ...names, sdgNumber: 13 }, "zh")).toBe("SDG 13 — 气候行动");
  });
  it("gives a cross-cutting theme its name alone", () => {
    expect(themeLabel({ ...names, nameEn: "Gender", sdgNumber: null }, "en")).toBe("Gender");
  });
});
