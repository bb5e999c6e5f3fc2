// Look-alike events apart, one event's follow-ups together: helper stories21's own variant pairs, written
// 2026-12-07 20:00 UTC BEFORE any rule of that session ran on them (events invented, none from an eval set or a
// probe batch). Forms apart: one kind of incident in two nearby towns or at two addresses of one city a day or two
// apart; a place named inside a street, station or building name ("on Manchester Road in Bolton" is not Manchester);
// two storms of different names; one team in two matches. Forms together: a trial's opening and its verdict; a
// search and the finding; a strike announced then held; a count and its result; an accident and the arrest or the
// named victim; one quake or storm told from two places.
// Scores (start code dfea903 -> this session's final code): first set 13/18 -> 17/18; second set (written after the
// street-name rule, before the announced-event rule) 3/6 -> 5/6; third set (written after both, before the storm,
// magnitude and street rules) 2/8 -> 5/8; all 32: 18 -> 28. Still missed: an unnamed defendants' trial opening and its
// verdict eight days later; two stabbings in one city on consecutive nights; one club's two previews three days apart;
// a strike's first day and its end four days later.
// Run: npx tsx eval/probes/stories21/variants.ts   (VERBOSE=1: the pair's score)
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
  // ---- apart: a place named inside a street, station or building name ----
  { name: "burst water main on Manchester Road in Bolton, then one in Manchester", expect: "apart",
    a: doc("Water main bursts in Bolton", "A burst water main flooded Manchester Road in Bolton on Monday morning, leaving hundreds of homes without water, United Utilities said.", "2026-02-09"),
    b: doc("Burst main floods Manchester streets", "A water main burst in Manchester on Tuesday, flooding streets near Piccadilly and cutting supplies to about 800 homes, United Utilities said.", "2026-02-10") },
  { name: "suspect package at Liverpool Street station in London, then one in Liverpool", expect: "apart",
    a: doc("Liverpool Street evacuated", "Police evacuated Liverpool Street station in London on Thursday evening after a suspicious package was found on a platform; it was declared safe two hours later.", "2026-05-21"),
    b: doc("Suspicious package closes Liverpool station", "A suspicious bag left at Lime Street station in Liverpool led police to close the station for three hours on Friday, before it was declared harmless.", "2026-05-22") },
  { name: "fire at the Hotel Bristol in Oslo, then a hotel fire in Bristol", expect: "apart",
    a: doc("Fire at Oslo hotel", "Guests were evacuated from the Hotel Bristol in Oslo early on Saturday after a fire broke out in its kitchen, the fire service said.", "2026-01-17"),
    b: doc("Hotel fire in Bristol", "More than 60 guests were led out of a hotel in Bristol on Sunday night when fire spread from a laundry room, Avon Fire and Rescue said.", "2026-01-18") },
  // ---- apart: one kind of incident, two nearby towns or two addresses, a day or two apart ----
  { name: "gas leaks in Leiden and Delft a day apart", expect: "apart",
    a: doc("Gas leak forces evacuation in Leiden", "About 40 homes were evacuated in Leiden on Wednesday after workers hit a gas pipe, the fire brigade said.", "2026-03-11"),
    b: doc("Gas leak in Delft", "Residents of a street in Delft were told to leave their homes on Thursday after a gas leak was found under the road, the fire brigade said.", "2026-03-12") },
  { name: "landslides in two districts of Kerala two days apart", expect: "apart",
    a: doc("Landslide hits Idukki", "A landslide triggered by heavy rain buried three houses in Idukki district of Kerala on Monday, killing four people, officials said.", "2026-07-06"),
    b: doc("Landslide in Wayanad kills two", "Two people died when a landslide struck a tea estate in Wayanad district of Kerala on Wednesday after days of heavy rain, officials said.", "2026-07-08") },
  { name: "two stabbings in Glasgow on different streets", expect: "apart",
    a: doc("Man stabbed in Glasgow", "A 24-year-old man was stabbed on Sauchiehall Street in Glasgow on Friday night and taken to hospital, Police Scotland said.", "2026-04-10"),
    b: doc("Teenager stabbed in Glasgow", "A 17-year-old boy was stabbed on Paisley Road West in Glasgow on Sunday afternoon, Police Scotland said, and a man has been arrested.", "2026-04-12") },
  { name: "two house fires on different streets of one town", expect: "apart",
    a: doc("House fire in Ashford", "A family escaped unhurt when fire gutted their house on Canterbury Road in Ashford on Tuesday night, Kent Fire and Rescue said.", "2026-11-03"),
    b: doc("Ashford house blaze", "Firefighters were called to a house fire on Beaver Road in Ashford on Thursday morning; one woman was treated for smoke inhalation.", "2026-11-05") },
  // ---- apart: two storms of different names ----
  { name: "storms Ottilie and Pascal over Ireland four days apart", expect: "apart",
    a: doc("Storm Ottilie batters Ireland", "Storm Ottilie brought gusts of 130 km/h to the west of Ireland on Monday, leaving 50,000 homes without power.", "2026-12-14"),
    b: doc("Storm Pascal hits Ireland", "Storm Pascal swept across Ireland on Friday with gusts of up to 120 km/h, cutting power to 30,000 homes.", "2026-12-18") },
  // ---- apart: one team, two matches ----
  { name: "Feyenoord draw with Ajax, then lose to PSV", expect: "apart",
    a: doc("Feyenoord held by Ajax", "Feyenoord drew 1-1 with Ajax in Rotterdam on Sunday, a late header from Ajax cancelling out the home side's opener.", "2026-10-04"),
    b: doc("PSV beat Feyenoord", "Feyenoord lost 2-0 to PSV in Eindhoven on Wednesday, their first defeat of the season.", "2026-10-07") },
  // ---- together: a trial's opening and its verdict ----
  { name: "a fraud trial opens, and the verdict eight days later", expect: "together",
    a: doc("Trial opens over Ostrava pension fraud", "Three former managers of a pension fund went on trial in Ostrava on Monday accused of stealing 40 million crowns from savers.", "2026-09-14"),
    b: doc("Pension fund managers convicted", "A court in Ostrava on Tuesday found three former pension fund managers guilty of embezzling 40 million crowns and jailed them for up to six years.", "2026-09-22") },
  // ---- together: a search and the finding ----
  { name: "hikers missing in the Tatras found the next day", expect: "together",
    a: doc("Search for hikers in Tatras", "Mountain rescuers were searching on Saturday for two Slovak hikers who went missing in fog in the High Tatras on Friday evening.", "2026-10-24"),
    b: doc("Missing hikers found alive", "Two hikers missing in the High Tatras since Friday were found alive on Sunday by mountain rescuers, cold but unhurt.", "2026-10-25") },
  // ---- together: a strike announced and then held ----
  { name: "Lufthansa pilots announce a strike and hold it", expect: "together",
    a: doc("Lufthansa pilots to strike", "Lufthansa pilots will walk out on Thursday in a dispute over pensions, the Vereinigung Cockpit union announced on Monday.", "2026-08-03"),
    b: doc("Lufthansa grounds flights as pilots strike", "Lufthansa cancelled hundreds of flights on Thursday as its pilots went on strike over pensions, the Vereinigung Cockpit union said.", "2026-08-06") },
  // ---- together: a count and its result ----
  { name: "Zambian ballots counted, then the result", expect: "together",
    a: doc("Zambia counts votes", "Election officials in Zambia began counting ballots on Thursday night after a presidential election that observers called peaceful.", "2026-08-13"),
    b: doc("Zambia's president re-elected", "Zambia's president won re-election with 58 percent of the vote, the electoral commission announced on Sunday, three days after the election.", "2026-08-16") },
  // ---- together: an accident and the later arrest, or the named victim ----
  { name: "a hit-and-run in Leeds and the driver's arrest", expect: "together",
    a: doc("Cyclist killed in Leeds hit-and-run", "A cyclist was killed in a hit-and-run on Otley Road in Leeds on Saturday night, and police appealed for the driver of a white van to come forward.", "2026-06-06"),
    b: doc("Arrest over Leeds cyclist death", "Police have arrested a 34-year-old man over the hit-and-run that killed a cyclist on Otley Road in Leeds on Saturday.", "2026-06-08") },
  { name: "a ferry worker killed in Piraeus, named the next day", expect: "together",
    a: doc("Worker dies in Piraeus port accident", "A dock worker was crushed to death by a container at the port of Piraeus on Tuesday, the coast guard said.", "2026-05-05"),
    b: doc("Piraeus victim named", "The dock worker killed by a falling container at Piraeus on Tuesday was named as Giorgos Antoniou, 52, a father of three.", "2026-05-06") },
  // ---- together: one event told from two places ----
  { name: "a Croatian quake felt in Slovenia", expect: "together",
    a: doc("Earthquake strikes near Zagreb", "A magnitude 5.3 earthquake struck near Zagreb on Wednesday morning, damaging roofs and chimneys, Croatia's seismological service said.", "2026-04-22"),
    b: doc("Croatian quake felt in Ljubljana", "The magnitude 5.3 earthquake that hit Croatia on Wednesday morning was felt in Ljubljana, where residents ran out of their homes.", "2026-04-22") },
  { name: "one storm over Brittany and Cornwall", expect: "together",
    a: doc("Storm Ottilie lashes Brittany", "Storm Ottilie brought winds of 140 km/h to Brittany on Monday night, toppling trees and leaving 80,000 homes without power.", "2026-12-14"),
    b: doc("Ottilie hits Cornwall", "Storm Ottilie battered Cornwall on Monday night with gusts of over 100 mph, closing roads and cutting power to thousands.", "2026-12-14") },
  { name: "a match preview and its result", expect: "together",
    a: doc("Celtic travel to Feyenoord", "Celtic face Feyenoord in Rotterdam on Tuesday needing a win to stay in the Champions League.", "2026-11-23"),
    b: doc("Feyenoord knock Celtic out", "Feyenoord beat Celtic 2-1 in Rotterdam on Tuesday night, ending the Scottish side's Champions League hopes.", "2026-11-24") },
  // ---- a second set, written 20:10 UTC after the street-name rule and before any rule for announced events ----
  { name: "[second set] Ontario teachers announce a walkout and hold it", expect: "together",
    a: doc("Ontario teachers to walk out Monday", "Public school teachers across Ontario will walk out on Monday unless the province improves its pay offer, their federation said on Thursday.", "2026-02-05"),
    b: doc("Ontario schools shut as teachers strike", "Schools across Ontario were closed on Monday as public school teachers walked out in a dispute with the province over pay.", "2026-02-09") },
  { name: "[second set] a Paris metro strike called, then the standstill", expect: "together",
    a: doc("Paris metro workers plan strike", "Paris metro workers are set to strike on Thursday over a planned change to their pension scheme, the RATP unions said.", "2026-01-19"),
    b: doc("Paris metro grinds to a halt", "Most Paris metro lines stood still on Thursday as RATP workers went on strike against the pension change.", "2026-01-22") },
  { name: "[second set] a summit announced for Tuesday, then held", expect: "together",
    a: doc("Nile leaders to meet in Addis Ababa", "The leaders of Egypt, Sudan and Ethiopia will meet in Addis Ababa on Tuesday to discuss the filling of the Grand Ethiopian Renaissance Dam, officials said on Saturday.", "2026-06-06"),
    b: doc("Dam talks in Addis Ababa end without deal", "Talks between the leaders of Egypt, Sudan and Ethiopia on the Grand Ethiopian Renaissance Dam ended in Addis Ababa on Tuesday without an agreement.", "2026-06-09") },
  { name: "[second set] a named couple's fraud trial opens, and the verdict a week later", expect: "together",
    a: doc("Couple on trial over charity fraud", "Marek Dvorak and Lenka Dvorakova went on trial in Brno on Monday accused of taking 12 million crowns from a children's charity they ran. Marek Dvorak denied the charges; Lenka Dvorakova did not speak.", "2026-09-14"),
    b: doc("Brno charity couple jailed", "A court in Brno on Tuesday jailed Marek Dvorak for seven years and Lenka Dvorakova for five for stealing from a children's charity. Marek Dvorak said he would appeal, and Lenka Dvorakova's lawyer said she would too.", "2026-09-22") },
  { name: "[second set] a strike in Lyon announced, and another city's strike that day", expect: "apart",
    a: doc("Lyon bus drivers to strike Friday", "Bus drivers in Lyon will strike on Friday over night-shift pay, the CGT union said on Tuesday.", "2026-04-07"),
    b: doc("Marseille bus drivers strike", "Bus drivers in Marseille went on strike on Friday over working hours, and most lines did not run, the FO union said.", "2026-04-10") },
  { name: "[second set] a funeral announced in a shooting report, and another shooting that day", expect: "apart",
    a: doc("Man shot dead in Dayton", "A 31-year-old man was shot dead outside a bar on Wayne Avenue in Dayton early on Sunday, and his funeral will be held on Friday, his family said.", "2026-05-10"),
    b: doc("Woman shot in Dayton", "A 26-year-old woman was shot and wounded outside a home on Salem Avenue in Dayton on Friday night, police said.", "2026-05-15") },
  // ---- a third set, written 20:24 UTC after the two rules above, before any further rule: harder look-alikes a day
  // or less apart (time cannot tell them), and follow-ups in other words ----
  { name: "[third set] two house fires in one city the same night, two streets", expect: "apart",
    a: doc("House fire on Kelvin Street", "Firefighters rescued a woman from a burning house on Kelvin Street in Sheffield late on Tuesday; she was treated for smoke inhalation.", "2026-11-17"),
    b: doc("Family escapes Sheffield house fire", "A family of four escaped when fire broke out at their home on Abbeydale Road in Sheffield on Tuesday night, South Yorkshire Fire and Rescue said.", "2026-11-17") },
  { name: "[third set] two stabbings in one city on consecutive nights", expect: "apart",
    a: doc("Man stabbed in Rotterdam", "A 29-year-old man was stabbed near the Coolsingel in Rotterdam on Friday night and is in a serious condition, police said.", "2026-02-20"),
    b: doc("Teen stabbed in Rotterdam-Zuid", "A 16-year-old boy was stabbed in a street in Rotterdam-Zuid on Saturday night; two suspects fled on a scooter, police said.", "2026-02-21") },
  { name: "[third set] storms Ottilie and Pascal a day apart over one coast", expect: "apart",
    a: doc("Storm Ottilie hits Galicia", "Storm Ottilie brought gusts of 120 km/h to the coast of Galicia on Monday, felling trees and cutting power to 40,000 homes.", "2026-12-14"),
    b: doc("Storm Pascal lashes Galicia", "Storm Pascal swept over Galicia on Tuesday with gusts of up to 110 km/h, closing ports and leaving 25,000 homes without power.", "2026-12-15") },
  { name: "[third set] one club's two previews, a derby and a cup tie three days apart", expect: "apart",
    a: doc("Celtic ready for Rangers", "Celtic host Rangers at Celtic Park on Sunday in a derby that could decide the league title, manager Brendan Rodgers said.", "2026-03-13"),
    b: doc("Celtic travel to Aberdeen", "Celtic travel to Aberdeen on Wednesday for a Scottish Cup quarter-final, with Brendan Rodgers expected to rest several players.", "2026-03-16") },
  { name: "[third set] a fishing boat missing and found the next day", expect: "together",
    a: doc("Fishing boat missing off Donegal", "The coast guard was searching on Thursday for a fishing boat with three men aboard that failed to return to Killybegs after a storm off the Donegal coast.", "2026-01-08"),
    b: doc("Missing Killybegs trawler found", "The fishing boat missing off Donegal since Wednesday night was found drifting on Friday with its three crew alive, the Irish coast guard said.", "2026-01-09") },
  { name: "[third set] a scaffolding collapse and the victim named two days later", expect: "together",
    a: doc("Worker killed as scaffolding collapses in Lyon", "A construction worker was killed and two were injured when scaffolding collapsed at a building site in Lyon's 7th arrondissement on Monday morning, firefighters said.", "2026-06-01"),
    b: doc("Lyon scaffolding victim named", "The man killed when scaffolding fell at a building site in Lyon on Monday was a 38-year-old Portuguese bricklayer, Joao Ferreira, prosecutors said on Wednesday.", "2026-06-03") },
  { name: "[third set] a Greek quake felt across the border in Turkey", expect: "together",
    a: doc("Quake strikes Greek island of Lesbos", "A magnitude 5.6 earthquake struck near the Greek island of Lesbos on Sunday evening, damaging old houses in the village of Vrisa.", "2026-07-12"),
    b: doc("Earthquake rattles Turkey's Aegean coast", "Residents of Izmir and Ayvalik ran into the streets on Sunday evening as a 5.6 earthquake centred off Lesbos shook Turkey's Aegean coast.", "2026-07-12") },
  { name: "[third set] a strike's first day and its end with a deal four days later", expect: "together",
    a: doc("Finnish port workers strike", "Port workers across Finland walked out on Monday, halting exports from Helsinki and Kotka, the transport workers' union AKT said.", "2026-02-02"),
    b: doc("Finnish port strike ends with deal", "Finland's port strike ended on Friday after the AKT union and employers agreed a pay deal, and ships began loading again in Helsinki and Kotka.", "2026-02-06") },
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
console.log(`stories21 variants: ${right}/${pairs.length} right (apart ${apart}/${n("apart")}, together ${together}/${n("together")})`);
