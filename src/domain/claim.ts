// Claims: typed, normalized statements an article makes, each anchored on a span. Produced by claims/.
import type { Hedge, QuantityUnit, RoleTense } from "./doc.js";
import type { KeySlot, QuantitySlot } from "./slot.js";
import type { Span } from "./span.js";

interface ClaimBase {
  readonly id: string;
  readonly articleId: string;
  /** What the claim is about, normalized so comparable claims share its key ("role:blinken"); see slot.ts. */
  readonly slot: KeySlot;
  readonly span: Span;
}

export interface QuantityClaim extends ClaimBase {
  readonly kind: "quantity";
  /** The counted thing, its side, predicate and time scope ("count:Ukraine:prisoner:released:now"). */
  readonly slot: QuantitySlot;
  readonly value: {
    readonly number: number;
    readonly low: number | null;
    readonly high: number | null;
    readonly hedge: Hedge;
    readonly noun: string | null;
    readonly predicate: string | null;
    readonly perParty: boolean;
    readonly unit: QuantityUnit;
    /** The day the figure is pinned to ("on Friday" → "friday" or a resolved date), or null. */
    readonly day: string | null;
  };
}

export interface DateClaim extends ClaimBase {
  readonly kind: "date";
  readonly value: { readonly from: string | null; readonly to: string | null; readonly form: string };
}

export interface RoleClaim extends ClaimBase {
  readonly kind: "role";
  readonly value: {
    readonly person: string;
    readonly office: string;
    readonly country: string | null;
    readonly tense: RoleTense;
  };
}

export interface QuoteClaim extends ClaimBase {
  readonly kind: "quote";
  readonly value: { readonly speaker: string | null; readonly text: string };
}

export interface EventClaim extends ClaimBase {
  readonly kind: "event";
  readonly value: { readonly event: string; readonly place: string | null; readonly year: number | null };
}

export type Claim = QuantityClaim | DateClaim | RoleClaim | QuoteClaim | EventClaim;
export type ClaimKind = Claim["kind"];

/** A claim as the report carries it (the contract, DESIGN.md): the slot written as its key. */
type Reported<C extends Claim> = Omit<C, "slot"> & { readonly slot: string };
export type ReportClaim = Reported<QuantityClaim> | Reported<DateClaim> | Reported<RoleClaim> | Reported<QuoteClaim> | Reported<EventClaim>;

/** The claim as the report writes it: every field in place, the slot as its key. */
export function toReportClaim(c: Claim): ReportClaim {
  return { ...c, slot: c.slot.key };
}
