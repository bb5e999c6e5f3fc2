// `triangulate kb refresh|info`: rebuild the officeholder table from Wikidata (written atomically;
// the previous snapshot stays on any failure) or show which snapshot is in use.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { refreshKb } from "../../kb/refresh.js";
import { cliKb, kbDir } from "../kb-dir.js";
import { EXIT, UsageError, type Command } from "../io.js";

export const kbCommand: Command = {
  name: "kb",
  summary: "knowledge base: `kb refresh` from Wikidata, `kb info`",
  usage: `triangulate kb refresh [--out DIR] [--country NAME]…
triangulate kb info [--kb DIR]

  refresh  rebuilds the officeholder table from Wikidata's SPARQL endpoint (needs network) into DIR
           (default .triangulate/kb, which analyze then uses); the old snapshot is kept on any failure.
  info     prints the snapshot in use and its date.`,
  async run(args, io) {
    const [sub, ...rest] = args;
    let values;
    try {
      ({ values } = parseArgs({ args: rest, strict: true, options: { out: { type: "string" }, country: { type: "string", multiple: true }, kb: { type: "string" } } }));
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (sub === "info") {
      const kb = cliKb(io, values.kb);
      io.stdout(`kb snapshot: ${kbDir(io, values.kb) ?? "shipped (data/kb)"}\nas of: ${kb.asOf}\n`);
      return EXIT.ok;
    }
    if (sub !== "refresh") throw new UsageError(`unknown kb command "${sub ?? ""}"; use refresh or info`);
    const outDir = values.out ? resolve(io.cwd, values.out) : join(io.cwd, ".triangulate", "kb");
    try {
      const r = await refreshKb({ fetch, outDir, ...(values.country ? { countries: values.country } : {}), log: (m) => io.stderr(`${m}\n`) });
      io.stdout(`kb refresh: ${r.terms} terms for ${r.countries.length} countries, as of ${r.asOf}, in ${r.file}\n`);
      return EXIT.ok;
    } catch (e) {
      io.stderr(`triangulate: ${(e as Error).message}\n`);
      return EXIT.internal;
    }
  },
};
