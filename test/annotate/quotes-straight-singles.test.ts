// Quotes in straight single marks, as British copy and many feeds write them (issue 20): '…,' said X. Apostrophes
// ("didn't", "the workers' union", "the '90s") open or close nothing. Wordings of this test's own.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const quotes = (text: string) => docOf(text).quotes.map((q) => `${q.span.text.replace(/[,.]$/, "")}|${q.speaker ?? "-"}`);

describe("straight single quotation marks", () => {
  it("a quote with its cue after or before it", () => {
    expect(quotes("'We will reopen the port within a month,' the harbour master, Ewa Nowak, said.")).toEqual(["We will reopen the port within a month|Ewa Nowak"]);
    expect(quotes("'Nobody could have stopped it,' said Tariq Aziz.")).toEqual(["Nobody could have stopped it|Tariq Aziz"]);
    expect(quotes("The coach, Ruth Bell, said: 'We were beaten by a better side.'")).toEqual(["We were beaten by a better side|Ruth Bell"]);
  });
  it("apostrophes are no quotes", () => {
    expect(quotes("The workers' union said it didn't agree with the plan.")).toEqual([]);
    expect(quotes("He grew up in the '90s in Leeds and later moved to York.")).toEqual([]);
    expect(quotes("The nurses' pay claim and the doctors' strike are 'linked' in the minister's view.")).toEqual([]);
  });
});
