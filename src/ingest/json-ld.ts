// JSON-LD in a page: the blocks flattened to their objects, read leniently (HTML comments, CDATA,
// raw control characters, trailing commas), and the fields that matter salvaged from broken ones.

/** JSON-LD blocks flattened to their objects (`@graph` and `mainEntity` members included). */
export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o["@graph"]) visit(o["@graph"], depth + 1);
    if (o["mainEntity"]) visit(o["mainEntity"], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? "").trim();
    if (!raw) continue;
    const parsed = parseLenientJson(raw);
    if (parsed !== undefined) {
      visit(parsed, 0);
      continue;
    }
    // Broken JSON (trailing commas, raw newlines in strings): salvage the fields that matter.
    const salvaged: Record<string, unknown> = { "@type": "Article" };
    for (const m of raw.matchAll(/"(datePublished|dateCreated|headline|articleBody)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
      if (m[1] && salvaged[m[1]] === undefined) salvaged[m[1]] = m[2];
    }
    if (Object.keys(salvaged).length > 1) out.push(salvaged);
  }
  return out;
}

function parseLenientJson(raw: string): unknown {
  const cleaned = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(-->|\/\/\s*\]\]>)\s*$/g, "");
  for (const candidate of [cleaned, cleaned.replace(/[\u0000-\u001F]+/g, " "), cleaned.replace(/[\u0000-\u001F]+/g, " ").replace(/,\s*([}\]])/g, "$1")]) {
    try {
      return JSON.parse(candidate);
    } catch {
      continue;
    }
  }
  return undefined;
}
