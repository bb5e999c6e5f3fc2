// A shared vocabulary interns terms through a process-wide lexicon and keeps each terms array's
// counts (issue 23: the store re-reads the same articles for every placement near them). Ids, counts
// and weights must be what interning by string alone gives: the ids' order sets the order sums are
// taken in, so a different order would move scores in their last bits.
import { describe, expect, it } from "vitest";
import { IntTable, packedWeights, Vocabulary, type PackedCounts } from "../../src/similarity/packed.js";

/** Interning as it was: a string map, ids in order of first occurrence, counts by id. */
function reference(): { add: (terms: readonly string[]) => PackedCounts; idOf: (t: string) => number | undefined } {
  const ids = new Map<string, number>();
  return {
    add(terms) {
      const counts = new Map<number, number>();
      for (const t of terms) {
        let id = ids.get(t);
        if (id === undefined) ids.set(t, (id = ids.size));
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const sorted = Uint32Array.from(counts.keys()).sort();
      return { ids: sorted, tf: Uint16Array.from(sorted, (id) => counts.get(id)!) };
    },
    idOf: (t) => ids.get(t),
  };
}

const docs: string[][] = [
  ["ferry", "capsiz", "lake", "ferry", "goma", "maiz", "ferry"],
  ["strike", "bus", "porto", "union", "bus"],
  ["lake", "kivu", "boat", "storm", "boat", "bukavu"],
  ["warehouse", "fire", "ashford", "fire", "roof"],
  ["library", "reopen", "elm", "square"],
];

describe("Vocabulary", () => {
  it.each([true, false])("gives the ids and counts a plain string map gives, whatever other vocabularies read the same arrays first (shared: %s)", (shared) => {
    // Another vocabulary reads the arrays in another order first (their counts are then kept).
    const other = new Vocabulary(true);
    for (const d of [...docs].reverse()) other.addDocument(d);
    for (const order of [[0, 1, 2, 3, 4], [3, 0, 4, 2, 1], [2, 2, 0, 1]]) {
      const v = new Vocabulary(shared), ref = reference();
      for (const k of order) {
        const got = v.addDocument(docs[k]!), want = ref.add(docs[k]!);
        expect([...got.ids]).toEqual([...want.ids]);
        expect([...got.tf]).toEqual([...want.tf]);
      }
      for (const t of ["ferry", "bus", "boat", "roof", "nowhere"]) expect(v.idOf(t)).toBe(ref.idOf(t));
      for (let id = 0; id < v.size; id++) expect(v.idOf(v.term(id))).toBe(id);
    }
  });

  it("counts a document's terms anew for each vocabulary, not once for all", () => {
    const a = new Vocabulary(true), b = new Vocabulary(true);
    a.addDocument(docs[0]!);
    a.addDocument(docs[0]!);
    b.addDocument(docs[0]!);
    expect(a.frequency(a.idOf("ferry")!)).toBe(2);
    expect(b.frequency(b.idOf("ferry")!)).toBe(1);
    expect(a.documents).toBe(2);
  });
});

describe("packedWeights", () => {
  it("weighs a count as 1 + ln(count), exactly, below and above the counts it keeps ready", () => {
    const tf = Uint16Array.from({ length: 80 }, (_, n) => n + 1);
    const ids = Uint32Array.from({ length: 80 }, (_, n) => n);
    const idf = (id: number) => 1 + id / 7;
    const w = packedWeights({ ids, tf }, idf);
    const raw = Array.from(tf, (t, k) => (1 + Math.log(t)) * idf(k));
    const norm = Math.sqrt(raw.reduce((s, v) => s + v * v, 0));
    expect([...w]).toEqual(raw.map((v) => Math.fround(Math.fround(v) / norm)));
  });
});

describe("IntTable", () => {
  it("keeps integer keys through growth and answers -1 for a missing one", () => {
    const t = new IntTable();
    const keys = Array.from({ length: 5000 }, (_, k) => (k * 7919) % 100_003);
    keys.forEach((k, i) => t.add(k, i));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get(100_004)).toBe(-1);
  });
});
