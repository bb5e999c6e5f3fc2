// Bad input: texts that are all quotes, all numbers, a single sentence, another language, or
// empty lines. Signals must not crash, and length alone must never produce a high finding.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const cases: Record<string, string> = {
  "all quotes": Array.from({ length: 20 }, (_, i) => `“We will rebuild the bridge number ${i},” she said. “It will take time.”`).join("\n"),
  "all numbers": Array.from({ length: 300 }, (_, i) => `${i * 17} ${i + 0.5} 1,000`).join("\n"),
  "a single sentence": "The bridge reopened on Tuesday.",
  "another language": "Die Brücke über die Donau wurde am Dienstag wieder geöffnet. Der Bürgermeister sagte, die Reparatur habe drei Monate gedauert. ".repeat(12),
  "Cyrillic text": "Мост через Дунай снова открыли во вторник. Мэр сказал, что ремонт занял три месяца. ".repeat(15),
  "one repeated word": "bridge ".repeat(400),
  "punctuation only": "… — ! ? “ ” ** ## {{ }}",
};

describe("bad input", () => {
  for (const [name, text] of Object.entries(cases)) {
    it(`handles ${name} without a crash or a high finding`, () => {
      const { findings } = run([text]);
      expect(findings.filter((f) => f.severity === "high")).toEqual([]);
    });
  }
  it("handles a story of one article and a story of none", () => {
    expect(run([]).findings).toEqual([]);
    expect(() => run(["Short."])).not.toThrow();
  });
});
