// The story page: claim matrix, findings grouped by type and severity beside the article texts
// (selecting a finding lights its evidence spans and scrolls to them), derivations side by side
// with the changes marked, and the sourcing table. Reads only the report JSON.
import type { ReportClaim } from "../../domain/claim.js";
import type { Finding, FindingType } from "../../domain/finding.js";
import type { Report, ReportArticle } from "../../domain/report.js";
import type { Derivation, Story } from "../../domain/story.js";
import type { Review } from "./api.js";
import { h } from "./dom.js";
import { bodyStart, highlightText, markChanges, type EvidenceRef } from "./highlight.js";
import { REVIEW_LABELS, reviewControls, reviewerForm } from "./review.js";
import { articleLabels, articlesOf, cellText, claimMatrix, SEVERITIES, severityCounts, timeframeText } from "../../domain/labels.js";

const TYPE_TITLES: Readonly<Record<FindingType, string>> = {
  contradiction: "Contradictions", arithmetic: "Arithmetic", anachronism: "Anachronisms",
  "single-source": "Single source", corroboration: "Corroborated", derivation: "Derivations",
  "content-farm": "Content-farm tells", framing: "Framing",
};

export interface StoryOptions {
  /** Where the story's ClaimReview JSON-LD can be fetched, when it is stored on the server. */
  readonly claimReviewHref?: string;
  readonly jsonHref?: string;
  /** Reviews by finding id, and whether this server takes new ones (a writable store). */
  readonly reviews?: ReadonlyMap<string, Review>;
  readonly review?: { readonly storyId: string; readonly auth: boolean };
}

/** Articles shown open when a story has at most this many; past it they start folded. */
const OPEN_ARTICLES = 8;

export function severityBadges(counts: Readonly<Record<string, number>>): HTMLElement {
  const shown = SEVERITIES.filter((s) => (counts[s] ?? 0) > 0);
  if (shown.length === 0) return h("span", { class: "muted" }, "no findings");
  return h("span", { class: "badges" }, ...shown.map((s) => h("span", { class: `sev sev-${s}` }, `${counts[s]} ${s}`)));
}

