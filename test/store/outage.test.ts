// A worker on a PostgreSQL server that goes away: it says so once, waits with backoff, and goes
// on when the server is back, losing nothing. The outage is a TCP proxy between worker and server
// that drops every connection and refuses new ones, opened and closed by gates, not timers.
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { assignJob } from "../../src/cli/commands/worker.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { openStore } from "../../src/store/open.js";

const url = process.env["TEST_DATABASE_URL"];
const schema = `outage_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

interface Proxy { server: Server; port: number; cut(): void; restore(): void }

async function proxy(target: URL): Promise<Proxy> {
  let down = false;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (down) return void client.destroy();
    const up = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, up]) {
      open.add(s);
      s.on("error", () => undefined);
      s.on("close", () => { open.delete(s); client.destroy(); up.destroy(); });
    }
    client.pipe(up).pipe(client);
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", res));
  const port = (server.address() as { port: number }).port;
  return {
    server, port,
    cut() { down = true; for (const s of open) s.destroy(); },
    restore() { down = false; },
  };
}

let p: Proxy | undefined;
afterAll(async () => { p?.server.close(); });

describe.skipIf(!url)("a worker during a database outage", () => {
  it("logs each outage once, says as soon as the server is back, reconnects and finishes every job", async () => {
    p = await proxy(new URL(url!));
    const via = new URL(url!);
    via.host = `127.0.0.1:${p.port}`;
    via.searchParams.set("options", `-c search_path=${schema}`);
    const setup = await openStore({ db: url!, schema });
    const articles = Array.from({ length: 12 }, (_, i) => articleFromRecord(`a${i}`, {
      title: `Bridge closure ${i}`,
      text: `Officials in the town of Kervel ${i} closed the old river bridge on Tuesday after inspectors found cracks, mayor Ines Dal said. Repairs will take ${i + 2} weeks.`,
    }));
    await setup.putArticles(articles, (a) => [assignJob(a.id)]);

    let cutDone = false;
    const err: string[] = [];
    // What was done when the worker said the server was back: read while the server is cut off
    // from the worker again, so the worker cannot go on meanwhile.
    let doneWhenBack: Promise<number> | undefined;
    const io: Io = {
      stdout: () => undefined,
      stderr: (s) => {
        err.push(s);
        // The gates: the server comes back once the worker has said it lost it; the first time it
        // says the server is back, the server goes away again until the count has been read.
        if (/lost the database/.test(s)) {
          if (doneWhenBack === undefined) p!.restore();
          else void doneWhenBack.then(() => p!.restore());
        }
        if (/the database is back/.test(s) && doneWhenBack === undefined) {
          p!.cut();
          doneWhenBack = setup.storyAssignments(articles.map((a) => a.id)).then((m) => m.size);
        }
      },
      isTTY: false, cwd: process.cwd(), env: {}, now: () => new Date(),
    };
    const worker = main(["worker", "--once", "--concurrency", "4", "--db", via.toString()], io);
    // Cut the connection once the worker has done part of the work.
    for (let i = 0; i < 2000 && !cutDone; i++) {
      const done = await setup.storyAssignments(articles.map((a) => a.id));
      if (done.size >= 4) { p.cut(); cutDone = true; }
      else await new Promise((r) => setImmediate(r));
    }
    expect(cutDone).toBe(true);
    expect(await worker).toBe(0);
    const log = err.join("");
    expect(log.match(/lost the database/g)).toHaveLength(2);
    expect(log.match(/the database is back after [\d.]+ s; \d+ jobs this worker held are queued again; going on/g)).toHaveLength(2);
    // Said as soon as the server answered, not once the queue was done.
    expect(await doneWhenBack).toBeLessThan(12);
    expect(log).not.toMatch(/Unhandled|internal error/);
    // The jobs done before each outage count in the summary too (twelve placements at least).
    expect(Number(/(\d+) jobs done/.exec(log)?.[1])).toBeGreaterThanOrEqual(12);
    expect((await setup.storyAssignments(articles.map((a) => a.id))).size).toBe(12);
    expect(await setup.counts()).toMatchObject({ articles: 12, failed: 0 });
    await setup.close();
  }, 120_000);
});
