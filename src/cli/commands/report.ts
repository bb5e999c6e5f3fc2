// `triangulate report <story id>`: the report contract for one stored story, in any format.
// Uses the report a worker kept when the story has not changed since; otherwise runs the
// per-story stages over the story's stored articles (and keeps the result).
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../../domain/errors.js";
import type { Report } from "../../domain/report.js";
import { loadKb } from "../../kb/load.js";
import { analyzeDocs } from "../../pipeline/analyze.js";
import { storedDocs } from "../../store/stored-docs.js";
import { FORMATS, render, type Format } from "../../report/render/index.js";
import { reviewsByFindingId } from "../../server/reviews.js";
import type { FindingReview } from "../../store/store.js";
import { EXIT, UsageError, type Command, type Io } from "../io.js";
import { openOrServed, serverReport } from "../served.js";

/** The story's report (and its reviews, when asked): through `triangulate serve` when it holds the store, else from the store. */
async function storyReportFor(id: string, values: { db?: string | undefined; fresh?: boolean | undefined }, io: Io, withReviews: boolean): Promise<{ report: Report; reviews: FindingReview[] }> {
  const { store, server } = await openOrServed(values.db, io);
  if (server) {
    if (values.fresh) throw new UsageError(`--fresh needs the store itself, which \`triangulate serve\` (process ${server.pid}) holds; stop the server, or drop --fresh`);
    if (withReviews) throw new UsageError(`the ClaimReview export reads reviews from the store itself, which \`triangulate serve\` (process ${server.pid}) holds; use GET ${server.url}/api/stories/${id}/claimreview, or stop the server`);
    const got = await serverReport(server, id);
    if (!got) throw new InputError(id, `is not a story in the store served at ${server.url}; run \`triangulate stories\` to list them`);
    return { report: got, reviews: [] };
  }
  try {
    const reviews = withReviews ? await store.listReviews(id) : [];
    const kept = values.fresh ? null : ((await store.getStoryReport(id)) as Report | null);
    if (kept) return { report: kept, reviews };
    const found = await store.getStory(id);
    if (!found) throw new InputError(id, `is not a story in ${store.location}; run \`triangulate stories\` to list them`);
    const report = analyzeDocs(await storedDocs(store, found.articles), { kb: loadKb(), generatedAt: io.now().toISOString() });
    await store.saveStoryReport(id, report, found.story.updatedAt);
    return { report, reviews };
  } finally {
    await store.close();
  }
}

export const reportCommand: Command = {
  name: "report",
  summary: "write the report for one stored story",
  usage: `triangulate report <story id> [--format ${FORMATS.join("|")}] [--out FILE] [--fresh] [--db PATH]

  --format F  report format (default text; json is the report contract)
  --out FILE  write to FILE instead of stdout
  --fresh     re-run the analysis even when a kept report is up to date
  --all       with --format claimreview: also export the findings nobody confirmed, marked
              unreviewed (default: only the findings a person confirmed; dismissed ones never)`,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {
        format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, fresh: { type: "boolean" }, db: { type: "string" }, all: { type: "boolean" } } });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError("give one story id (see `triangulate stories`)");
    const id = positionals[0]!;
    const format = (values.format ?? "text") as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(", ")}`);
    const { report, reviews } = await storyReportFor(id, values, io, format === "claimreview");
    const marks = reviewsByFindingId(report, reviews);
    const text = render(report, format, {
      color: values.out === undefined && format === "text" && io.isTTY,
      ...(format === "claimreview" ? { reviews: marks, all: values.all === true } : {}),
    });
    if (format === "claimreview" && values.all !== true) {
      const confirmed = [...marks.values()].filter((r) => r.state === "confirmed").length;
      io.stderr(`triangulate: exported ${confirmed} confirmed finding${confirmed === 1 ? "" : "s"}; --all adds the unreviewed ones, marked as such\n`);
    }
    if (values.out !== undefined) {
      await writeFile(resolve(io.cwd, values.out), text);
      io.stderr(`triangulate: wrote ${format} report for ${id} to ${values.out}\n`);
    } else {
      io.stdout(text);
    }
    return EXIT.ok;
  },
};
