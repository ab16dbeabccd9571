import { describe, expect, it } from "vitest";
import ar from "./letter-wording/ar.json" with { type: "json" };
import en from "./letter-wording/en.json" with { type: "json" };
import { isLetterLocale, LETTER_LOCALES, letterDate, letterDeadline, mandatesHeader, WORDING } from "./letter-wording";
import es from "./letter-wording/es.json" with { type: "json" };
import fr from "./letter-wording/fr.json" with { type: "json" };
import ru from "./letter-wording/ru.json" with { type: "json" };
import zh from "./letter-wording/zh.json" with { type: "json" };

// The shape of a JSON document: its keys, nested, in order.
function shape(value: unknown): unknown {
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

const MARCH_12 = new Date("2026-03-12T08:00:00Z");
// 23:59 on 11 May in Geneva (CEST, UTC+2).
const MAY_11_LATE = new Date("2026-05-11T21:59:00Z");

describe("letter wording in six languages", () => {
  it("has the same keys in every language's file, and every placeholder filled", () => {
    for (const file of [fr, es, ar, zh, ru]) expect(shape(file)).toEqual(shape(en));
    for (const locale of LETTER_LOCALES) {
      const w = WORDING[locale];
      for (const text of [w.place("D"), w.replyBy("D"), w.page(2, 3)]) expect(text).not.toMatch(/[{}]/);
      expect(w.page(2, 3)).toMatch(/2.*3/);
    }
    expect(isLetterLocale("ar")).toBe(true);
    expect(isLetterLocale("de")).toBe(false);
  });

  it("dates letters in each language, in Geneva, Arabic with Latin digits and both month names", () => {
    expect(letterDate(MARCH_12, "en")).toBe("12 March 2026");
    expect(letterDate(MARCH_12, "ar")).toBe("12 آذار/مارس 2026");
    expect(letterDate(MARCH_12, "zh")).toBe("2026年3月12日");
    expect(letterDate(MARCH_12, "ru")).toBe("12 марта 2026 г.");
    expect(letterDeadline(MAY_11_LATE, "ar")).toBe("11 أيار/مايو 2026 في 23:59");
    expect(letterDeadline(MAY_11_LATE, "zh")).toBe("2026年5月11日 23:59");
    expect(letterDeadline(MAY_11_LATE, "ru")).toMatch(/^11 мая 2026 г\.,? в? ?23:59$/);
    for (const locale of LETTER_LOCALES) expect(letterDeadline(MAY_11_LATE, locale)).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it("puts the head of a Russian title in the genitive after «Мандат»", () => {
    expect(mandatesHeader(["Специальный докладчик по вопросу о пытках"], "ru")).toBe("Мандат Специального докладчика по вопросу о пытках");
    expect(
      mandatesHeader(
        [
          "Специальный докладчик по вопросу о пытках",
          "Рабочая группа по произвольным задержаниям",
          "Независимый эксперт по вопросу о положении в области прав человека в Сомали",
        ],
        "ru",
      ),
    ).toBe(
      "Мандаты Специального докладчика по вопросу о пытках; Рабочей группы по произвольным задержаниям и Независимого эксперта по вопросу о положении в области прав человека в Сомали",
    );
    expect(mandatesHeader(["Назначенный эксперт по Гаити"], "ru")).toBe("Мандат Назначенного эксперта по Гаити");
    // A title already in the genitive, or with another head, is left as stored.
    expect(mandatesHeader(["Рабочей группы по произвольным задержаниям"], "ru")).toBe("Мандат Рабочей группы по произвольным задержаниям");
  });

  it("joins Arabic titles by construct with «و» attached, and Chinese after the full-width colon", () => {
    expect(mandatesHeader(["المقرر الخاص المعني بالحق في التعليم"], "ar")).toBe("ولاية المقرر الخاص المعني بالحق في التعليم");
    expect(mandatesHeader(["المقرر الخاص المعني بالحق في التعليم", "الفريق العامل المعني بالاحتجاز التعسفي", "الخبير المستقل"], "ar")).toBe(
      "ولايات المقرر الخاص المعني بالحق في التعليم؛ الفريق العامل المعني بالاحتجاز التعسفي والخبير المستقل",
    );
    expect(mandatesHeader(["酷刑问题特别报告员"], "zh")).toBe("任务：酷刑问题特别报告员");
    expect(mandatesHeader(["酷刑问题特别报告员", "任意拘留问题工作组", "索马里人权状况独立专家"], "zh")).toBe(
      "各项任务：酷刑问题特别报告员；任意拘留问题工作组和索马里人权状况独立专家",
    );
  });
});
