// Dates written as text: every common machine and human format (ISO, 2020/03/04, 4 March 2020,
// March 4th, 2020, 04.03.2020, 2020년 3월 4일, month names in the languages news pages are most
// often written in), one at a time or all in a running text. The page-level choice of a
// publication date is html-date.ts.

const MIN_YEAR = 1995;

/** Month names and abbreviations in the languages news pages are most often written in. */
const MONTHS: ReadonlyArray<readonly [number, string]> = [
  [1, "january jan ianuarie janvier janv enero ene janeiro januar jänner jän gennaio gen januari январь января янв січня січень stycznia styczeń ocak"],
  [2, "february feber februarie feb février fevrier févr fevr febrero febr fevereiro fev februar febbraio februari февраль февраля фев лютого лютий lutego luty şubat subat"],
  [3, "march mar mars marts martie marzo março marco märz maerz mrz mrt maart maret март марта березня березень marca marzec mart"],
  [4, "april apr aprilie avril abril abr aprile апрель апреля апр квітня квітень kwietnia kwiecień nisan"],
  [5, "may mai mayo maio maggio mag mei май мая травня травень maja maj mayıs mayis"],
  [6, "june jun iunie juin junio junho juni giugno giu июнь июня червня червень czerwca czerwiec haziran"],
  [7, "july jul iulie juillet juil julio julho juli luglio lug июль июля липня липень lipca lipiec temmuz"],
  [8, "august augusti aug août aout agosto ago augustus agustus август августа авг серпня серпень sierpnia sierpień ağustos agustos"],
  [9, "september sep sept septembrie septembre septiembre setiembre setembro set settembre sett сентябрь сентября сен вересня вересень września wrzesień eylül eylul"],
  [10, "october oct octombrie octobre octubre outubro out oktober ottobre ott октябрь октября окт жовтня жовтень października październik ekim okt"],
  [11, "november nov noiembrie novembre noviembre novembro ноябрь ноября ноя листопада листопад listopada listopad kasım kasim"],
  [12, "december dec decembrie décembre decembre déc diciembre dic dezembro dez dezember dicembre desember декабрь декабря дек грудня грудень grudnia grudzień aralık aralik"],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap(([n, words]) => words.split(" ").map((w) => [w, n] as const)),
);

