// Torture texts for the content-farm tells, sourcing and framing (issue 19). Each phenomenon has
// batch A (written first, used to build the rules), batch B (written before any rule ran on it,
// used only to report) and look-alike negatives in both batches. All wordings are our own and
// about invented or unrelated events. `npx tsx test/signals/torture/report.ts` prints the figures.

export interface TortureCase {
  readonly id: string;
  readonly text: string;
  /** Byline metadata, as ingest would give it. */
  readonly byline?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** Other articles of the same story, when the rule compares across coverage. */
  readonly others?: readonly string[];
}

export interface TortureSet {
  /** What the phenomenon is, for the report. */
  readonly phenomenon: string;
  /** The rule that must fire on positives and stay at most low on negatives. */
  readonly rule: string;
  readonly A: readonly TortureCase[];
  readonly B: readonly TortureCase[];
  readonly negA: readonly TortureCase[];
  readonly negB: readonly TortureCase[];
}

/** Plain carrier stories on unrelated events; the phenomenon is what each case adds to them. */
export const BODY = {
  wildfire: "Firefighters in central Chile contained most of a wildfire near Valparaíso on Sunday after it destroyed about 120 homes. The regional civil defence office said two people died and 35 were treated for burns. Crews used aircraft to drop water on the hills overnight, and winds eased by the morning. Schools in three districts will stay closed until Wednesday.",
  port: "Dock workers in Rotterdam ended a four-day strike on Thursday after the port operator agreed to raise wages by 6 percent. Hundreds of containers had piled up at the terminals, and several shipping lines diverted vessels to Antwerp. Union leaders said members would vote on the final contract next week. Traffic at the port is expected to return to normal by the weekend.",
  election: "Voters in Malawi queued for hours on Tuesday to choose a president and members of parliament. The electoral commission said turnout was high in the northern region despite heavy rain. Observers from the African Union reported minor delays at some polling stations. First results are expected on Friday.",
  transit: "The city council of Porto approved a new tram line on Monday that will link the airport with the university district. The project will cost 210 million euros and take four years to build. Shop owners along the route worry about lost trade during construction. The council promised compensation for businesses that lose more than a fifth of their revenue.",
  bridge: "A highway bridge over the Vistula in southern Poland was closed on Wednesday after inspectors found cracks in two of its supports. Traffic was diverted through nearby villages, adding up to forty minutes to journeys. The regional roads authority said repairs would take at least three months. Lorries heavier than 12 tonnes will be banned from the detour.",
  quake: "A magnitude 6.1 earthquake struck off the coast of Sumatra early on Saturday, shaking buildings in Padang and Bengkulu. No tsunami warning was issued, and the national disaster agency said damage was limited to cracked walls in older houses. Some residents spent the night outside. Aftershocks continued for several hours.",
} as const;

export function withBody(head: string, body: string, foot = ""): string {
  return [head, body, foot].filter((s) => s.length > 0).join("\n\n");
}
