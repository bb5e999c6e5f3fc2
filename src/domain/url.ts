// URL canonicalization: the same page shared with different tracking tags is one page, so the
// store can tell an already-ingested link before fetching it again.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|cmpid|smid|ocid|sr_share|at_medium|at_campaign|at_custom\d*|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|__twitter_impression|s_cid|spm|share|rss|partner|cid)$/i;

/** Lower-cased scheme and host, no default port, no fragment, no tracking parameters, sorted query, no trailing slash. */
export function canonicalizeUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  u.hash = "";
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, "");
  if ((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443")) u.port = "";
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = "";
  for (const [k, v] of kept) u.searchParams.append(k, v);
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  return u.toString();
}

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}