export function renderStory(report: Report, story: Story, opts: StoryOptions = {}): HTMLElement {
  const labels = articleLabels(report);
  const L = (id: string) => labels.get(id) ?? "?";
  const articles = articlesOf(report, story);
  const refsByArticle = new Map<string, EvidenceRef[]>();
  for (const f of story.findings) {
    f.evidence.forEach((e, index) => refsByArticle.set(e.articleId, [...(refsByArticle.get(e.articleId) ?? []), { findingId: f.id, index, severity: f.severity, evidence: e }]));
  }
  const marks = new Map<string, HTMLElement[]>();
  const articleNodes = articles.map((a) => {
    const refs = refsByArticle.get(a.id) ?? [];
    const hl = highlightText(a.text, refs, bodyStart(a.text, a.title, refs));
    for (const [k, v] of hl.marks) marks.set(k, [...(marks.get(k) ?? []), ...v]);
    return articleView(a, L(a.id), hl.node, articles.length <= OPEN_ARTICLES);
  });

  const status = h("p", { class: "status muted", role: "status", "aria-live": "polite" });
  const buttons: HTMLButtonElement[] = [];
  let lit: HTMLElement[] = [];
  let at = 0;
  // Evidence next/previous: steps through the lit spans in page order, across articles, opening a folded article.
  const where = h("span", { class: "ev-at" });
  const prev = h("button", { type: "button", class: "secondary ev-prev", disabled: true, "aria-label": "Previous evidence" }, "◀ Prev");
  const next = h("button", { type: "button", class: "secondary ev-next", disabled: true, "aria-label": "Next evidence" }, "Next ▶");
  const stepper = h("div", { class: "ev-nav", hidden: true }, prev, where, next);
  const reduce = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const show = (i: number) => {
    at = (i + lit.length) % lit.length;
    const m = lit[at];
    if (!m) return;
    const fold = m.closest("details.art-body");
    if (fold instanceof HTMLDetailsElement) fold.open = true;
    for (const x of lit) x.classList.remove("here");
    m.classList.add("here");
    where.textContent = `${at + 1} / ${lit.length} · article ${m.closest("article")?.dataset["label"] ?? "?"}`;
    m.scrollIntoView({ block: "center", behavior: reduce() ? "auto" : "smooth" });
  };
  prev.addEventListener("click", () => show(at - 1));
  next.addEventListener("click", () => show(at + 1));
  const select = (key: string, findingId: string) => {
    for (const m of lit) m.classList.remove("lit", "here");
    lit = (marks.get(key) ?? []).slice().sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    for (const m of lit) m.classList.add("lit");
    stepper.hidden = lit.length === 0;
    prev.disabled = next.disabled = lit.length < 2;
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset["finding"] === findingId));
    history.replaceState(null, "", `#${encodeURIComponent(findingId)}`);
    const where = [...new Set(lit.map((m) => m.closest("article")?.dataset["label"] ?? "?"))];
    status.textContent = lit.length ? `${lit.length} evidence span${lit.length === 1 ? "" : "s"} highlighted in article${where.length === 1 ? "" : "s"} ${where.join(", ")}` : "This finding's evidence could not be located in the article texts.";
    if (lit.length) show(0);
  };

  // A matrix cell leads to the text: the finding that disputes the claim, else the claim's article.
  const openClaim = (claimId: string, articleId: string) => {
    const f = story.findings.find((x) => x.claimIds.includes(claimId) && (x.type === "contradiction" || x.type === "arithmetic")) ?? story.findings.find((x) => x.claimIds.includes(claimId));
    if (f) return select(f.id, f.id);
    const art = document.getElementById(`article-${articleId}`);
    const fold = art?.querySelector("details.art-body");
    if (fold instanceof HTMLDetailsElement) fold.open = true;
    art?.scrollIntoView({ block: "start" });
  };

  // On a phone the findings sit above the texts: one button takes the reader back to the selected finding.
  const back = h("button", { type: "button", class: "to-findings", "aria-label": "Back to the findings" }, "↑ Findings");
  back.addEventListener("click", () => {
    const pressed = buttons.find((b) => b.getAttribute("aria-pressed") === "true");
    (pressed ?? document.getElementById("findings-h"))?.scrollIntoView({ block: "center" });
    pressed?.focus({ preventScroll: true });
  });

  const reviews = new Map(opts.reviews ?? []);
  const filterSev = h("select", { class: "f-sev", "aria-label": "Minimum severity" }, h("option", { value: "" }, "any severity"), ...SEVERITIES.slice(0, 3).map((s) => h("option", { value: s }, s === "high" ? "high" : `${s} or higher`)));
  const filterReview = h("select", { class: "f-review", "aria-label": "Review state" }, h("option", { value: "" }, "any review state"), ...(["unreviewed", "confirmed", "dismissed", "needs-work"] as const).map((s) => h("option", { value: s }, REVIEW_LABELS[s])));
  const applyFilters = () => {
    const min = SEVERITIES.indexOf(filterSev.value as (typeof SEVERITIES)[number]);
    for (const li of Array.from(panelList.querySelectorAll<HTMLElement>("li.item"))) {
      const okSev = min < 0 || SEVERITIES.indexOf(li.dataset["severity"] as (typeof SEVERITIES)[number]) <= min;
      const okReview = !filterReview.value || li.dataset["review"] === filterReview.value;
      li.hidden = !(okSev && okReview);
    }
    for (const g of Array.from(panelList.querySelectorAll<HTMLElement>("section.group"))) g.hidden = !g.querySelector("li.item:not([hidden])");
  };
  filterSev.addEventListener("change", applyFilters);
  filterReview.addEventListener("change", applyFilters);
  const reviewOf = (f: Finding): HTMLElement | null => {
    const r = opts.review;
    if (!r && !reviews.has(f.id)) return null;
    if (!r) return h("p", { class: "small" }, h("span", { class: `review-state rs-${reviews.get(f.id)?.state}` }, REVIEW_LABELS[reviews.get(f.id)?.state ?? "unreviewed"]));
    const controls = reviewControls(r.storyId, f.id, reviews.get(f.id), (saved) => {
      reviews.set(f.id, saved);
      const li = controls.closest("li.item");
      const fresh = reviewOf(f);
      if (fresh) controls.replaceWith(fresh);
      if (li instanceof HTMLElement) li.dataset["review"] = saved.state;
      applyFilters();
    });
    return controls;
  };
  const panelList = h("div", { class: "finding-groups" },
    ...groupFindings(story.findings).map(([type, fs]) => h("section", { class: "group" },
      h("h3", {}, TYPE_TITLES[type], " ", severityBadges(severityCounts(fs))),
      h("ul", { class: "finding-list" }, ...fs.map((f) => findingItem(f, L, buttons, select, reviews.get(f.id)?.state ?? "unreviewed", reviewOf(f)))))));

  const findingsPanel = h("aside", { class: "findings", "aria-labelledby": "findings-h" },
    h("h2", { id: "findings-h" }, "Findings"),
    story.findings.length ? h("p", { class: "muted" }, "Select a finding to light up its evidence in the articles.") : h("p", { class: "muted" }, "No findings for this story."),
    opts.review ? reviewerForm(opts.review.auth) : null,
    story.findings.length ? h("div", { class: "form-row small" }, filterSev, filterReview) : null,
    status,
    stepper,
    panelList,
  );
  const fold = (open: boolean) => () => {
    for (const d of Array.from(articlesSection.querySelectorAll<HTMLDetailsElement>("details.art-body"))) d.open = open;
  };
  const expand = h("button", { type: "button", class: "secondary" }, "Open all");
  const collapse = h("button", { type: "button", class: "secondary" }, "Fold all");
  expand.addEventListener("click", fold(true));
  collapse.addEventListener("click", fold(false));
  const articlesSection = h("section", { class: "articles", "aria-label": "Articles" },
    h("div", { class: "articles-head" }, h("h2", { id: "articles-h" }, "Articles"), expand, collapse), ...articleNodes);

  return h("div", { class: "story" },
    h("h1", {}, story.title),
    h("p", {}, `${story.articleIds.length} article${story.articleIds.length === 1 ? "" : "s"} · ${timeframeText(story.timeframe)} · `, severityBadges(severityCounts(story.findings))),
    reasonsView(story.timeframe.reasons ?? []),
    story.notes?.length ? h("ul", { class: "muted" }, ...story.notes.map((n) => h("li", {}, n))) : null,
    opts.claimReviewHref || opts.jsonHref ? h("p", { class: "muted" }, "Export: ",
      opts.jsonHref ? h("a", { href: opts.jsonHref }, "report JSON") : null, opts.jsonHref && opts.claimReviewHref ? " · " : null,
      opts.claimReviewHref ? h("a", { href: opts.claimReviewHref }, "ClaimReview JSON-LD") : null) : null,
    h("nav", { class: "jump", "aria-label": "On this page" }, ...[["findings-h", "Findings"], ["articles-h", "Articles"], ["matrix-h", "Claim matrix"], ["derivations-h", "Derivations"], ["sourcing-h", "Sourcing"]].map(([id, label]) => h("a", { href: `#${id}` }, label))),
    h("h2", { id: "matrix-h" }, "Claim matrix"),
    matrixView(story, articles, L, openClaim),
    h("div", { class: "story-grid" }, findingsPanel, articlesSection),
    back,
    h("h2", { id: "derivations-h" }, "Derivations"),
    derivationsView(story.provenance, report, L),
    h("h2", { id: "sourcing-h" }, "Sourcing"),
    sourcingView(story, articles, L),
  );
}

