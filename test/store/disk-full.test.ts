// A full disk ends a command within seconds with a message saying so, and leaves the store
// readable once space is freed. Needs a small tmpfs (root in a container that allows mounts);
// skipped, saying why, where the machine does not allow one.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";
import { openStore } from "../../src/store/open.js";
import { articleFromRecord } from "../../src/ingest/record.js";

const mnt = mkdtempSync(join(tmpdir(), "tri-full-"));
let mounted = false;
try {
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=80m", "tmpfs", mnt], { stdio: "ignore" });
  mounted = true;
} catch {
  console.warn("disk-full test skipped: cannot mount a tmpfs here (needs root and mount permission)");
}
writeFileSync(join(tmpdir(), "tri-full-input.jsonl"), Array.from({ length: 400 }, (_, i) => JSON.stringify({
  id: `a${i}`, title: `Storm report ${i}`,
  text: `Storm report ${i}. ${"Heavy rain flooded the river valley towns overnight, officials said, and roads were closed. ".repeat(60)}`,
})).join("\n"));
afterAll(() => {
  if (mounted) execFileSync("umount", ["-l", mnt], { stdio: "ignore" });
  rmSync(mnt, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), isTTY: false, cwd: mnt, env: {}, now: () => new Date("2026-01-01T00:00:00Z") };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

describe.skipIf(!mounted)("a full disk", () => {
  it("refuses to open or create a store on a full disk, saying the disk is full, keeping the store and leaving no new folder", async () => {
    const db = join(mnt, "kept");
    const first = await openStore({ db });
    await first.putArticles([articleFromRecord("k1", { text: "Snow closed the Brenner pass on Thursday; 300 lorries waited at the border." })]);
    await first.close();
    const fill = (keep: number) => writeFileSync(join(mnt, "filler"), Buffer.alloc(Math.max(0, statfsSync(mnt).bavail * statfsSync(mnt).bsize - keep)));
    try {
      // A little space left: a new store cannot start, and its folder is not left behind.
      fill(64 * 1024);
      const n = io();
      expect(await main(["ingest", join(tmpdir(), "tri-full-input.jsonl"), "--db", join(mnt, "new")], n.io)).toBe(2);
      expect(n.err()).toMatch(new RegExp(`${mnt}/new: could not be created: the disk is full \\([\\d.]+ MB free\\); free some space or pass --db a folder on another disk\n$`));
      expect(existsSync(join(mnt, "new"))).toBe(false);
      rmSync(join(mnt, "filler"));
      // No space at all: not even the lock file can be written; the store is said to be intact.
      fill(0);
      const t = io();
      expect(await main(["status", "--db", db], t.io)).toBe(2);
      expect(t.err()).toBe(`triangulate: ${db}: cannot lock the store: the disk is full; free some space (the store itself is likely intact: keep it)\n`);
    } finally {
      rmSync(join(mnt, "filler"), { force: true });
    }
    // Space freed: the store opens with its article.
    const again = await openStore({ db });
    expect((await again.counts()).articles).toBe(1);
    await again.close();
  }, 120_000);

  it("ends ingest with a message naming the cause, and running it again once space is freed finishes the work", async () => {
    const db = join(mnt, "store");
    (await openStore({ db })).close();
    // Leave about 1 MB free, then ingest far more than that.
    const free = statfsSync(mnt).bavail * statfsSync(mnt).bsize;
    writeFileSync(join(mnt, "filler"), Buffer.alloc(Math.max(0, free - 1_000_000)));
    const t = io();
    const code = await main(["ingest", join(tmpdir(), "tri-full-input.jsonl"), "--db", db], t.io);
    expect(code).toBe(1);
    expect(t.err()).toMatch(/the disk is full .*free some space and run it again/);
    expect(t.err()).not.toMatch(/internal error/);
    rmSync(join(mnt, "filler"));
    // Running it again finishes the work, with each article stored once.
    const again = io();
    expect(await main(["ingest", join(tmpdir(), "tri-full-input.jsonl"), "--db", db], again.io)).toBe(0);
    const r = JSON.parse(again.out());
    expect(r, again.err()).toMatchObject({ articles: 400, queued: 0, failed: 0 });
  }, 180_000);
});
