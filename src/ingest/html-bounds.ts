// Bounds on the work one HTML page can cost, applied to the markup before it is parsed.
// Extraction walks the tree several times and Readability scores every ancestor of every
// paragraph, so its cost grows with depth × nodes: a page of 5,000 nested <div>s once took seven
// minutes and 100,000 overflowed the stack. Real article pages nest fewer than ~80 elements deep
// and hold a few thousand; the limits sit far above that, so a real page passes unchanged.
//
// One linear scan over the tags (no recursion, no parse): elements opened deeper than
// `maxDepth` lose their tags (their text stays, joined to the enclosing element), and the page is
// cut after `maxElements` kept start tags (the parser closes what is left open).

export const MAX_HTML_DEPTH = 200;
export const MAX_HTML_ELEMENTS = 60_000;

export interface HtmlBounds {
  readonly html: string;
  /** Tags dropped because they opened deeper than the depth limit. */
  readonly flattened: number;
  /** True when the page was cut at the element limit. */
  readonly truncated: boolean;
}

// Elements that never hold children, or whose end tag the parser supplies itself when the next
// block starts: counting them as open would make every page with unclosed <p>s look deep.
const NOT_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
  "keygen", "command", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
  "colgroup", "caption", "rp", "rt", "html", "head", "body",
]);
// Their content is text to the parser; a "<div>" inside a script is not an element.
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes", "plaintext"]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>|<!--[\s\S]*?(?:-->|$)/g;

export function boundHtml(html: string, maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS): HtmlBounds {
  TAG.lastIndex = 0;
  const out: string[] = [];
  let copied = 0; // html[0, copied) is in `out` or deliberately skipped
  let depth = 0;
  let elements = 0;
  let flattened = 0;
  // Depths at which a dropped element opened: its end tag is dropped too.
  const dropped: number[] = [];
  let lower: string | null = null;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html)) !== null) {
    if (m[2] === undefined) continue; // a comment
    const closing = m[1] === "/";
    const name = m[2].toLowerCase();
    if (!closing) {
      const nests = !RAW_TEXT.has(name) && m[3] !== "/" && !NOT_NESTING.has(name);
      if (nests && depth + 1 > maxDepth) {
        // Flattened: the tag goes, so it costs nothing and does not count as an element.
        depth++;
        out.push(html.slice(copied, m.index));
        copied = TAG.lastIndex;
        dropped.push(depth);
        flattened++;
        continue;
      }
      if (++elements > maxElements) {
        out.push(html.slice(copied, m.index));
        return { html: out.join(""), flattened, truncated: true };
      }
      if (RAW_TEXT.has(name)) {
        // Skip to the matching end tag: its content is not markup.
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, TAG.lastIndex);
        TAG.lastIndex = end < 0 ? html.length : end;
        continue;
      }
      if (nests) depth++;
    } else {
      if (NOT_NESTING.has(name) || RAW_TEXT.has(name)) continue;
      if (dropped.length && dropped[dropped.length - 1] === depth) {
        out.push(html.slice(copied, m.index));
        copied = TAG.lastIndex;
        dropped.pop();
      }
      if (depth > 0) depth--;
    }
  }
  if (flattened === 0) return { html, flattened: 0, truncated: false };
  out.push(html.slice(copied));
  return { html: out.join(""), flattened, truncated: false };
}