function reasonsView(reasons: readonly string[]): HTMLElement | null {
  const unique = [...new Set(reasons)];
  if (unique.length === 0) return null;
  return h("details", { class: "reasons" }, h("summary", {}, `Why this time frame (${unique.length} dated fact${unique.length === 1 ? "" : "s"})`),
    h("ul", { class: "muted" }, ...unique.map((r) => h("li", {}, r))));
}

function groupFindings(findings: readonly Finding[]): [FindingType, Finding[]][] {
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  const groups = new Map<FindingType, Finding[]>();
  for (const f of [...findings].sort((a, b) => rank(a) - rank(b))) groups.set(f.type, [...(groups.get(f.type) ?? []), f]);
  return [...groups.entries()].sort((a, b) => rank(a[1][0] as Finding) - rank(b[1][0] as Finding));
}

function findingItem(f: Finding, L: (id: string) => string, buttons: HTMLButtonElement[], select: (key: string, findingId: string) => void, reviewState: string, review: HTMLElement | null): HTMLElement {
  const button = h("button", { type: "button", class: `finding sev-${f.severity}`, "aria-pressed": "false", "data-finding": f.id, "data-type": f.type },
    h("span", { class: "meta" }, h("span", { class: `sev sev-${f.severity}` }, f.severity), `${f.type} · articles ${[...new Set(f.articleIds.map(L))].join(", ")}`),
    f.summary,
    f.actual !== undefined ? h("span", { class: "says" }, `says: ${f.actual}`, f.expected !== undefined ? ` · expected: ${f.expected}` : "") : null,
  );
  button.addEventListener("click", () => select(f.id, f.id));
  buttons.push(button);
  const chips = f.evidence.slice(0, 12).map((e, i) => {
    const b = h("button", { type: "button", class: "chip", "data-evidence": `${f.id}#${i}` }, `${L(e.articleId)}: “${clip(e.text, 60)}”`);
    b.addEventListener("click", () => select(`${f.id}#${i}`, f.id));
    return h("li", {}, b);
  });
  return h("li", { class: "item", "data-severity": f.severity, "data-review": reviewState, "data-item": f.id }, button, chips.length > 1 ? h("ul", { class: "chips", "aria-label": "Evidence" }, ...chips) : null, review);
}

