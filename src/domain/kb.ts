// The knowledge base as stages see it: dated facts (who held which office when; dated events).
// kb/ implements it over an embedded snapshot; crosscheck and timeframe inference only read it.

export interface OfficeTerm {
  readonly person: string;
  /** Name key (lower case, no diacritics) used for matching. */
  readonly personKey: string;
  /** Office as the source labels it ("Minister of Foreign Affairs"). */
  readonly position: string;
  /** Normalized office, same vocabulary as RoleMention.office ("foreign minister"). */
  readonly office: string;
  /** Other offices the same post holds ("Minister of Transport and Communications": communications minister). */
  readonly alsoOffices?: readonly string[];
  readonly country: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the source gives it, or null. */
  readonly start: string | null;
  readonly end: string | null;
  /** For open terms: the last date the holder is known to have still been in office. */
  readonly asOf: string | null;
  readonly source: string;
  /** Where the end date comes from ("wikidata", "successor_start", "upper_bound_dropped_from_page", ...). */
  readonly endBasis?: string;
  /** Wikidata Q-id of the person, when known. */
  readonly personId?: string;
  /** "low" for rows from a lower-quality source (heads-2026-wlc): never enough for a high-severity finding. */
  readonly confidence?: "high" | "low";
}

export interface DatedEvent {
  readonly event: string;
  readonly series: string;
  readonly start: string;
  readonly end: string;
  readonly city: string;
  readonly country: string;
  readonly status: string;
  /** "checked" when the source verified the dates, "unchecked" for general-knowledge rows. */
  readonly confidence?: "checked" | "unchecked";
}

export interface Kb {
  /** Date of the snapshot (YYYY-MM-DD). */
  readonly asOf: string;
  /** Every known term of a person, by any spelling of the name ("Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"). */
  termsForPerson(name: string): readonly OfficeTerm[];
  /** Holders of an office in a country, optionally only those in office on a date. */
  holders(country: string, office: string, onDate?: string): readonly OfficeTerm[];
  /**
   * Dated events whose name, series or city matches the query ("Istanbul talks", "G20 New Delhi").
   * A talks series ("Russia-Ukraine talks") matches only when the query or `context` (the text
   * around the mention) names its parties.
   */
  events(query: string, context?: string): readonly DatedEvent[];
  /** Source, licence and attribution of each table loaded (extension). */
  readonly sources?: readonly string[];
}
