// Terminal summary a journalist can read: each story, its articles, then findings by severity
// with the quoted evidence. Plain text; colour only when the caller says the terminal supports it.
import { SEVERITY_ORDER, type Finding, type Severity } from "../../domain/finding.js";
import type { Report } from "../../domain/report.js";
import { articleById, articleLabels, countsLine, timeframeText } from "./common.js";

export interface TextOptions {
  readonly color?: boolean;
  /** Most findings to print per story (the rest are counted). */
  readonly maxFindings?: number;
  /** Findings below this severity are counted, not printed. Default: info (all are printed). */
  readonly minSeverity?: Severity;
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const c = opts.color ? ansi : plain;
  const labels = articleLabels(report);
  const byId = articleById(report);
  const out: string[] = [];
  const nFindings = report.stories.reduce((n, s) => n + s.findings.length, 0);
  out.push(c.bold(`Triangulate: ${report.articles.length} article${s(report.articles.length)}, ${report.stories.length} stor${report.stories.length === 1 ? "y" : "ies"}, ${nFindings} finding${s(nFindings)}`));
  for (const p of report.problems ?? []) out.push(c.dim(`  could not read ${p.input}: ${p.message}`));
  const stories = [...report.stories].sort((a, b) => b.articleIds.length - a.articleIds.length);
  for (const story of stories) {
    out.push("");
    out.push(c.bold(`■ ${story.title}`));
    out.push(`  ${story.articleIds.length} article${s(story.articleIds.length)} · ${timeframeText(story)} · ${countsLine(story.findings)}`);
    for (const id of [...story.articleIds].sort((x, y) => (labels.get(x) ?? "").localeCompare(labels.get(y) ?? "") || 0)) {
      const a = byId.get(id);
      if (!a) continue;
      const meta = [a.outlet, a.publishedAt?.slice(0, 10), a.path].filter(Boolean).join(", ");
      out.push(c.dim(`  [${labels.get(id)}] ${clip(a.title, 80)}${meta ? ` (${meta})` : ""}`));
    }
    const floor = SEVERITY_ORDER.indexOf(opts.minSeverity ?? "info");
    const kept = story.findings.filter((f) => SEVERITY_ORDER.indexOf(f.severity) <= floor);
    const shown = kept.slice(0, opts.maxFindings ?? 40);
    for (const f of shown) out.push(...finding(f, labels, c));
    if (kept.length > shown.length) out.push(c.dim(`  … ${kept.length - shown.length} more findings in the JSON report`));
    const hidden = story.findings.length - kept.length;
    if (hidden > 0) {
      const below = SEVERITY_ORDER.slice(floor + 1).filter((sev) => story.findings.some((f) => f.severity === sev));
      out.push(c.dim(`  (${hidden} ${below.join("/")} finding${s(hidden)} not shown; --min-severity ${below.at(-1) ?? "info"} shows them, the report file has them all)`));
    }
  }
  return out.join("\n") + "\n";
}

function finding(f: Finding, labels: Map<string, string>, c: typeof plain): string[] {
  const sev = f.severity.toUpperCase().padEnd(6);
  const colored = f.severity === "high" ? c.red(sev) : f.severity === "medium" ? c.yellow(sev) : c.dim(sev);
  const lines = [`  ${colored} ${f.type.padEnd(13)} ${f.summary}`];
  if (f.actual !== undefined || f.expected !== undefined) {
    lines.push(c.dim(`         ${f.actual !== undefined ? `says: ${f.actual}` : ""}${f.actual !== undefined && f.expected !== undefined ? " · " : ""}${f.expected !== undefined ? `expected: ${f.expected}` : ""}`));
  }
  for (const e of f.evidence.slice(0, 4)) lines.push(`         [${labels.get(e.articleId) ?? "?"}] “${clip(e.text.replace(/\n/g, " "), 110)}”`);
  if (f.evidence.length > 4) lines.push(c.dim(`         … and ${f.evidence.length - 4} more passages`));
  return lines;
}

const s = (n: number) => (n === 1 ? "" : "s");
/**
 * At most n characters: a longer text is cut at the last space that keeps at least half of it
 * (only a long single token — a URL — is cut inside), ends in "…", and loses the spaces and the
 * dangling punctuation before the cut.
 */
export function clip(t: string, n: number): string {
  if (t.length <= n) return t;
  // the "…" takes the place of the space at the cut, so the space may be at most at n - 1
  let cut = t.slice(0, n).search(/\s\S*$/);
  if (cut < Math.ceil(n / 2)) cut = /[\uD800-\uDBFF]/.test(t[n - 2] ?? "") ? n - 2 : n - 1; // never half an emoji
  return `${t.slice(0, cut).replace(/[\s,;:(\[{“"'‘–—-]+$/u, "")}…`;
}

const plain = { bold: (t: string) => t, dim: (t: string) => t, red: (t: string) => t, yellow: (t: string) => t };
const ansi = {
  bold: (t: string) => `\x1b[1m${t}\x1b[22m`, dim: (t: string) => `\x1b[2m${t}\x1b[22m`,
  red: (t: string) => `\x1b[31;1m${t}\x1b[0m`, yellow: (t: string) => `\x1b[33m${t}\x1b[39m`,
};
