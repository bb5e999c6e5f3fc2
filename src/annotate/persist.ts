// Annotated docs kept on disk (the store keeps each article's Doc once it is annotated, so a
// story's analysis does not annotate its articles again). A doc is the same parcel the worker
// threads exchange (transfer.ts) with a word list of its own, made smaller (token offsets as
// gaps, span texts dropped where they are the article's own words) in V8's serialization, deflated:
// about 3 KB an article.
// Stored docs carry the annotator's fingerprint; one made by another annotator is not used.
import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import { annotate } from "./annotate.js";
import { DocReceiver, DocSender, type DocBatch } from "./transfer.js";
import { lexiconText } from "../lexicon/index.js";
import { ORGS, ORG_WORDS, PLACES } from "./gazetteer.js";

/** Bumped by hand when the parcel's layout changes. */
const FORMAT = 1;

/** Bytes of one doc. */
export function encodeDoc(doc: Doc): Buffer {
  const batch = new DocSender().encode([doc]);
  const text = doc.article.text;
  const docs = batch.docs.map((p) => {
    const { starts, ends } = p;
    const gaps = new Int32Array(starts.length);
    const lengths = new Int32Array(starts.length);
    for (let i = 0; i < starts.length; i++) {
      gaps[i] = starts[i]! - (i === 0 ? 0 : ends[i - 1]!);
      lengths[i] = ends[i]! - starts[i]!;
    }
    return { ...p, starts: narrow(gaps), ends: narrow(lengths), annotations: dropTexts(p.annotations, text) };
  });
  return deflateRawSync(serialize({ ...batch, docs }), { level: 1 });
}

/** The doc of `article` from encodeDoc's bytes. */
export function decodeDoc(article: Article, bytes: Uint8Array): Doc {
  const stored = deserialize(inflateRawSync(bytes)) as DocBatch;
  if (stored.docs.length !== 1) throw new Error(`a stored doc holds ${stored.docs.length} docs, not 1`);
  const docs = stored.docs.map((p) => {
    const starts = new Int32Array(p.starts.length);
    const ends = new Int32Array(p.starts.length);
    for (let i = 0; i < starts.length; i++) {
      starts[i] = (i === 0 ? 0 : ends[i - 1]!) + p.starts[i]!;
      ends[i] = starts[i]! + p.ends[i]!;
    }
    return { ...p, starts, ends, annotations: restoreTexts(p.annotations, article.text) as DocBatch["docs"][number]["annotations"] };
  });
  return new DocReceiver().decode({ ...stored, docs }, () => article)[0]!;
}

/** The smallest integer array holding these values (they are put back in an Int32Array). */
function narrow(xs: Int32Array): Int32Array {
  let lo = 0, hi = 0;
  for (const x of xs) { if (x < lo) lo = x; if (x > hi) hi = x; }
  if (lo >= 0 && hi < 256) return Uint8Array.from(xs) as unknown as Int32Array;
  if (lo >= 0 && hi < 65_536) return Uint16Array.from(xs) as unknown as Int32Array;
  return xs;
}

/** A span-like object's text is left out (marked `$t`) when it is the article's text at its offsets. */
function dropTexts(x: unknown, text: string): unknown {
  if (Array.isArray(x)) return x.map((y) => dropTexts(y, text));
  if (x === null || typeof x !== "object" || ArrayBuffer.isView(x)) return x;
  const o = x as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = dropTexts(v, text);
  if (typeof o["text"] === "string" && typeof o["start"] === "number" && typeof o["end"] === "number" && text.slice(o["start"], o["end"]) === o["text"]) {
    delete out["text"];
    out["$t"] = 1;
  }
  return out;
}

function restoreTexts(x: unknown, text: string): unknown {
  if (Array.isArray(x)) return x.map((y) => restoreTexts(y, text));
  if (x === null || typeof x !== "object" || ArrayBuffer.isView(x)) return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === "$t") out["text"] = text.slice((x as { start: number }).start, (x as { end: number }).end);
    else out[k] = restoreTexts(v, text);
  }
  return out;
}

let fingerprint: string | null = null;

/**
 * Names the annotator that made a doc: the parcel format and a hash of what this code's annotate
 * makes of a probe article exercising every step (names, roles, figures, dates, quotes), so a
 * release whose annotations differ does not read docs an older one stored.
 */
export function annotatorVersion(): string {
  if (fingerprint !== null) return fingerprint;
  const text = [
    "Kyiv, 3 March 2024 — Ukraine's foreign minister Dmytro Kuleba said on Tuesday that about 1,200 people, including 45 children, had been evacuated.",
    "\"We will not stop until every one of them is home,\" Kuleba told reporters in Brussels. Prices rose 3.5% to $12 billion over two years.",
    "NATO Secretary General Jens Stoltenberg met President Volodymyr Zelensky at the summit on 11 July.",
  ].join("\n\n");
  const doc = annotate({ id: "probe", sourceId: "probe", title: "Probe", outlet: null, url: null, byline: null, publishedAt: "2024-03-05", path: null, text });
  const { article: _article, ...annotations } = doc;
  const tokens = doc.tokens.map((t) => [t.start, t.end, t.sentence, t.kind, t.pos, t.lower, t.lemma]);
  // The word lists too: a changed list changes annotations of articles the probe does not exercise.
  const words = JSON.stringify([lexiconText(), PLACES, ORGS, [...ORG_WORDS]]);
  const hash = createHash("sha256").update(JSON.stringify({ annotations, tokens, words })).digest("hex").slice(0, 16);
  return (fingerprint = `${FORMAT}:${hash}`);
}
