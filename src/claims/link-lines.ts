// Lines of a page that are not the article's own statements: links to other stories ("Related: …",
// "READ MORE: …", "► …", a list under "PREVIOUS STORIES") and photo-gallery furniture ("Photo: … Image
// 1 of 8 Caption Close"). Their numbers, dates and quotes belong to other events, so no claim is
// taken from them. Plain-text inputs (JSONL, scraped corpora) keep these lines; HTML extraction
// drops most of them before they get here.

/** A line that is a link to another story by its label or bullet. */
const LINK_LINE = /^\s*(?:(?:related(?: stories| articles| content| coverage| links?)?|read more|read also|also read|see also|more(?: stories)?|more on this(?: story)?|previous(?: stories| coverage)?|recommended|trending(?: now)?|watch|listen)\s*[:|»>–—-]|►|▶|»|>>|\+\s)/i;
/** A heading over a list of links: the short lines after it that end with no full stop are links. */
const LINK_HEADING = /^\s*(?:related(?: stories| articles| content| coverage| links)?|read more|more stories|previous stories|previous coverage|recommended(?: stories)?|trending(?: now)?|more from [\p{L} ]{1,30}|you may also like|most read|most popular)\s*:?\s*$/iu;
/** Gallery and player furniture: "Image 1 of 8", "Caption Close", a line opening with "Photo:". */
const FURNITURE = /\bimage \d+ of \d+\b|\bcaption\s+close\b|^\s*(?:photo|image|video|picture|gallery)\s*(?:\d+\s*)?:/i;

/** Character ranges [start, end) of link and furniture lines in a text. */
export function linkLines(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let inList = false;
  let pos = 0;
  for (const line of text.split("\n")) {
    const start = pos, end = pos + line.length;
    pos = end + 1;
    if (line.trim() === "") continue; // blank lines neither open nor close a list
    if (LINK_HEADING.test(line)) { inList = true; out.push([start, end]); continue; }
    const listed: boolean = inList && line.length <= 160 && !/[.!?]["”’)]?\s*$/.test(line);
    inList = listed;
    if (listed || LINK_LINE.test(line) || FURNITURE.test(line)) out.push([start, end]);
  }
  return out;
}

/** Whether a position falls in one of the ranges. */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}
