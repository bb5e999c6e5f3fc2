// Event identity across years: helper stories12's own variants, written 2026-12-06 22:35 UTC BEFORE any rule
// of that session ran on them, kept for reporting only (no rule was tuned on them). Each case is a small corpus
// clustered as `analyze` clusters it; the expected events are the groups. Events invented, none from an eval set.
// Run: npx tsx eval/probes/stories12/variants.ts
import { annotate } from "../../../src/annotate/annotate.js";
import type { Doc } from "../../../src/domain/doc.js";
import { articleId, normalizeText } from "../../../src/ingest/normalize.js";
import { clusterStories } from "../../../src/stories/cluster.js";

const doc = (title: string, raw: string, publishedAt: string | null = null): Doc => {
  const text = normalizeText(raw);
  return annotate({ id: articleId(text), sourceId: null, title, outlet: null, url: null, byline: null, publishedAt, path: null, text });
};

interface Case { readonly name: string; readonly events: readonly (readonly Doc[])[] }

const cases: Case[] = [
  {
    name: "one winger's knee injuries in two seasons, most reports naming no season",
    events: [[
      doc("Harbour City winger Okafor hurts knee", "Harbour City Mariners winger Chidi Okafor, 24, sprained his left knee in the second half of Sunday's 3-1 win over Ashford and will miss about four weeks, coach Lena Voss said. Okafor has scored nine goals in 17 matches this season."),
      doc("Okafor out a month with sprained knee", "Chidi Okafor will be sidelined for around four weeks after spraining his left knee against Ashford on Sunday. The 24-year-old leads the Mariners with nine goals."),
      doc("Mariners lose Okafor for a month", "The Mariners will be without top scorer Chidi Okafor for a month of the 2011 season. Okafor, 24, hurt his knee late in the win over Ashford, Voss told reporters."),
    ], [
      doc("Okafor tears knee ligament, out for season", "Harbour City Mariners winger Chidi Okafor, 26, tore a ligament in his right knee in Saturday's 2-2 draw at Crestwood and will miss the rest of the season, coach Lena Voss said. Okafor had scored five goals in 11 matches."),
      doc("Season over for Mariners' Okafor", "Chidi Okafor's season is over. The 26-year-old winger tore a knee ligament at Crestwood on Saturday and needs surgery, the Mariners said. He missed a month last season with a sprained knee."),
      doc("Knee surgery for Okafor", "Mariners winger Chidi Okafor will have surgery on his right knee after tearing a ligament against Crestwood. Okafor, 26, had five goals this season."),
    ]],
  },
  {
    name: "one city's budgets of two years",
    events: [[
      doc("Dunmore council passes 2019 budget", "Dunmore city council on Tuesday approved a $412 million budget for 2019, with a 2.5 percent rise in property taxes, Mayor Rita Gallo said. The budget adds 14 police officers."),
      doc("Property tax up 2.5% in Dunmore budget", "Dunmore homeowners will pay 2.5 percent more in property tax under the $412 million spending plan the council adopted Tuesday. Mayor Rita Gallo said 14 new officers would be hired."),
    ], [
      doc("Dunmore adopts 2021 budget", "Dunmore city council on Monday adopted a $455 million budget for 2021 that freezes property taxes, Mayor Rita Gallo said. The plan cuts 30 vacant posts."),
      doc("No tax rise in Dunmore spending plan", "The Dunmore council approved a $455 million spending plan on Monday with no property tax increase. Mayor Rita Gallo said 30 unfilled jobs would be cut."),
    ]],
  },
  {
    name: "a warehouse shooting and its trial 18 months later (one event told later, as ECB+ labels a crime and its trial)",
    events: [[
      doc("Two killed in Fenwick warehouse shooting", "A worker opened fire at a Fenwick distribution warehouse on Thursday, killing two colleagues, police said. Dale Mercer, 41, was arrested at the scene, Police Chief Omar Haddad said."),
      doc("Warehouse gunman charged with two murders", "Dale Mercer, 41, was charged with two counts of murder on Friday after the shooting at the Fenwick distribution warehouse that killed two co-workers."),
      doc("Trial opens for Fenwick warehouse gunman", "The trial of Dale Mercer, accused of killing two co-workers in the March 2015 shooting at a Fenwick distribution warehouse, opened on Monday. Mercer, now 42, has pleaded not guilty."),
    ]],
  },
  {
    name: "one marathoner's two wins of one race, told without years",
    events: [[
      doc("Kiprono wins Lakemoor Marathon", "Kenya's Daniel Kiprono, 27, won the Lakemoor Marathon on Sunday in 2:08:41, pulling away from Abebe Tola in the last five kilometres."),
      doc("Kiprono takes Lakemoor title", "Daniel Kiprono pulled away from Abebe Tola late to win the Lakemoor Marathon in 2 hours 8 minutes 41 seconds. The 27-year-old Kenyan earned $40,000."),
    ], [
      doc("Kiprono wins Lakemoor again", "Daniel Kiprono, 29, won the Lakemoor Marathon on Sunday in 2:07:55, outkicking Samuel Rotich on the final hill."),
      doc("Second Lakemoor crown for Kiprono", "The 29-year-old Kenyan Daniel Kiprono beat Samuel Rotich in the final kilometre to win the Lakemoor Marathon in 2:07:55, his second win in the race."),
    ]],
  },
  {
    name: "one flood told by outlets who give the mayor two ages (a dispute, not two events)",
    events: [[
      doc("Floods swamp Varel", "The river Aue burst its banks on Wednesday and flooded 300 homes in Varel, Mayor Jonas Brandt, 52, said. No one was hurt."),
      doc("300 homes flooded in Varel", "About 300 homes in Varel were flooded when the Aue overflowed on Wednesday. Mayor Jonas Brandt, 53, called it the worst flood in decades."),
      doc("Varel cleans up after Aue flood", "Residents of Varel began clearing mud on Thursday after the Aue flooded some 300 houses. Mayor Jonas Brandt said damage would run into millions."),
    ]],
  },
  {
    name: "two ferry groundings at one island two years apart, dated",
    events: [[
      doc("Ferry runs aground off Inish More", "The ferry Aran Star ran aground off Inish More on Saturday with 112 passengers aboard; all were taken off safely, the coast guard said.", "2016-07-10"),
      doc("Passengers rescued from grounded ferry", "All 112 passengers were taken off the Aran Star after it ran aground off Inish More on Saturday, the coast guard said.", "2016-07-10"),
    ], [
      doc("Ferry aground off Inish More", "The ferry Aran Star ran aground off Inish More on Friday with 87 passengers aboard; all were brought ashore, the coast guard said.", "2018-08-04"),
      doc("Aran Star grounded again", "The Aran Star ran aground off Inish More on Friday, and its 87 passengers were brought ashore by lifeboat, the coast guard said.", "2018-08-04"),
    ]],
  },
  {
    name: "a bridge collapse and the inquiry's report a year later that names its day (one event told later)",
    events: [[
      doc("Footbridge collapses in Rothwell", "A footbridge over the Calder collapsed in Rothwell on Tuesday, injuring six walkers, the fire service said.", "2017-04-12"),
      doc("Six hurt as Rothwell bridge falls", "Six people were hurt when a footbridge over the river Calder gave way in Rothwell on Tuesday.", "2017-04-12"),
      doc("Inquiry blames rust for Rothwell bridge fall", "Corroded bolts caused the collapse of the Rothwell footbridge over the Calder on April 11, 2017, which injured six walkers, an inquiry found on Wednesday.", "2018-05-16"),
    ]],
  },
  {
    name: "one quarterback's two concussions, one report per season naming the year, others none",
    events: [[
      doc("Raiders' Pruitt concussed", "Portland Raiders quarterback Evan Pruitt left Sunday's game against the Hawks with a concussion in the third quarter, coach Bo Lange said. Pruitt had thrown for 1,874 yards this season."),
      doc("Pruitt in concussion protocol", "Evan Pruitt is in the concussion protocol after a hit by the Hawks' Malik Orr on Sunday, the Raiders said. He has 1,874 passing yards in the 2009 season."),
    ], [
      doc("Pruitt suffers another concussion", "Portland Raiders quarterback Evan Pruitt left Sunday's game against the Comets with a concussion in the second quarter, coach Bo Lange said. Pruitt had thrown for 2,310 yards this season."),
      doc("Raiders' Pruitt concussed in loss", "Evan Pruitt is in the concussion protocol after a hit by the Comets' Jay Brandt on Sunday, the Raiders said. Pruitt has thrown for 2,310 yards in 2011."),
    ]],
  },
];

let right = 0;
for (const c of cases) {
  const docs = c.events.flat();
  const story = new Map<string, number>();
  clusterStories(docs).forEach((g, k) => { for (const d of g.docs) story.set(d.article.id, k); });
  const ok = c.events.every((e) => new Set(e.map((d) => story.get(d.article.id))).size === 1)
    && new Set(c.events.map((e) => story.get(e[0]!.article.id))).size === c.events.length;
  if (ok) right++;
  console.log(`${ok ? "right" : "WRONG"}  ${c.name}: ${c.events.map((e) => e.map((d) => story.get(d.article.id)).join(",")).join(" | ")}`);
}
console.log(`event-identity variants: ${right}/${cases.length} right`);
