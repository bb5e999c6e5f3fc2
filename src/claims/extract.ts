// claims: Doc → Claim[], one file per claim kind; ids are stable per article ("<article>-c<n>").
import type { Claim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import { dateClaims, eventClaims, quoteClaims, roleClaims } from "./other.js";
import { inRanges, linkLines } from "./link-lines.js";
import { quantityClaims } from "./quantity.js";

export function extractClaims(doc: Doc): Claim[] {
  let n = 0;
  const nextId = () => `${doc.article.id.slice(0, 8)}-c${++n}`;
  const claims = [
    ...quantityClaims(doc, nextId),
    ...dateClaims(doc, nextId),
    ...roleClaims(doc, nextId),
    ...quoteClaims(doc, nextId),
    ...eventClaims(doc, nextId),
  ];
  // Links to other stories and gallery furniture state nothing about this one.
  const links = linkLines(doc.article.text);
  return links.length === 0 ? claims : claims.filter((c) => !inRanges(links, c.span.start));
}
