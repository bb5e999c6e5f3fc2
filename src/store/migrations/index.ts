// Ordered schema migrations, shared by every backend. Applied once each, recorded in
// schema_migrations, under an advisory lock so workers starting together do not race.
import type { Driver } from "../driver.js";
import { sql as init } from "./0001_init.js";
import { sql as storyReports } from "./0002_story_reports.js";
import { sql as keyWindows } from "./0003_key_windows.js";
import { sql as docsInOrder } from "./0004_docs_in_order.js";
import { sql as runningJobs } from "./0005_running_jobs.js";
import { sql as termVectors } from "./0006_term_vectors.js";
import { sql as failedJobs } from "./0007_failed_jobs.js";
import { sql as findingReviews } from "./0008_finding_reviews.js";
import { sql as oneClusterer } from "./0009_one_clusterer.js";
import { sql as reportArticles } from "./0010_report_articles.js";
import { sql as storyDays } from "./0011_story_days.js";

export const MIGRATIONS: readonly { readonly id: string; readonly sql: string }[] = [
  { id: "0001_init", sql: init },
  { id: "0002_story_reports", sql: storyReports },
  { id: "0003_key_windows", sql: keyWindows },
  { id: "0004_docs_in_order", sql: docsInOrder },
  { id: "0005_running_jobs", sql: runningJobs },
  { id: "0006_term_vectors", sql: termVectors },
  { id: "0007_failed_jobs", sql: failedJobs },
  { id: "0008_finding_reviews", sql: findingReviews },
  { id: "0009_one_clusterer", sql: oneClusterer },
  { id: "0010_report_articles", sql: reportArticles },
  { id: "0011_story_days", sql: storyDays },
];

const LOCK = 7_340_021;

export async function migrate(db: Driver): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK]);
    await tx.query("CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const done = new Set((await tx.query<{ id: string }>("SELECT id FROM schema_migrations")).map((r) => r.id));
    const applied: string[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      for (const stmt of m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await tx.query(stmt);
      await tx.query("INSERT INTO schema_migrations (id) VALUES ($1)", [m.id]);
      applied.push(m.id);
    }
    return applied;
  });
}
