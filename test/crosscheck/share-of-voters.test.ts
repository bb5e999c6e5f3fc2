// A share of voters is not a share who voted (issue 17, PolNeAR tune: "over 90 percent of registered voters in two
// states are white" against "10 percent of registered voters reported no opinion"). The population a share is taken
// of names who is counted, not what they did; the verb after it does. Shares that say the same thing stay compared.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (a: string, b: string) => findingsOf([`Vote\n${a}`, `Vote\n${b}`])
  .filter((f) => f.type === "contradiction" && f.severity !== "low" && f.severity !== "info").map((f) => f.evidence.map((e) => e.text).join(" | "));

describe("shares of one population that say different things", () => {
  it("'… of registered voters are retired' / '… of registered voters reported no opinion' are no dispute", () => {
    expect(loud("Over 80 percent of registered voters in Kent and Sussex are retired, but the two counties have drifted apart in recent decades.",
      "An average of 12 percent of registered voters reported \"no opinion\" when asked whether they would back Ortiz or Kane, but the share is twice as high in Devon at 24 percent.")).toEqual([]);
  });
  it("two turnouts of one vote told in like words stay a dispute", () => {
    expect(loud("Some 62 percent of registered voters voted in the harbour levy referendum, the clerk's office said.",
      "Just 41 percent of registered voters voted in the harbour levy referendum, the clerk's office said.")).toHaveLength(1);
  });
});
