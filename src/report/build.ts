// report: assemble the contract from the stages' outputs; assign stable finding ids; order
// findings by severity so every renderer shows the most misleading first.
import type { Article } from "../domain/article.js";
import { toReportClaim, type Claim } from "../domain/claim.js";
import type { Finding, FindingDraft } from "../domain/finding.js";
import { SEVERITY_ORDER } from "../domain/finding.js";
import type { InputProblem, Report } from "../domain/report.js";
import { toReportArticle } from "../domain/report.js";
import type { Derivation, SourcingRow, Story, Timeframe } from "../domain/story.js";
import type { StoryGroup } from "../stories/cluster.js";

/** What the report reads of a story's group: its id, title, notes and its articles (not their annotations). */
export type ReportGroup = Pick<StoryGroup, "id" | "title" | "notes"> & { readonly docs: readonly { readonly article: Article }[] };

export interface StoryParts {
  readonly group: ReportGroup;
  readonly claims: readonly Claim[];
  readonly timeframe: Timeframe;
  readonly derivations: readonly Derivation[];
  readonly findings: readonly FindingDraft[];
  readonly sourcing: readonly SourcingRow[];
}

export function buildReport(articles: readonly Article[], parts: readonly StoryParts[], generatedAt: string, problems: readonly InputProblem[]): Report {
  const report: Report = { version: 1, generatedAt, articles: articles.map(toReportArticle), stories: parts.map(buildStory) };
  return problems.length > 0 ? { ...report, problems } : report;
}

/** One story of the report: its findings ordered by severity and given ids. */
export function buildStory(p: StoryParts): Story {
  const sorted = [...p.findings].sort((a, b) =>
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.type.localeCompare(b.type)
    || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const findings: Finding[] = sorted.map((f, i) => ({ id: `${p.group.id}-f${i + 1}`, ...f }));
  return {
    id: p.group.id,
    title: p.group.title,
    articleIds: p.group.docs.map((d) => d.article.id),
    timeframe: p.timeframe,
    claims: p.claims.map(toReportClaim),
    findings,
    provenance: p.derivations,
    sourcing: p.sourcing,
    notes: p.group.notes,
  };
}
