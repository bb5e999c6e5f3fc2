// The same text is tokenized the same way whatever was read before it (wink-nlp keeps every unknown
// word it meets, and its tokenizer keeps a chunk whole when the chunk was met before: "it.'I was" left
// "'I" as one token in every later article). Found by comparing `analyze` on one and on two threads.
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/annotate/steps/tokens.js";

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

describe("tokens do not depend on the texts read before", () => {
  it("splits a quote mark from the word after it before and after a text that glued them", () => {
    const probe = "He took it in. 'I have no idea,' he said.";
    const before = words(probe);
    expect(before).toContain("I");
    words("The Queen.'I am proud,' he said on Tuesday.");
    expect(words(probe)).toEqual(before);
  });
});

describe("contractions and known words read alike every time", () => {
  it("splits the same contractions the same way before and after other texts", () => {
    const probe = "They can't stop now, and we'd know if they couldn't.";
    const before = words(probe);
    expect(before).toEqual(expect.arrayContaining(["ca", "n't", "we", "'d", "could"]));
    words("Can't we? She'd said they wouldn't, and I can't believe it.");
    expect(words(probe)).toEqual(before);
  });
});
