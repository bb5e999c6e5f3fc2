// Helper speakers21's own quote variants (invented events, none from an eval set or a probe batch), by form: a speaker
// described then named (desc-then-name), lower-case bodies of other languages (foreign-body[-before]), long appositives,
// pronoun after a non-speech sentence (salience), organisations in statements, negatives, common English forms (en-common).
// Start code (dfea903): 51/81 on the first two sets (38/61 written before the rules, 13/20 after the first ones); final: 81/81, en-common 29/30 (written after).
// Run: npx tsx eval/probes/speakers21/score.ts eval/probes/speakers21/variants.jsonl
import { readFileSync } from "node:fs";
import { docOf } from "../../../test/helpers.js";
const norm = (s: string | null | undefined) => (s ?? "").toLowerCase().normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const rows = readFileSync(process.argv[2]!, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
let ok = 0; const by = new Map<string, [number, number]>();
for (const r of rows) {
  const d = docOf(r.text);
  const q = d.quotes.find((q) => norm(q.span.text).includes(norm(r.quote).slice(0, 20)) || norm(r.quote).includes(norm(q.span.text).slice(0, 20)));
  const got = q?.speaker ?? null;
  let good: boolean;
  if (r.speaker === null) good = got === null;
  else { const g = norm(got), e = norm(r.speaker); good = !!got && (g.includes(e) || (g.length > 0 && e.includes(g)) || g.split(" ").includes(e.split(" ").at(-1)!)); }
  if (good) ok++;
  const b = by.get(r.form) ?? [0, 0]; b[0] += good ? 1 : 0; b[1]++; by.set(r.form, b);
  console.log(`${good ? "ok " : "BAD"} [${r.form}] expected ${JSON.stringify(r.speaker)} got ${JSON.stringify(got)}${q ? "" : " (quote not found)"}  | ${r.text.slice(0, 70)}`);
}
console.log(`variants: ${ok}/${rows.length}  ` + [...by].map(([k, [a, n]]) => `${k} ${a}/${n}`).join(", "));
