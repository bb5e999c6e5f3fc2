// Name keys that survive transliteration: "Zelensky", "Zelenskyy" and "Zelenskiy" are one person,
// as are "Sybiha"/"Sybiga", "Shoigu"/"Shoygu", "Dmitry"/"Dmytro" (first letter), "Müller"/"Muller".
// Two levels: a plain key (lower case, no diacritics) and a loose key (transliteration variants folded).

/**
 * Version of the keys below. Snapshots store each person's keys (so 30k names need not be folded at
 * every load) with this version; change it whenever plainKey, looseWord or surnameKey change.
 */
export const NAME_KEY_VERSION = "names/1";

const ASCII = /^[\x20-\x7e]*$/;

/** Lower case, diacritics and punctuation removed, one space between words. */
export function plainKey(name: string): string {
  // Plain ASCII names (most of them) skip Unicode normalization; the result is the same.
  if (ASCII.test(name)) return name.toLowerCase().replace(/'s$/, "").replace(/[^a-z0-9 -]/g, "").replace(/-/g, " ").replace(/\s+/g, " ").trim();
  return name
    .normalize("NFD").replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/-/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * One word folded across common romanizations: y/j/i → i ("Zelenskyy" → "zelenski"),
 * h/kh/g → g ("Sybiha" ↔ "Sybiga", Ukrainian г vs Russian г), w → v, ph → f, ck → k, doubled letters collapsed.
 */
export function looseWord(word: string): string {
  return word
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/kh/g, "g")
    .replace(/h/g, "g")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1");
}

const PARTICLES = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Name connectors that start a surname ("bin Salman", "von der Leyen"), not a first name. */
const CONNECTORS = new Set(["bin", "ibn", "al", "el", "van", "von", "de", "der", "da", "di", "du", "le", "la", "ben", "abu"]);

/** Words of a name without suffixes ("Jr."), each as a plain key. */
export function nameWords(name: string): string[] {
  return plainKey(name).split(" ").filter((w) => w.length > 0 && !PARTICLES.has(w));
}

/** The loose key of the surname (last word): the index key for person lookups. */
export function surnameKey(name: string): string {
  const words = nameWords(name);
  return looseWord(words[words.length - 1] ?? "");
}

/**
 * Whether a name as written in an article can denote a kb person name.
 * The surnames must agree loosely; when both give a first name, their first letters must agree
 * after folding ("Antony"/"Anthony", "Dmytro"/"Dmitry", "Volodymyr"/"Vladimir").
 */
export function namesCompatible(written: string, kbName: string): boolean {
  const a = nameWords(written), b = nameWords(kbName);
  if (a.length === 0 || b.length === 0) return false;
  const sa = looseWord(a[a.length - 1]!);
  const bLoose = b.map(looseWord);
  // Surname match against the kb name's last word, or any later word of a compound name ("Ould Merzoug").
  const at = bLoose.lastIndexOf(sa);
  if (at < 1 && !(at === 0 && b.length === 1)) return false;
  if (a.length === 1 || CONNECTORS.has(a[0]!)) return true;
  const fa = looseWord(a[0]!)[0], fb = bLoose[0]![0];
  return fa === fb;
}
