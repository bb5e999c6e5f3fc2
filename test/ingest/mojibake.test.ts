// Feeds and pages that send UTF-8 but declare Latin-1 or Windows-1252 turn "Peña" into "PeÃ±a" and "it's" into
// "itâ€™s": names split, speakers and places lost (issue 20: accented speakers in real news). Ingest undoes it
// when the marks are clear, and leaves alone real text that only looks alike (Portuguese "À noite", one stray mark).
import { describe, expect, it } from "vitest";
import { articleFromRecord } from "../../src/ingest/record.js";
import { repairMojibake } from "../../src/ingest/normalize.js";

const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const asLatin1 = (s: string) => Buffer.from(s, "utf8").toString("latin1");
const as1252 = (s: string) => [...Buffer.from(s, "utf8")].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80]! : String.fromCharCode(b))).join("");

describe("UTF-8 read as a one-byte encoding", () => {
  const good = "Mayor Ana Peña said it’s “a good day” for São Tomé — the new ferry sails on Monday.";
  it("undoes Latin-1 mojibake", () => {
    expect(repairMojibake(asLatin1(good))).toBe(good);
  });
  it("undoes Windows-1252 mojibake (curly quotes as â€™)", () => {
    expect(repairMojibake(as1252(good))).toBe(good);
  });
  it("repairs an ingested record's text and title", () => {
    const a = articleFromRecord("feed.jsonl line 1", { id: "x", title: as1252("Peña’s new ferry service"), text: as1252(good) });
    expect(a.text).toBe(good);
    expect(a.title).toBe("Peña’s new ferry service");
  });
  it("keeps correct text, real capitals with accents, and a single stray mark", () => {
    expect(repairMojibake(good)).toBe(good);
    expect(repairMojibake("À noite, a Água de São Tomé é boa.")).toBe("À noite, a Água de São Tomé é boa.");
    expect(repairMojibake("The menu read cafÃ© and nothing else was odd.")).toBe("The menu read cafÃ© and nothing else was odd.");
  });
  it("keeps a text that mixes a real character no single byte encodes with marks", () => {
    const mixed = `${as1252("Peña and Muñoz")} 北京`;
    expect(repairMojibake(mixed)).toBe(mixed);
  });
});