function articleView(a: ReportArticle, label: string, body: HTMLElement, open: boolean): HTMLElement {
  const meta = [a.outlet, a.publishedAt?.slice(0, 10), a.byline].filter((x): x is string => !!x);
  return h("article", { class: "art", id: `article-${a.id}`, "data-label": label, "data-article": a.id },
    h("header", {},
      h("h3", {}, h("span", { class: "label" }, label), a.title),
      meta.length ? h("div", { class: "muted" }, meta.join(" · ")) : null,
      a.url ? h("div", {}, h("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, a.url)) : null,
      a.path ? h("div", { class: "muted small path" }, `File: ${a.path}`) : null),
    h("details", { class: "art-body", open }, h("summary", {}, `Text of article ${label}`), body));
}

function matrixView(story: Story, all: readonly ReportArticle[], L: (id: string) => string, open: (claimId: string, articleId: string) => void): HTMLElement {
  const rows = claimMatrix(story);
  let articles = all;
  if (rows.length === 0) return h("p", { class: "muted" }, "No figure is stated by more than one article.");
  // only the articles that state one of the figures: a 40-article story need not scroll past 30 empty columns
  const stating = articles.filter((a) => rows.some((r) => r.cells.has(a.id)));
  const left = articles.length - stating.length;
  articles = stating;
  return h("div", { class: "scroll" }, h("table", { class: "matrix" },
    h("caption", { class: "muted" }, `Figures by what they count (rows) and article (columns); contested rows first.${left > 0 ? ` ${left} article${left === 1 ? " states" : "s state"} none of these figures.` : ""}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "What is counted"), ...articles.map((a) => h("th", { scope: "col", title: a.title }, L(a.id))))),
    h("tbody", {}, ...rows.map((r) => h("tr", { class: r.contested ? "contested" : null },
      h("th", { scope: "row" }, r.label, r.contested ? " " : null, r.contested ? h("span", { class: "sev sev-high" }, "contested") : null),
      ...articles.map((a) => h("td", {}, ...cellClaims(r.cells.get(a.id) ?? [], r.disputed).map(({ claim, text }) => {
        const disputed = r.disputed.has(claim.id);
        const b = h("button", { type: "button", class: `cell${disputed ? " disputed" : ""}`, "data-claim": claim.id, title: disputed ? "Disputed by a finding: show it in the texts" : "Show in the text" }, text);
        b.addEventListener("click", () => open(claim.id, a.id));
        return b;
      }))))))));
}

/** One button per distinct wording in a cell (repeats counted), a disputed claim preferred as the target. */
function cellClaims(claims: readonly ReportClaim[], disputed: ReadonlySet<string>): { claim: ReportClaim; text: string }[] {
  const groups = new Map<string, ReportClaim[]>();
  for (const c of claims) groups.set(c.span.text, [...(groups.get(c.span.text) ?? []), c]);
  return [...groups].map(([t, cs]) => ({ claim: cs.find((c) => disputed.has(c.id)) ?? (cs[0] as ReportClaim), text: cellText(cs.map(() => t)) }));
}

const PAIRS_SHOWN = 12;

/** Derivations shown open; past this many each one folds to its one-line summary, its pairs drawn when opened. */
const OPEN_DERIVATIONS = 3;
/** Derivations listed before a "Show all" button. */
const DERIVATIONS_LISTED = 12;

function derivationsView(derivations: readonly Derivation[], report: Report, L: (id: string) => string): HTMLElement {
  if (derivations.length === 0) return h("p", { class: "muted" }, "No article in this story was found to derive from another.");
  const title = (id: string) => report.articles.find((a) => a.id === id)?.title ?? id;
  const open = derivations.length <= OPEN_DERIVATIONS;
  const one = (d: Derivation): HTMLElement => {
    const pairs = h("div", {});
    const showPairs = (n: number) => {
      pairs.replaceChildren(...d.pairs.slice(0, n).map((p) => h("div", { class: "pair" },
        markChanges(p.from.text, p.changes.flatMap((c) => (c.before ? [c.before] : [])), "del"),
        markChanges(p.to.text, p.changes.flatMap((c) => (c.after ? [c.after] : [])), "ins"),
        p.changes.length ? h("p", { class: "changes" }, p.changes.map((c) => `${c.kind}: ${c.before ?? "—"} → ${c.after ?? "—"}`).join("; ")) : null)));
    };
    const more = d.pairs.length > PAIRS_SHOWN ? h("button", { type: "button", class: "secondary" }, `Show all ${d.pairs.length} aligned pairs`) : null;
    more?.addEventListener("click", () => (showPairs(d.pairs.length), more.remove()));
    const section = h("details", { class: "deriv", open },
      h("summary", {}, h("strong", {}, `${L(d.to)} ${d.relation === "near-duplicate" ? "duplicates" : "rewrites"} ${L(d.from)}`),
        h("span", { class: "muted" }, ` — ${d.relation}, similarity ${d.score.toFixed(2)}, ${d.alignedSentences} aligned sentences; direction ${d.direction}${d.directionBasis ? ` (${d.directionBasis})` : ""}.`)),
      h("div", { class: "pair" }, h("strong", {}, `${L(d.from)}: ${clip(title(d.from), 80)}`), h("strong", {}, `${L(d.to)}: ${clip(title(d.to), 80)}`)),
      pairs, more);
    // a folded derivation draws its sentence pairs when first opened: 99 rewrites need not build 1,200 pairs up front
    if (open) showPairs(PAIRS_SHOWN);
    else section.addEventListener("toggle", () => void (section.open && !pairs.firstChild && showPairs(PAIRS_SHOWN)));
    return section;
  };
  // A wire story copied by every outlet gives a derivation per pair of copies: the first few, then all on request.
  const list = h("div", {}, ...derivations.slice(0, DERIVATIONS_LISTED).map(one));
  const all = derivations.length > DERIVATIONS_LISTED ? h("button", { type: "button", class: "secondary" }, `Show all ${derivations.length} derivations`) : null;
  all?.addEventListener("click", () => (list.append(...derivations.slice(DERIVATIONS_LISTED).map(one)), all.remove()));
  return h("div", {}, open ? null : h("p", { class: "muted" }, `${derivations.length} rewrites or duplicates; open one to see its sentences side by side.`), list, all);
}

function sourcingView(story: Story, articles: readonly ReportArticle[], L: (id: string) => string): HTMLElement {
  const rows = story.sourcing ?? [];
  const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.cites)))].sort();
  if (rows.length === 0 || kinds.length === 0) return h("p", { class: "muted" }, "No sourcing data in this report.");
  const byArticle = new Map(rows.map((r) => [r.articleId, r.cites]));
  return h("div", { class: "scroll" }, h("table", { class: "sourcing" },
    h("caption", { class: "muted" }, "Who each article cites, by kind of source."),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Article"), ...kinds.map((k) => h("th", { scope: "col" }, k)))),
    h("tbody", {}, ...articles.map((a) => h("tr", {},
      h("th", { scope: "row", title: a.title }, `${L(a.id)} ${clip(a.title, 40)}`),
      ...kinds.map((k) => h("td", { class: "num" }, String(byArticle.get(a.id)?.[k] ?? 0))))))));
}

/** At most n characters, cut at a space that keeps at least half (as the terminal summary's clip), ending in "…". */
export function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  let cut = s.slice(0, n).search(/\s\S*$/);
  if (cut < Math.ceil(n / 2)) cut = /[\uD800-\uDBFF]/.test(s[n - 2] ?? "") ? n - 2 : n - 1;
  return `${s.slice(0, cut).replace(/[\s,;:(\[{“"'‘–—-]+$/u, "")}…`;
}
