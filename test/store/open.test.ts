// Opening a store that cannot be used fails with an InputError naming the store and the fix.
import { mkdtemp, mkdir, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/domain/errors.js";
import { articleFromRecord } from "../../src/ingest/record.js";
import { openStore } from "../../src/store/open.js";
import { main } from "../../src/cli/main.js";

let root: string;
beforeAll(async () => { root = await mkdtemp(join(tmpdir(), "tri-open-")); });
afterAll(async () => { await rm(root, { recursive: true, force: true }); });

async function problem(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as InputError).message;
}

describe("opening a store", () => {
  it("refuses a folder that holds other files", async () => {
    const dir = join(root, "docs");
    await mkdir(dir);
    await writeFile(join(dir, "notes.txt"), "hello");
    expect(await problem(openStore({ db: dir }))).toMatch(/is not a Triangulate store .*notes\.txt.*pass --db an empty or new folder/);
  });

  it("refuses a path it cannot create", async () => {
    await writeFile(join(root, "file"), "x");
    expect(await problem(openStore({ db: join(root, "file", "db") }))).toMatch(/cannot create the store folder \(ENOTDIR\); pass --db a writable folder/);
  });

  it("refuses a damaged store without a stack trace", async () => {
    const dir = join(root, "damaged");
    await mkdir(join(dir, "pgdata"), { recursive: true });
    await writeFile(join(dir, "pgdata", "PG_VERSION"), "garbage\n");
    await writeFile(join(dir, "pgdata", "postgresql.conf"), "\u0000\u0001 not a config");
    expect(await problem(openStore({ db: dir }))).toMatch(/is damaged: its database files are incomplete \(pgdata\/global\/pg_control, pgdata\/base missing\)/);
  }, 30_000);

  it.each(["PG_VERSION", "global/pg_control"])("refuses a store missing %s instead of creating an empty one over it", async (file) => {
    const dir = join(root, `missing-${file.replace("/", "-")}`);
    const store = await openStore({ db: dir });
    await store.putArticles([articleFromRecord("a", { text: "A dam burst above the village of Orlen on Sunday." })]);
    await store.close();
    await rm(join(dir, "pgdata", file));
    expect(await problem(openStore({ db: dir }))).toMatch(new RegExp(`is damaged: .*pgdata/${file} missing.*nothing was changed; restore the folder from a backup`));
    // Nothing was written: the file is still missing, so a second open refuses again.
    expect(await stat(join(dir, "pgdata", file)).catch(() => null)).toBeNull();
    expect(await problem(openStore({ db: dir }))).toMatch(/is damaged/);
  }, 60_000);

  it("status says a store whose articles table lost pages is damaged, instead of counting what is left", async () => {
    const dir = join(root, "truncated");
    await writeFile(join(root, "new.txt"), "A ferry ran aground off Tarsk on Monday; all 40 passengers were taken off safely.");
    const store = await openStore({ db: dir });
    const arts = Array.from({ length: 300 }, (_, i) => articleFromRecord(`a${i}`, { text: `Flood report ${i}: the river rose ${"overnight and closed the valley road ".repeat(8)}.` }));
    await store.putArticles(arts, (a) => [{ kind: "assign", key: `assign:${a.id}`, payload: { articleId: a.id } }]);
    const rows = await (store as unknown as { db: { query<T>(s: string): Promise<T[]> } }).db.query<{ path: string }>("SELECT pg_relation_filepath('articles') AS path");
    const path = rows[0]!.path;
    await store.close();
    // Keep the table file's first page only: a damaged file that still reads.
    await truncate(join(dir, "pgdata", path), 8192);
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (x: string) => void out.push(x), stderr: (x: string) => void err.push(x), isTTY: false, cwd: root, env: {}, now: () => new Date() };
    expect(await main(["status", "--db", dir, "--format", "json"], io)).toBe(1);
    const status = JSON.parse(out.join(""));
    expect(status.articles).toBeLessThan(300);
    expect(status.problems.join(" ")).toMatch(/\d+ queued or finished article jobs name articles the store no longer has/);
    expect(err.join("")).toMatch(/the store looks damaged; restore it from a backup/);
    // Commands that write refuse it, naming the folder and the fix, and add nothing.
    for (const argv of [["ingest", join(root, "new.txt")], ["regroup"], ["worker", "--once"]]) {
      err.length = 0;
      expect(await main([...argv, "--db", dir], io)).toBe(2);
      expect(err.join("")).toContain(`${dir}: ${status.problems[0]}; nothing was changed. The store looks damaged: restore it from a backup`);
    }
    out.length = 0;
    await main(["status", "--db", dir, "--format", "json"], io);
    expect(JSON.parse(out.join("")).articles).toBe(status.articles);
  }, 60_000);

  it("names a damaged index file as store damage, not as an internal error", async () => {
    const dir = join(root, "bad-index");
    const store = await openStore({ db: dir });
    await store.putArticles(Array.from({ length: 200 }, (_, i) => articleFromRecord(`a${i}`, { text: `Storm note ${i}: gusts of ${i} km/h felled trees along the coast road.` })));
    const rows = await (store as unknown as { db: { query<T>(s: string): Promise<T[]> } }).db.query<{ path: string }>("SELECT pg_relation_filepath('articles_pkey') AS path");
    await store.close();
    await truncate(join(dir, "pgdata", rows[0]!.path), 0);
    await writeFile(join(root, "storm.txt"), "Gales closed the harbour at Vessby on Friday and two ferries stayed in port.");
    for (const argv of [["ingest", join(root, "storm.txt")], ["status"]]) {
      const err: string[] = [];
      const io = { stdout: () => undefined, stderr: (x: string) => void err.push(x), isTTY: false, cwd: root, env: {}, now: () => new Date() };
      expect(await main([...argv, "--db", dir], io)).toBe(1);
      expect(err.join("")).toMatch(new RegExp(`^triangulate ${argv[0]}: the store's database files are damaged \\(could not read block.*\\); nothing half-written was kept\\. Restore the store folder from a backup`));
    }
  }, 60_000);

  it("refuses a store another live process holds, saying once that it waits for it", async () => {
    const dir = join(root, "held");
    await mkdir(dir);
    await writeFile(join(dir, "lock"), String(process.ppid));
    const told: string[] = [];
    expect(await problem(openStore({ db: dir, lockWaitMs: 500, onWait: (m) => void told.push(m) }))).toMatch(/is in use by process \d+; wait for it to finish/);
    expect(told).toEqual([`${dir} is in use by process ${process.ppid}; waiting up to 1 s for it to finish`]);
  });

  // A container restarted after kill -9 often gives the new process the old one's id: the lock
  // names the holder's start time too, and a live process that started at another time is not it.
  it.each([
    ["left by a dead process", "stale", "999999999"],
    ["whose process id now belongs to another process", "reused", `${process.ppid} 1`],
  ])("takes over a lock %s", async (_what, name, lock) => {
    const dir = join(root, name);
    await mkdir(dir);
    await writeFile(join(dir, "lock"), lock);
    const store = await openStore({ db: dir, lockWaitMs: 0 });
    expect((await store.counts()).articles).toBe(0);
    await store.close();
  }, 30_000);

  it("lets one of several processes opening a store at once in, and tells the others who holds it", async () => {
    const dir = join(root, "contended");
    // Each child opens the store and says how it went; the one that got in holds it until the
    // test closes its stdin (a gate, not a timer), once every child has answered.
    const script = `import("${join(process.cwd(), "src/store/open.ts")}").then(async (m) => { try { const s = await m.openStore({ db: ${JSON.stringify(dir)}, lockWaitMs: 0 }); console.log("opened"); process.stdin.resume(); await new Promise((r) => process.stdin.on("end", r)); await s.close(); } catch (e) { console.log("refused: " + e.message); } })`;
    const kids = Array.from({ length: 3 }, () => spawn(process.execPath, ["--import", "tsx", "-e", script], { stdio: ["pipe", "pipe", "inherit"] }));
    const out = await Promise.all(kids.map((k) => new Promise<string>((res) => {
      let text = "";
      k.stdout.on("data", (d: Buffer) => { text += d.toString(); if (text.includes("\n")) res(text.trim()); });
      k.on("exit", () => res(text.trim()));
    })));
    for (const k of kids) k.stdin.end();
    await Promise.all(kids.map((k) => new Promise((res) => (k.exitCode !== null ? res(null) : k.on("exit", res)))));
    expect(out.filter((o) => o === "opened")).toHaveLength(1);
    for (const o of out.filter((o) => o !== "opened")) expect(o).toMatch(/refused: .*is in use by process \d+/);
  }, 60_000);

  it("names the server and the fix when it cannot connect", async () => {
    expect(await problem(openStore({ env: { DATABASE_URL: "postgres://u:secret@127.0.0.1:1/x" } }))).toMatch(/^postgres:\/\/u:\*\*\*@127\.0\.0\.1:1\/x: could not connect \(ECONNREFUSED\); check DATABASE_URL/);
  });
});
