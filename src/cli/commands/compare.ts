// `triangulate compare --pairs FILE.jsonl`: sentence-level paraphrase scores on their own.
// Reads {"id","a","b"} lines, writes {"id","score","paraphrase"} lines (stdout or --out).
import { createReadStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { comparePairs, type ComparePair } from "../../similarity/compare.js";
import { EXIT, UsageError, type Command } from "../io.js";

const Pair = z.object({ id: z.union([z.string(), z.number()]).transform(String), a: z.string(), b: z.string() });

export const compareCommand: Command = {
  name: "compare",
  summary: "score sentence pairs for paraphrase (JSONL in, JSONL out)",
  usage: `triangulate compare --pairs FILE.jsonl [--out FILE.jsonl]

  Each input line: {"id": "...", "a": "first sentence", "b": "second sentence"}.
  Each output line: {"id": "...", "score": 0.0–1.0, "paraphrase": true|false}.`,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({ args: [...args], strict: true, options: { pairs: { type: "string" }, out: { type: "string", short: "o" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (!values.pairs) throw new UsageError("give the pairs file with --pairs FILE.jsonl");
    const file = resolve(io.cwd, values.pairs);
    const pairs: ComparePair[] = [];
    let n = 0, bad = 0;
    try {
      const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        let json: unknown;
        try { json = JSON.parse(line); } catch { io.stderr(`triangulate: ${values.pairs} line ${n}: not valid JSON; skipped\n`); bad++; continue; }
        const p = Pair.safeParse(json);
        if (!p.success) { io.stderr(`triangulate: ${values.pairs} line ${n}: needs "id", "a" and "b" strings; skipped\n`); bad++; continue; }
        pairs.push(p.data);
      }
    } catch (e) {
      io.stderr(`triangulate: ${values.pairs}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path\n`);
      return EXIT.badInput;
    }
    if (pairs.length === 0) {
      io.stderr(`triangulate: ${values.pairs}: no valid pair to compare\n`);
      return EXIT.badInput;
    }
    const out = comparePairs(pairs).map((r) => JSON.stringify(r)).join("\n") + "\n";
    if (values.out) await writeFile(resolve(io.cwd, values.out), out);
    else io.stdout(out);
    if (bad > 0) io.stderr(`triangulate: ${bad} line(s) skipped\n`);
    return EXIT.ok;
  },
};
