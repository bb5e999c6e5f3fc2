// Docs sent between threads. A Doc's annotations are plain data and structured-clone as they are,
// but its tokens are a getter over a packed copy whose tag ids and interned words belong to the
// thread that packed them: they travel as ids into a word list that each batch extends with the
// words the receiver has not seen yet. The article stays behind: the receiver already has it.
import type { Article } from "../domain/article.js";
import type { Doc } from "../domain/doc.js";
import { packedDoc, packedTokensOf, type Annotations } from "./annotate.js";
import { intern, packTokens, tagId, tagNames } from "./steps/tokens.js";

export interface DocParcel {
  readonly annotations: Omit<Annotations, "article">;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
  readonly kinds: Uint8Array;
  /** Indices into the batch's tag table. */
  readonly tags: Uint8Array;
  /** Indices into the sender's word list. */
  readonly lowers: Int32Array;
  readonly lemmas: Int32Array;
}

export interface DocBatch {
  /** Words new to the receiver, in id order, continuing the ids sent before. */
  readonly words: readonly string[];
  readonly tags: readonly string[];
  readonly docs: readonly DocParcel[];
}

/** One per receiving thread: remembers which words that thread has been sent. */
export class DocSender {
  private readonly ids = new Map<string, number>();

  encode(docs: readonly Doc[]): DocBatch {
    const words: string[] = [];
    const id = (w: string): number => {
      let k = this.ids.get(w);
      if (k === undefined) { k = this.ids.size; this.ids.set(w, k); words.push(w); }
      return k;
    };
    const parcels = docs.map((doc): DocParcel => {
      const p = packedTokensOf(doc) ?? packTokens(doc.tokens);
      return {
        annotations: { sentences: doc.sentences, entities: doc.entities, quantities: doc.quantities, dates: doc.dates, quotes: doc.quotes, roles: doc.roles },
        starts: p.starts, ends: p.ends, sentences: p.sentences, kinds: p.kinds, tags: p.tags,
        lowers: ids(p.lowers, id), lemmas: ids(p.lemmas, id),
      };
    });
    return { words, tags: [...tagNames()], docs: parcels };
  }
}

/** One per sending thread: the words it has sent so far, interned here. */
export class DocReceiver {
  private readonly words: string[] = [];

  /** The docs of a batch; `articleOf(i)` is the article of the batch's i-th doc. */
  decode(batch: DocBatch, articleOf: (i: number) => Article): Doc[] {
    for (const w of batch.words) this.words.push(intern(w));
    const tags = batch.tags.map(tagId);
    const word = (k: number) => this.words[k]!;
    return batch.docs.map((d, i) => packedDoc({ article: articleOf(i), ...d.annotations }, {
      starts: d.starts, ends: d.ends, sentences: d.sentences, kinds: d.kinds,
      tags: d.tags.map((t) => tags[t]!), lowers: words(d.lowers, word), lemmas: words(d.lemmas, word),
    }));
  }
}

// `Int32Array.from(words, id)` and `Array.from(ids, word)` as plain loops: the builtins iterate and call back per
// token, about twice the time for the millions of tokens a large corpus sends.
function ids(words: readonly string[], id: (w: string) => number): Int32Array {
  const out = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = id(words[i]!);
  return out;
}

function words(ids: Int32Array, word: (k: number) => string): string[] {
  const out = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = word(ids[i]!);
  return out;
}
