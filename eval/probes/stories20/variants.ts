// Look-alike events apart, one event's follow-ups together: helper stories20's own variant pairs, written
// 2026-12-07 17:10 UTC BEFORE any rule of that session ran on them (events invented, none from an eval set or a
// probe batch). Forms: a follow-up that names the earlier event by its kind and place and a relative time ("the
// hackers who hit … last week"); one event told twice the same day in other words; an event in the sky whose
// reports name where it was watched from; and their look-alike negatives: different actors with different causes
// on the same square the same weekend, the same kind of outage a few days apart from different causes.
// Start code (d093321): 10/18 (first set 8/12, second set 2/6); this session's final code: 16/18 (12/12, 4/6; still
// missed: one quake told twice in other words, one fireball seen from two countries — too few shared words).
// Run: npx tsx eval/probes/stories20/variants.ts   (VERBOSE=1: the pair's score)
import { annotate } from "../../../src/annotate/annotate.js";
import type { Doc } from "../../../src/domain/doc.js";
import { articleId, normalizeText } from "../../../src/ingest/normalize.js";
import { clusterStories, StoryIndex } from "../../../src/stories/cluster.js";

const doc = (title: string, raw: string, publishedAt: string | null = null): Doc => {
  const text = normalizeText(raw);
  return annotate({ id: articleId(text), sourceId: null, title, outlet: null, url: null, byline: null, publishedAt, path: null, text });
};

interface Pair { readonly name: string; readonly expect: "apart" | "together"; readonly a: Doc; readonly b: Doc }

