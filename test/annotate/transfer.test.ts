// Docs sent between threads come back the same: annotations, and tokens rebuilt from word ids.
import { describe, expect, it } from "vitest";
import { DocReceiver, DocSender } from "../../src/annotate/transfer.js";
import { docOf } from "../helpers.js";

const texts = [
  "Ukraine’s Foreign Minister Dmytro Kuleba said, “This exchange shows that dialogue is possible.”\nNearly 800 individuals were released on Friday—1,000 from each country.",
  "Russia and Ukraine swapped 390 prisoners on Friday, the first stage of an exchange agreed in Istanbul.",
];

describe("doc transfer", () => {
  it("gives back docs equal to the sent ones, tokens included, over several batches", () => {
    const docs = texts.map((t) => docOf(t));
    const sender = new DocSender(), receiver = new DocReceiver();
    const back = docs.flatMap((d) => receiver.decode(structuredClone(sender.encode([d])), () => d.article));
    back.forEach((b, i) => {
      expect(JSON.stringify(b)).toBe(JSON.stringify(docs[i]));
      expect(b.tokens).toEqual(docs[i]!.tokens);
    });
  });
  it("sends a word once: the second batch carries only words the first did not", () => {
    const sender = new DocSender();
    const first = sender.encode([docOf(texts[1]!)]);
    const again = sender.encode([docOf(texts[1]!)]);
    expect(first.words.length).toBeGreaterThan(10);
    expect(again.words).toEqual([]);
  });
});
