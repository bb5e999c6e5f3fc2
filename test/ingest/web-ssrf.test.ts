// The SSRF guard: without --allow-private, nothing that resolves to this machine or its
// network is fetched, whether named directly, through DNS, or through a redirect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedReason } from "../../src/ingest/ssrf.js";
import { readUrl } from "../../src/ingest/web.js";
import { startServer, type FixtureServer } from "./web-server.js";

let srv: FixtureServer;
let port = "";
beforeAll(async () => {
  srv = await startServer({
    "/to-private": (res) => { res.writeHead(302, { location: `http://intranet.test:${port}/news/quake` }); res.end(); },
    "/to-metadata": (res) => { res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }); res.end(); },
  });
  port = new URL(srv.base).port;
});
afterAll(async () => { await srv.close(); });

const dns: Record<string, string[]> = { "public.test": ["127.0.0.1"], "intranet.test": ["10.0.0.5"], "sneaky.test": ["93.184.216.34", "192.168.1.10"] };
const lookup = async (h: string) => dns[h] ?? [];
/** public.test is served by the fixture server on 127.0.0.1, which this allow-list alone lets through. */
const guarded = { lookup, allowAddresses: ["127.0.0.1"], politenessMs: 0, timeoutMs: 1500 };

async function refusal(url: string, opts: object = { lookup, politenessMs: 0 }): Promise<string> {
  const r = await readUrl(url, opts);
  expect(r.articles).toEqual([]);
  return `${r.problems[0]?.input}: ${r.problems[0]?.message}`;
}

describe("the SSRF guard", () => {
  it.each([
    ["http://127.0.0.1/", "127.0.0.1 is a loopback address"],
    ["http://10.0.0.1/", "10.0.0.1 is a private address"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"],
    ["http://[::1]/", "::1 is a loopback address"],
    ["http://[fd12::1]/", "fd12::1 is a unique-local (private IPv6) address"],
    ["http://0.0.0.0/", "0.0.0.0 is the unspecified address"],
    ["http://[::ffff:127.0.0.1]/", "is a loopback address"],
    ["http://[::127.0.0.1]/", "is a loopback address"],
    ["http://[::10.0.0.1]/", "is a private address"],
    ["http://[64:ff9b::a9fe:a9fe]/", "is a cloud metadata address"],
    ["http://[2002:7f00:1::]/", "is a loopback address"],
    ["http://[2002:c0a8:0101::1]/", "is a private address"],
    // every spelling of loopback, unspecified, link-local and unique-local in IPv6
    ["http://[::ffff:7f00:1]/", "is a loopback address"],
    ["http://[0:0:0:0:0:0:0:1]/", "::1 is a loopback address"],
    ["http://[::0.0.0.1]/", "::1 is a loopback address"],
    ["http://[::]/", ":: is the unspecified address"],
    ["http://[fe80::]/", "fe80:: is a link-local address"],
    ["http://[fe80::1]/", "fe80::1 is a link-local address"],
    ["http://[fc00::]/", "fc00:: is a unique-local (private IPv6) address"],
    ["http://[::ffff:0:7f00:1]/", "is a reserved address (rfc6145)"],
    ["http://[fec0::1]/", "is a reserved address (deprecatedSiteLocal)"],
    ["http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "is a reserved address (teredo)"],
  ])("refuses %s", async (url, reason) => {
    expect(await refusal(url)).toContain(`${reason}; refused (pass --allow-private to fetch from your own network)`);
  });

  it("refuses a host name that resolves to a private address", async () => {
    expect(await refusal("http://intranet.test/feed.xml")).toBe("http://intranet.test/feed.xml: intranet.test resolves to 10.0.0.5, which is a private address; refused (pass --allow-private to fetch from your own network)");
  });

  it("refuses a host when any of its addresses is private", async () => {
    expect(await refusal("http://sneaky.test/")).toContain("resolves to 192.168.1.10, which is a private address");
  });

  it("refuses a redirect from an allowed host to a private one", async () => {
    expect(await refusal(`http://public.test:${port}/to-private`, guarded)).toBe(`http://intranet.test:${port}/news/quake: intranet.test resolves to 10.0.0.5, which is a private address; refused (pass --allow-private to fetch from your own network)`);
    expect(await refusal(`http://public.test:${port}/to-metadata`, guarded)).toContain("169.254.169.254 is a cloud metadata address");
  });

  it("fetches from the allowed host itself", async () => {
    const r = await readUrl(`http://public.test:${port}/news/quake`, guarded);
    expect(r.problems).toEqual([]);
    expect(r.articles.length).toBe(1);
  });

  it("refuses schemes other than http and https", async () => {
    expect(await refusal("file:///etc/passwd")).toContain("only http and https URLs can be fetched");
  });

  it("treats public unicast addresses as fetchable", () => {
    expect(blockedReason("93.184.216.34")).toBeNull();
    expect(blockedReason("2606:4700::1111")).toBeNull();
    expect(blockedReason("100.64.0.1")).toMatch(/carrier-grade NAT/);
  });
});
