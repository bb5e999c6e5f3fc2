import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/domain/errors.js";
import { defaultKbDir, emptyKb, loadKb } from "../../src/kb/load.js";

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
  });

  it("names the file and the fix when the snapshot is truncated", () => {
    const dir = copyKb();
    const file = path.join(dir, "officeholders.json");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    expect(() => loadKb({ dir })).toThrow(InputError);
    expect(() => loadKb({ dir })).toThrow(/officeholders\.json: kb snapshot is unusable: .*truncated.*kb refresh/);
  });

  it("refuses a snapshot whose term count does not match", () => {
    const dir = copyKb();
    const file = path.join(dir, "officeholders.json");
    writeFileSync(file, readFileSync(file, "utf8").replace(/"count":\d+/, `"count":5`));
    expect(() => loadKb({ dir })).toThrow(/holds \d+ terms but says 5/);
  });

  it("says when the snapshot is missing", () => {
    expect(() => loadKb({ dir: path.join(tmpdir(), "no-such-kb") })).toThrow(/cannot read the kb snapshot \(ENOENT\)/);
  });

  it("offers an empty kb that knows nothing", () => {
    expect(emptyKb().termsForPerson("Zelensky")).toEqual([]);
  });
});