const pairs: Pair[] = [
  // ---- apart: different actors, different causes, one square, one weekend ----
  { name: "taxi drivers and students march in Lisbon one weekend", expect: "apart",
    a: doc("Taxi drivers jam Lisbon", "Several hundred taxi drivers drove slowly through central Lisbon on Saturday in protest at ride-hailing apps, snarling traffic around Praca do Comercio.", "2026-10-17"),
    b: doc("Students rally in Lisbon", "Thousands of university students marched through central Lisbon on Sunday against higher tuition fees, ending their protest at Praca do Comercio.", "2026-10-18") },
  { name: "bus drivers and nurses strike in Dublin one week", expect: "apart",
    a: doc("Dublin bus drivers walk out", "Bus drivers in Dublin went on strike on Monday over pay, leaving commuters stranded across the city, the SIPTU union said.", "2026-03-02"),
    b: doc("Nurses strike at Dublin hospitals", "Nurses at hospitals across Dublin walked out on Wednesday over staff shortages, the nurses' union INMO said, and hundreds of operations were postponed.", "2026-03-04") },
  { name: "climate activists and pensioners outside the Prague parliament", expect: "apart",
    a: doc("Climate activists block Czech parliament", "Climate activists chained themselves to the gates of the Czech parliament in Prague on Tuesday, demanding an end to coal mining.", "2026-05-12"),
    b: doc("Pensioners protest in Prague", "Several thousand pensioners gathered outside the parliament in Prague on Thursday to demand higher pensions as food prices climb.", "2026-05-14") },
  { name: "two walkouts at Madrid airport, two unions, two causes", expect: "apart",
    a: doc("Baggage handlers strike at Madrid airport", "Baggage handlers at Madrid's Barajas airport stopped work on Friday in a dispute over overtime pay, delaying dozens of flights.", "2026-07-10"),
    b: doc("Air traffic controllers walk out in Madrid", "Air traffic controllers at Barajas airport in Madrid staged a walkout on Monday over staffing levels, and 140 flights were cancelled.", "2026-07-13") },
  { name: "power cuts in Cornwall five days apart: a storm, then a substation fire", expect: "apart",
    a: doc("Storm cuts power in Cornwall", "Gales brought down power lines across Cornwall on Monday, leaving about 30,000 homes without electricity, the network operator said.", "2026-01-12"),
    b: doc("Substation fire blacks out Cornish towns", "A fire at a substation near Truro left around 12,000 homes in Cornwall without power on Saturday evening, the network operator said.", "2026-01-17") },
  { name: "a comet and an asteroid watched from one observatory the same week", expect: "apart",
    a: doc("Comet Tsuchinshan glows over Atacama", "Astronomers at the Paranal observatory in Chile photographed comet C/2026 F3 on Tuesday as it brightened on its way around the Sun.", "2026-09-08"),
    b: doc("Asteroid passes close to Earth", "Asteroid 2026 RK9, about 40 metres wide, passed within 210,000 kilometres of Earth on Thursday, and telescopes at Paranal in Chile tracked it.", "2026-09-10") },
  // ---- together: a follow-up that names the earlier event by kind, place and a relative time ----
  { name: "port ransomware and the ransom demand eight days later", expect: "together",
    a: doc("Ransomware hits Rotterdam port authority", "A ransomware attack knocked out the booking and billing systems of the Rotterdam port authority on Tuesday, the authority said, and ships were handled by hand.", "2026-04-07"),
    b: doc("Rotterdam hackers demand ransom", "The criminals behind last week's attack on the Rotterdam port authority's computers are demanding 4 million euros, the authority said on Wednesday.", "2026-04-15") },
  { name: "a market hall fire and the arson finding nine days later", expect: "together",
    a: doc("Fire destroys Krakow market hall", "Fire tore through a historic market hall in Krakow's Kazimierz district overnight into Sunday, destroying dozens of stalls; nobody was hurt, firefighters said.", "2026-06-14"),
    b: doc("Krakow market fire was arson", "The blaze that gutted a market hall in Kazimierz earlier this month was started deliberately, Krakow police said on Tuesday, and they are looking for two men seen nearby.", "2026-06-23") },
  // ---- together: one outage told twice the same day, the cause in other words ----
  { name: "one Andalusia blackout, two wordings of its cause", expect: "together",
    a: doc("Blackout across Andalusia", "A fault on a high-voltage transmission line left about 200,000 homes in Andalusia without power on Wednesday afternoon, the grid operator said.", "2026-08-19"),
    b: doc("Andalusia plunged into darkness", "Large parts of Andalusia lost electricity on Wednesday after a power line failed, Red Electrica said; Seville and Cordoba were worst hit.", "2026-08-19") },
  // ---- together: an event in the sky, watched from two places ----
  { name: "one asteroid fly-by watched from two islands", expect: "together",
    a: doc("Asteroid sweeps past Earth", "Astronomers in Tenerife watched asteroid 2026 DL4 sweep past Earth on Friday night at about a third of the distance to the Moon.", "2026-02-27"),
    b: doc("Close asteroid seen from Hawaii", "The asteroid 2026 DL4 flew by Earth on Friday closer than the Moon, and observers in Hawaii caught it on camera as a fast-moving dot.", "2026-02-27") },
  { name: "one total eclipse watched from two Spanish cities", expect: "together",
    a: doc("Crowds watch eclipse in Burgos", "Thousands of people gathered in Burgos on Wednesday evening to watch the total solar eclipse darken the sky for almost two minutes.", "2026-08-12"),
    b: doc("Eclipse turns day to night in Oviedo", "The total solar eclipse plunged Oviedo into darkness on Wednesday evening, and crowds on the beaches of Asturias cheered as the Moon covered the Sun.", "2026-08-12") },
  { name: "northern lights seen far south, reported from two countries", expect: "together",
    a: doc("Northern lights dazzle Bavaria", "A strong geomagnetic storm on Sunday night painted the sky red and green over Bavaria, where the aurora is rarely seen.", "2026-05-11"),
    b: doc("Aurora seen over northern Italy", "The aurora borealis was visible over the Dolomites in northern Italy on Sunday night after a powerful solar storm reached Earth.", "2026-05-11") },
  // ---- a second set, written 17:16 UTC after the rules, run once and never tuned on ----
  { name: "[second set] matatu drivers and lecturers protest in Nairobi the same day", expect: "apart",
    a: doc("Matatu drivers protest fuel tax", "Hundreds of matatu drivers parked their minibuses across central Nairobi on Wednesday morning in protest at a new fuel tax, bringing traffic to a halt.", "2026-11-04"),
    b: doc("Lecturers march over unpaid salaries", "University lecturers marched through central Nairobi on Wednesday afternoon demanding three months of unpaid salaries, their union said.", "2026-11-04") },
  { name: "[second set] pilots and cabin crew walk out in Oslo on consecutive days", expect: "apart",
    a: doc("SAS pilots strike", "Pilots at SAS walked out at Oslo airport on Monday over pensions, grounding 90 flights, the pilots' union said.", "2026-06-01"),
    b: doc("Norwegian cabin crew stop work", "Cabin crew at Norwegian Air stopped work at Oslo airport on Tuesday in a dispute over rosters, and 40 flights were cancelled.", "2026-06-02") },
  { name: "[second set] Karachi outages five days apart, heat then a plant fault", expect: "apart",
    a: doc("Heatwave overloads Karachi grid", "Demand for air conditioning overloaded the grid in Karachi on Monday, leaving large parts of the city without power for eight hours.", "2026-06-15"),
    b: doc("Karachi blackout after plant fault", "A fault at the Bin Qasim power plant cut electricity to much of Karachi on Saturday night, K-Electric said.", "2026-06-20") },
  { name: "[second set] a landslide and the road's reopening the next week", expect: "together",
    a: doc("Landslide blocks road near Bergen", "A landslide buried a stretch of the E39 road south of Bergen on Thursday; no cars were caught, the roads authority said.", "2026-10-08"),
    b: doc("E39 reopens near Bergen", "The E39 south of Bergen, blocked by last week's landslide, reopened to traffic on Tuesday after crews cleared the rock, the roads authority said.", "2026-10-13") },
  { name: "[second set] one Albanian quake told twice the same day", expect: "together",
    a: doc("Tremor shakes Albania", "A magnitude 5.2 earthquake struck near Durres on Sunday morning, damaging old houses, the seismological institute said.", "2026-09-20"),
    b: doc("Quake rattles Durres", "Residents of Durres ran into the streets on Sunday when a 5.2 tremor hit the Albanian coast and cracked the walls of several old homes.", "2026-09-20") },
  { name: "[second set] one fireball seen over two countries", expect: "together",
    a: doc("Fireball over the Netherlands", "A bright fireball streaked across the sky over the Netherlands on Tuesday night and was filmed from Amsterdam to Utrecht.", "2026-03-17"),
    b: doc("Meteor lights up Belgian sky", "People in Antwerp and Ghent filmed a bright meteor breaking up over the Low Countries on Tuesday night, the Royal Observatory said.", "2026-03-17") },
];

const verbose = process.env.VERBOSE === "1";
let right = 0, apart = 0, together = 0;
for (const p of pairs) {
  const story = new Map<string, number>();
  clusterStories([p.a, p.b]).forEach((g, k) => { for (const d of g.docs) story.set(d.article.id, k); });
  const one = story.get(p.a.article.id) === story.get(p.b.article.id);
  const ok = one === (p.expect === "together");
  if (ok) { right++; if (p.expect === "apart") apart++; else together++; }
  let score = "";
  if (verbose) {
    const index = new StoryIndex();
    index.add(p.a); index.add(p.b);
    score = ` score ${index.similarity(p.a.article.id, p.b.article.id)?.toFixed(3)}`;
  }
  console.log(`${ok ? "right" : "WRONG"}  ${p.expect.padEnd(8)} ${p.name}${score}`);
}
const n = (e: string) => pairs.filter((p) => p.expect === e).length;
console.log(`stories20 variants: ${right}/${pairs.length} right (apart ${apart}/${n("apart")}, together ${together}/${n("together")})`);
