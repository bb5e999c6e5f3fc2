import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/domain/errors.js";
import { defaultKbDir, emptyKb, loadKb } from "../../src/kb/load.js";
import { parseSnapshot, serializeSnapshot } from "../../src/kb/snapshot.js";

function copyKb(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kb-"));
  for (const f of ["officeholders.json", "heads-2026-wlc.json", "events.json"]) copyFileSync(path.join(defaultKbDir(), f), path.join(dir, f));
  return dir;
}

describe("loading the kb snapshot", () => {
  it("loads the shipped snapshot with its as-of date and sources", () => {
    const kb = loadKb();
    expect(kb.asOf).toBe("2026-08-22");
    expect(kb.sources?.join(" ")).toMatch(/CC BY-NC 4.0/);
    expect(kb.termsForPerson("Antony Blinken").length).toBeGreaterThan(0);
  }, 30_000);

  it("names the file and the fix when the snapshot is truncated", () => {
    const dir = copyKb();
    const file = path.join(dir, "officeholders.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    expect(() => loadKb({ dir })).toThrow(InputError);
    expect(() => loadKb({ dir })).toThrow(/officeholders\.json: kb snapshot is unusable: .*truncated.*kb refresh/);
  }, 30_000);

  it("refuses a snapshot whose term count does not match", () => {
    const dir = copyKb();
    const file = path.join(dir, "officeholders.json");
    writeFileSync(file, readFileSync(file, "utf8").replace(/"count":\d+/, `"count":5`));
    expect(() => loadKb({ dir })).toThrow(/holds \d+ terms but says 5/);
  }, 30_000);

  it("says when the snapshot is missing", () => {
    expect(() => loadKb({ dir: path.join(tmpdir(), "no-such-kb") })).toThrow(/cannot read the kb snapshot \(ENOENT\)/);
  });

  it("offers an empty kb that knows nothing", () => {
    expect(emptyKb().termsForPerson("Zelensky")).toEqual([]);
  });
});

describe("the snapshot format", () => {
  const row = { person: "Ann Example", alias: null, personId: "Q1", position: "Minister of Transport and Communications", office: "transport minister|communications minister", country: "Peru", start: "2020-01-01", end: null, asOf: "2025-01-31", endBasis: "wikidata" };
  it("round-trips a term with several offices, its country kept as an index", () => {
    const json = serializeSnapshot({ asOf: "2025-01-31", source: "test", licence: "CC0", countryIds: {} }, [row]);
    expect(json).toMatch(/"countryNames":\["Peru"\]/);
    const t = parseSnapshot(json, "test").term(0);
    expect([t.office, t.alsoOffices, t.country]).toEqual(["transport minister", ["communications minister"], "Peru"]);
  });
  it("still reads files that give the country inline and no stored name keys", () => {
    const json = JSON.stringify({ format: "triangulate-kb/1", asOf: "2025-01-31", source: "old", licence: "", count: 1, countries: {}, people: [["Ann Example", null, "Q1"]],
      positions: ["Minister of Transport"], offices: ["transport minister"], bases: ["wikidata"], terms: [[0, 0, 0, "Peru", "2020-01-01", null, "2025-01-31", 0]] });
    const s = parseSnapshot(json, "old");
    expect([s.term(0).country, s.personSurnames(0)]).toEqual(["Peru", ["example"]]);
  });
});
