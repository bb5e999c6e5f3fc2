// claims: Doc → Claim[], one file per claim kind; ids are stable per article ("<article>-c<n>").
import type { Claim } from "../domain/claim.js";
import type { Doc } from "../domain/doc.js";
import { dateClaims, eventClaims, quoteClaims, roleClaims } from "./other.js";
import { quantityClaims } from "./quantity.js";

export function extractClaims(doc: Doc): Claim[] {
  let n = 0;
  const nextId = () => `${doc.article.id.slice(0, 8)}-c${++n}`;
  return [
    ...quantityClaims(doc, nextId),
    ...dateClaims(doc, nextId),
    ...roleClaims(doc, nextId),
    ...quoteClaims(doc, nextId),
    ...eventClaims(doc, nextId),
  ];
}
