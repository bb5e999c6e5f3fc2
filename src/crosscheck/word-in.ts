// Whether a name stands in a text as a word (or starts one), without building a RegExp per name:
// the rules ask this for every pair of figures or events, and compiling a pattern each time was a
// good part of their cost. Letters are Unicode letters (\p{L}), whole code points.

const LETTER = /\p{L}/u;

/** The code point just before `at`, as a string ("" at the start). */
function before(text: string, at: number): string {
  if (at === 0) return "";
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1]!;
}

/** The code point starting at `at`, as a string ("" at the end). */
function after(text: string, at: number): string {
  if (at >= text.length) return "";
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? text.slice(at, at + 2) : text[at]!;
}

/**
 * Whether `text` holds `name` after its start or a non-letter (`(?:^|[^\p{L}])name`), and, when
 * `whole`, also before its end or a non-letter (a whole word, not the start of a longer one).
 */
export function nameIn(text: string, name: string, whole = false): boolean {
  // No name: the pattern's own answer (its empty match never falls inside a surrogate pair).
  if (name === "") return (whole ? /(?:^|[^\p{L}])(?:$|[^\p{L}])/u : /(?:^|[^\p{L}])/u).test(text);
  for (let at = text.indexOf(name); at >= 0; at = at < text.length ? text.indexOf(name, at + 1) : -1) {
    const b = before(text, at);
    if (b !== "" && LETTER.test(b)) continue;
    if (whole) {
      const a = after(text, at + name.length);
      if (a !== "" && LETTER.test(a)) continue;
    }
    return true;
  }
  return false;
}
