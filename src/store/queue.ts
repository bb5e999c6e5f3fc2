// The job queue: a jobs table claimed with FOR UPDATE SKIP LOCKED and leased for a while.
// Chosen over graphile-worker because graphile-worker needs a pg.Pool with LISTEN/NOTIFY and
// its own schema, which embedded PGlite (one in-process connection) does not offer; one table
// serves both backends, is covered by the same conformance suite, and a killed worker's job
// comes back when its lease runs out. Leases are short (LEASE_MS) and a live worker renews the
// leases of the jobs it holds (renew) every few seconds, so a dead worker's jobs come back within
// seconds while a slow job is never taken from a live one. Handlers must be idempotent (a lease
// can still expire mid-job when a worker is stalled longer than a lease).
import type { Queryable } from "./driver.js";
import type { ClaimOptions, Job, JobSpec } from "./store.js";

/** How long a claimed job stays a worker's without being renewed. */
export const LEASE_MS = 30_000;

export async function enqueue(db: Queryable, jobs: readonly JobSpec[]): Promise<number> {
  let n = 0;
  for (const requeue of [false, true]) {
    const batch = jobs.filter((j) => (j.requeue ?? false) === requeue);
    if (batch.length === 0) continue;
    const params: unknown[] = [];
    const values = batch.map((j) =>
      `($${params.push(j.kind)}, $${params.push(j.key)}, $${params.push(JSON.stringify(j.payload))}::jsonb, now() + make_interval(secs => $${params.push(j.delayMs ?? 0)}::float8 / 1000))`);
    const onConflict = requeue
      ? `DO UPDATE SET
           state = CASE WHEN jobs.state = 'running' THEN 'running' ELSE 'queued' END,
           rerun = jobs.state = 'running',
           attempts = CASE WHEN jobs.state = 'running' THEN jobs.attempts ELSE 0 END,
           run_at = EXCLUDED.run_at, last_error = NULL, payload = EXCLUDED.payload`
      : "DO NOTHING";
    const rows = await db.query(`INSERT INTO jobs (kind, key, payload, run_at) VALUES ${values.join(", ")} ON CONFLICT (key) ${onConflict} RETURNING id`, params);
    n += rows.length;
  }
  return n;
}

interface JobRow { id: string | number; kind: string; key: string; payload: Record<string, unknown>; attempts: number }

export async function claim(db: Queryable, workerId: string, opts: ClaimOptions = {}): Promise<Job[]> {
  await db.query(
    `UPDATE jobs SET state = 'failed', last_error = 'the worker was lost ' || attempts || ' times (killed or timed out)', locked_by = NULL, finished_at = now()
     WHERE state = 'running' AND locked_until < now() AND attempts >= max_attempts`,
  );
  // A job whose worker was lost may be what killed it (an article that exhausts memory): it is
  // claimed alone, so it fails alone instead of taking a whole batch down with it each attempt.
  const take = (where: string, limit: number) => db.query<JobRow>(
    `UPDATE jobs SET state = 'running', locked_by = $1, locked_until = now() + make_interval(secs => $3::float8 / 1000), attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM jobs WHERE ${where} AND ($4::text IS NULL OR kind = $4)
       ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING id, kind, key, payload, attempts`,
    [workerId, limit, opts.leaseMs ?? LEASE_MS, opts.kind ?? null],
  );
  let rows = await take("state = 'running' AND locked_until < now() AND attempts < max_attempts", 1);
  if (rows.length === 0) rows = await take("state = 'queued' AND run_at <= now()", opts.limit ?? 1);
  return rows.map((r) => ({ id: Number(r.id), kind: r.kind, key: r.key, payload: r.payload, attempts: r.attempts })).sort((a, b) => a.id - b.id);
}

/**
 * Extends the leases of these jobs by leaseMs from now, for those this worker still holds; returns
 * how many it held (a job missing from the count was taken back: the worker stalled past its lease).
 */
export async function renew(db: Queryable, jobIds: readonly number[], workerId: string, leaseMs: number = LEASE_MS): Promise<number> {
  if (jobIds.length === 0) return 0;
  const rows = await db.query<{ id: string | number }>(
    `UPDATE jobs SET locked_until = now() + make_interval(secs => $3::float8 / 1000)
     WHERE id = ANY($1::bigint[]) AND locked_by = $2 AND state = 'running' RETURNING id`,
    [jobIds, workerId, leaseMs]);
  return rows.length;
}

export async function complete(db: Queryable, job: Job, workerId: string): Promise<boolean> {
  return (await completeAll(db, [job], workerId)).has(job.id);
}

export async function completeAll(db: Queryable, jobs: readonly Job[], workerId: string): Promise<Set<number>> {
  if (jobs.length === 0) return new Set();
  const rows = await db.query<{ id: string | number }>(
    `UPDATE jobs SET state = CASE WHEN rerun THEN 'queued' ELSE 'done' END, rerun = false, attempts = CASE WHEN rerun THEN 0 ELSE attempts END,
       locked_by = NULL, locked_until = NULL, finished_at = now()
     WHERE id = ANY($1::bigint[]) AND locked_by = $2 AND state = 'running' RETURNING id`,
    [jobs.map((j) => j.id), workerId],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

export async function fail(db: Queryable, job: Job, workerId: string, error: string): Promise<void> {
  await db.query(
    `UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
       run_at = now() + make_interval(secs => least(300, power(2, attempts))::float8),
       last_error = $3, locked_by = NULL, locked_until = NULL
     WHERE id = $1 AND locked_by = $2 AND state = 'running'`,
    [job.id, workerId, error.slice(0, 2000)],
  );
}

export interface FailedJob {
  readonly id: number;
  readonly kind: string;
  readonly key: string;
  readonly attempts: number;
  readonly error: string | null;
  readonly finishedAt: string | null;
}

export async function failedJobs(db: Queryable, limit = 1000): Promise<FailedJob[]> {
  const rows = await db.query<{ id: string | number; kind: string; key: string; attempts: number; last_error: string | null; finished_at: Date | string | null }>(
    "SELECT id, kind, key, attempts, last_error, finished_at FROM jobs WHERE state = 'failed' ORDER BY id LIMIT $1", [limit]);
  return rows.map((r) => ({
    id: Number(r.id), kind: r.kind, key: r.key, attempts: r.attempts, error: r.last_error,
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at).toISOString(),
  }));
}

/** Puts failed jobs (all, or those with these keys) back in the queue with fresh attempts; returns how many. */
export async function requeueFailed(db: Queryable, keys?: readonly string[]): Promise<number> {
  const rows = await db.query<{ id: string | number }>(
    `UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), last_error = NULL, locked_by = NULL, locked_until = NULL, finished_at = NULL
     WHERE state = 'failed' AND ($1::text[] IS NULL OR key = ANY($1::text[])) RETURNING id`,
    [keys ?? null]);
  return rows.length;
}

/**
 * Ends the leases of running jobs so they can be claimed at once (they then count as lost, so each
 * is retried alone): those a worker and its lanes ("id/0", "id/1" …) hold, or, without a worker, every
 * running job — only for a store no other process can have open. Returns how many.
 */
export async function releaseHeld(db: Queryable, workerId: string | null): Promise<number> {
  const rows = await db.query<{ id: string | number }>(
    `UPDATE jobs SET locked_until = now() - interval '1 second'
     WHERE state = 'running' AND locked_until >= now()
       AND ($1::text IS NULL OR locked_by = $1 OR starts_with(locked_by, $1 || '/')) RETURNING id`, [workerId]);
  return rows.length;
}