export function monthFromWord(word: string): number | null {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  /** ISO time part with zone as written (`T10:30:00+02:00`), or "" when the source gave only a day. */
  readonly time: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function formatYmd(v: Ymd): string {
  return `${v.y}-${pad(v.m)}-${pad(v.d)}${v.time}`;
}

export function isPlausible(v: Ymd, now: Date): boolean {
  if (v.y < MIN_YEAR || v.m < 1 || v.m > 12 || v.d < 1 || v.d > 31) return false;
  const t = Date.UTC(v.y, v.m - 1, v.d);
  const check = new Date(t);
  if (check.getUTCMonth() !== v.m - 1) return false;
  return t <= now.getTime() + 86_400_000;
}

const ISO_RE =
  /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{1,2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
const YMD_SLASH_RE = /(?<!\d)((?:19|20)\d{2})[/.年]\s?(\d{1,2})[/.月]\s?(\d{1,2})(?!\d)/;
const KOREAN_RE = /(?<!\d)((?:19|20)\d{2})년\s*(\d{1,2})월\s*(\d{1,2})일/;
const DMY_NUM_RE = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;
// "4 March 2020", "4th of March, 2020", "4 de marzo de 2020", "05.Februar 2020", "5.Feb.2020"; "04-Mar-2020", "05/Feb/2020".
const D_MONTH_Y_RE = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.?\s+(?:de\s+|of\s+)?|\.)(\p{L}{3,})(?:\.?,?\s+|\.\s*)(?:de\s+|del\s+)?((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{1,2})([-/])(\p{L}{3,}\.?)\5((?:19|20)\d{2})(?!\d)/u;
/** "05. 02. 2020", "5. 2. 2020": a day and month with a space after each dot (German, Czech, Polish print). */
const DMY_DOT_SPACED_RE = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)/;
/** "22 | 03 | 2021", "22 / 03 / 2021": a numeric day with spaced separators. */
const DMY_SPACED_RE = /(?<![\d.])(\d{1,2})\s+([|/])\s+(\d{1,2})\s+\2\s+((?:19|20)\d{2})(?!\d)/;
/** "14.02.23" (German and Central European short form), "30/05/14" (forums): two digits each, one separator. */
const DMY_SHORT_RE = /(?<![\d./])(\d{2})([./])(\d{2})\2(\d{2})(?!\d|[./]\d)/;
const MONTH_D_Y_RE = /(?<!\p{L})(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)((?:19|20)\d{2})(?!\d)/u;
const COMPACT_RE = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/** Parses one date written in any common machine or human format; `dmyFirst` settles 03/04/2020. */
export function parseDateString(raw: string, dmyFirst = true): Ymd | null {
  const s = raw.trim();
  if (s.length === 0) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), time: "" };
  }
  let m = ISO_RE.exec(s);
  if (m) {
    const time = m[4] && m[5] ? `T${m[4]}:${m[5]}:${pad(Number(m[6] ?? "0"))}${normalizeZone(m[7])}` : "";
    return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time };
  }
  m = YMD_SLASH_RE.exec(s) ?? KOREAN_RE.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
  m = DMY_NUM_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // "03.04.2020" is day-first in every locale that uses dots; slashes depend on the page.
    const dayFirst = m[2] === "." ? true : a > 12 ? true : b > 12 ? false : dmyFirst;
    return dayFirst ? { y, m: b, d: a, time: "" } : { y, m: a, d: b, time: "" };
  }
  m = DMY_SPACED_RE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = a > 12 ? true : b > 12 ? false : dmyFirst;
    return dayFirst ? { y: Number(m[4]), m: b, d: a, time: "" } : { y: Number(m[4]), m: a, d: b, time: "" };
  }
  m = DMY_DOT_SPACED_RE.exec(s);
  if (m) return { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]), time: "" };
  m = D_MONTH_Y_RE.exec(s);
  if (m) {
    const month = monthFromWord(m[2] ?? m[6] ?? "");
    if (month) return { y: Number(m[3] ?? m[7]), m: month, d: Number(m[1] ?? m[4]), time: "" };
  }
  m = MONTH_D_Y_RE.exec(s);
  if (m) {
    const month = monthFromWord(m[1] ?? "");
    if (month) return { y: Number(m[3]), m: month, d: Number(m[2]), time: "" };
  }
  m = DMY_SHORT_RE.exec(s);
  if (m) {
    // A two-digit year is this century's up to the current year, else the last one's (rejected before 1995).
    const yy = Number(m[4]);
    const y = yy <= new Date().getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === "." ? true : a > 12 ? true : b > 12 ? false : dmyFirst;
    return dayFirst ? { y, m: b, d: a, time: "" } : { y, m: a, d: b, time: "" };
  }
  m = COMPACT_RE.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), time: "" };
  return null;
}

const TEXT_PATTERNS = [ISO_RE, YMD_SLASH_RE, KOREAN_RE, DMY_NUM_RE, DMY_SPACED_RE, DMY_DOT_SPACED_RE, D_MONTH_Y_RE, MONTH_D_Y_RE, DMY_SHORT_RE].map((re) => new RegExp(re.source, `${re.flags}g`));

/** Finds every human-written date in a running text, in order. */
export function datesInText(text: string, dmyFirst: boolean): Ymd[] {
  return datesWithIndex(text, dmyFirst).map((f) => f.v);
}

/** Where each date `datesInText` finds starts in the text, in the same order. */
export function dateIndexes(text: string, dmyFirst: boolean): number[] {
  return datesWithIndex(text, dmyFirst).map((f) => f.index);
}

function datesWithIndex(text: string, dmyFirst: boolean): Array<{ index: number; v: Ymd }> {
  const found: Array<{ index: number; v: Ymd }> = [];
  for (const g of TEXT_PATTERNS) {
    for (const m of text.matchAll(g)) {
      const v = parseDateString(m[0], dmyFirst);
      if (v) found.push({ index: m.index ?? 0, v });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}

function normalizeZone(z: string | undefined): string {
  if (!z) return "";
  if (z === "Z") return "Z";
  return z.includes(":") ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
}
