// Analyses kept for a while so a result can be linked and downloaded (POST /api/analyze?keep →
// GET /api/analyses/:id). In memory only, gone when the server stops; bounded by count and by
// bytes, the oldest dropped first. Ids are random (128 bits): the link is the only key to a
// result, since the analyze page needs no login.
import { randomBytes } from "node:crypto";
import type { Report } from "../domain/report.js";

export interface KeptAnalysesConfig {
  /** Most analyses kept. */
  readonly count: number;
  /** Most bytes of report JSON kept, all analyses together. */
  readonly bytes: number;
}

export const DEFAULT_KEPT: KeptAnalysesConfig = { count: 200, bytes: 64 * 1024 * 1024 };

export class KeptAnalyses {
  private readonly kept = new Map<string, { readonly report: Report; readonly size: number }>();
  private bytes = 0;

  constructor(private readonly config: KeptAnalysesConfig = DEFAULT_KEPT) {}

  /** Keeps the report and returns its id; null when the report alone is larger than the whole allowance. */
  keep(report: Report): string | null {
    const size = JSON.stringify(report).length;
    if (size > this.config.bytes || this.config.count < 1) return null;
    for (const [id, entry] of this.kept) {
      if (this.kept.size < this.config.count && this.bytes + size <= this.config.bytes) break;
      this.kept.delete(id);
      this.bytes -= entry.size;
    }
    const id = randomBytes(16).toString("base64url");
    this.kept.set(id, { report, size });
    this.bytes += size;
    return id;
  }

  get(id: string): Report | null {
    return this.kept.get(id)?.report ?? null;
  }
}
