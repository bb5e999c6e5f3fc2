// Measures (issue 17): a speed, a depth, a height or an area is one fact only when both articles measure the
// same aspect of the event. Units are read and converted ("140 km/h", "87 mph", "hectares", "acres", "a 90-metre
// chimney" is a height, not 90 chimneys); two tellings of one scene that disagree are a dispute a desk checks,
// while a speed limit beside a car's speed, a fall beside a building's height, a burned area beside a park's
// size or a quake's depth beside its distance from a town are different figures. New wordings, other events.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

const measures = (text: string) => docOf(text).quantities.map((q) => [q.value, q.unit, q.noun, q.span.text]);

describe("reading units of measure", () => {
  it("reads speeds, areas and attributive lengths in their units", () => {
    expect(measures("The coach was travelling at 95 km/h before it overturned.")).toContainEqual([95, "distance", "km/h", "95 km/h"]);
    expect(measures("Witnesses said the lorry reached 60 miles per hour on the slip road.")).toContainEqual([60, "distance", "mph", "60 miles per hour"]);
    expect(measures("The blaze has charred 3,000 acres of heath.")).toContainEqual([3000, "distance", "acre", "3,000 acres"]);
    expect(measures("Flooding covered 12 square miles of farmland.")).toContainEqual([12, "distance", "sq mile", "12 square miles"]);
    expect(measures("Workers were dismantling a 90-metre chimney at the old power station.")).toContainEqual([90, "distance", "m", "90-metre chimney"]);
  });
  it("reads nautical miles as a length of their own, and pounds as a weight where something is weighed", () => {
    expect(measures("The trawler sank 40 nautical miles north of the Faroes.")).toContainEqual([40, "distance", "nmi", "40 nautical miles"]);
    expect(measures("The baby weighed 7.5 pounds at birth.")).toContainEqual([7.5, "distance", "lb", "7.5 pounds"]);
    expect(measures("Border agents found 25 pounds of fentanyl in the spare tyre.")).toContainEqual([25, "distance", "lb", "25 pounds"]);
    // Sterling stays money: a fee, a wage, "pounds of public money".
    expect(measures("The fine was 800 pounds.").map((q) => q[1])).toEqual(["money"]);
    expect(measures("Nurses earn 600 pounds a week.").map((q) => q[1])).toEqual(["money"]);
    expect(measures("The scheme wasted millions of pounds of taxpayers' money.").map((q) => q[1])).toEqual(["money"]);
  });
  it("reads no weight in a network generation or a kind of picture ('4G', '5G', '3D')", () => {
    expect(measures("The island finally got 4G coverage, and 5G masts are planned; the museum shows 3D films.")).toEqual([]);
    expect(measures("Each sachet holds 5 g of salt.")).toContainEqual([5, "distance", "g", "5 g"]);
  });
  it("keeps money in millions as money", () => {
    expect(measures("The club paid $12 m for the striker.").map((q) => q[1])).toEqual(["money"]);
  });
});

describe("one measure of the scene told two ways", () => {
  it("flags a seizure of 25 pounds against one of 60 kilograms, and leaves 25 pounds against 11 kilograms alone", () => {
    const told = (kg: string) => loud([
      "Customs officers at Dover found 25 pounds of cocaine hidden in a lorry's cab on Friday, the Border Force said.",
      `The Border Force said officers at Dover seized ${kg} kilograms of cocaine from the cab of a lorry on Friday.`,
    ]);
    expect(told("60")).toHaveLength(1);
    expect(told("11")).toHaveLength(0);
  });
  it("does not read two phone networks ('3G', '4G') as two weights", () => {
    expect(loud([
      "The village near Tromsø had only 3G coverage when the storm cut the power line on Monday.",
      "When Monday's storm cut the power line, the village near Tromsø had 4G coverage, the operator said.",
    ])).toHaveLength(0);
  });
  it("flags a car's speed given as 110 mph and as 65 mph", () => {
    expect(loud([
      "The van was going at 110 mph when it hit the parapet of the bridge at Ripon, the inquest heard on Thursday.",
      "The inquest heard on Thursday that the van was travelling at 65 mph when it struck the parapet of the bridge at Ripon.",
    ])).toHaveLength(1);
  });
  it("flags a quake's depth given as 15 km and as 60 km", () => {
    expect(loud([
      "The magnitude 6.1 quake hit northern Chile on Sunday at a depth of 15 km, the seismological centre said.",
      "Sunday's magnitude 6.1 quake in northern Chile struck at a depth of 60 km, according to the seismological centre.",
    ])).toHaveLength(1);
  });
  it("flags a burned area in hectares against a much larger one in acres", () => {
    expect(loud([
      "The grass fire burned 2,000 hectares near Mildura on Tuesday, the fire authority said.",
      "The fire authority said the grass fire near Mildura burned 12,000 acres on Tuesday.",
    ])).toHaveLength(1);
  });
  it("flags a speed told at the end of a sentence ('… was going at 50 km/h.') against another in other words", () => {
    expect(loud([
      "The lorry was travelling at 120 km/h when it ran off the motorway near Brno on Sunday, the police said.",
      "The police said the lorry that ran off the motorway near Brno on Sunday was going at 50 km/h.",
    ])).toHaveLength(1);
  });
  it("flags a depth told as 'below the surface' against 'at a depth of'", () => {
    expect(loud([
      "A magnitude 4.9 earthquake hit the Aegean off Samos on Monday at a depth of 8 kilometres, the observatory said.",
      "The observatory said Monday's 4.9 magnitude quake off Samos was centred 40 kilometres below the surface.",
    ])).toHaveLength(1);
  });
  it("leaves the same speed in km/h and mph, and the same area in hectares and acres, alone", () => {
    expect(loud([
      "The coach was travelling at 95 km/h when it overturned near Pau on Monday.",
      "The coach was doing about 60 mph when it overturned near Pau on Monday, police said.",
    ])).toEqual([]);
    expect(loud([
      "The grass fire burned 2,000 hectares near Mildura on Tuesday, the fire authority said.",
      "The fire authority said the grass fire near Mildura burned almost 5,000 acres on Tuesday.",
    ])).toEqual([]);
  });
});

describe("two aspects of one dimension", () => {
  it("leaves a speed limit beside a car's speed alone", () => {
    expect(loud([
      "The van hit the parapet of the bridge at Ripon, where the speed limit is 40 mph, the inquest heard.",
      "The inquest heard the van was doing 75 mph when it hit the parapet of the bridge at Ripon.",
    ])).toEqual([]);
  });
  it("leaves a fall beside the height of the building alone", () => {
    expect(loud([
      "A window cleaner fell 20 metres from an office block in Leipzig on Monday and survived.",
      "A window cleaner survived a fall from the 80-metre office block in Leipzig on Monday.",
    ])).toEqual([]);
  });
  it("leaves a burned area beside the size of the reserve alone", () => {
    expect(loud([
      "The fire burned 800 hectares inside the Monfrague reserve on Saturday, officials said.",
      "Officials said on Saturday the fire had spread into the 18,000-hectare Monfrague reserve.",
    ])).toEqual([]);
  });
  it("leaves a quake's depth beside its distance from a town alone", () => {
    expect(loud([
      "The earthquake struck at a depth of 12 km off Sumatra on Wednesday, the agency said.",
      "The agency said Wednesday's earthquake was centred 80 km west of Padang, Sumatra.",
    ])).toEqual([]);
  });
  it("leaves two players' yards alone when each clause names its own player", () => {
    expect(loud([
      "Marcus Dell rushed for 180 yards while Tony Ruiz added 64.",
      "RB Tony Ruiz rushed for 64 yards.",
    ])).toEqual([]);
  });
});

describe("a suspect's age told after the name", () => {
  it("flags 'arrested a woman, 43,' against 'a 34-year-old woman was arrested'", () => {
    expect(loud([
      "A 34-year-old woman was arrested on suspicion of dangerous driving after a crash that killed a pedestrian in Hull on Friday.",
      "Police arrested a woman, 43, on suspicion of dangerous driving after a pedestrian died in a crash in Hull on Friday.",
    ])).toHaveLength(1);
  });
});

describe("a kind of the counted thing named after it", () => {
  it("leaves 'three goals from the penalty spot'-style parts alone: 'two goals scoring' vs 'five goals'", () => {
    expect(loud([
      "The striker finished the season with 14 goals and five assists, and two goals heading in the cup run, the club said.",
      "The striker finished the season with 14 goals, the club said, and five goals in the cup run.",
    ]).filter((f) => /two goals|five goals/.test(f.summary))).toEqual([]);
  });
  it("leaves 'seven points on defense' against 'twelve points' alone, but flags the same points told two ways", () => {
    expect(loud([
      "Lindqvist scored seven points on defense in Saturday's win over Malmo, the league said.",
      "Lindqvist scored twelve points in Saturday's win over Malmo, the league said.",
    ])).toEqual([]);
    expect(loud([
      "Four people living in the tower block were taken to hospital after the fire in Salford on Monday.",
      "Nine people were taken to hospital after the fire at the tower block in Salford on Monday.",
    ])).toEqual([]);
    expect(loud([
      "Four people were taken to hospital after the fire at a tower block in Salford on Monday, the fire service said.",
      "Nine people were taken to hospital after the fire at a tower block in Salford on Monday, the fire service said.",
    ])).toHaveLength(1);
  });
});

describe("the one ransom or fine of a story", () => {
  it("flags a fine told in the active and in the passive ('Regulators fined … NordLine €4.5 million' / 'NordLine was ordered to pay a fine of 5.4 million euros')", () => {
    const f = loud([
      "Regulators fined the ferry company NordLine €4.5 million on Friday for failing to refund cancelled sailings.",
      "NordLine was ordered on Friday to pay a fine of 5.4 million euros over refunds for cancelled sailings, the regulator said.",
    ]);
    expect(f.map((x) => x.evidence.map((e) => e.text).sort())).toEqual([["5.4 million euros", "€4.5 million"]]);
  });
  it("leaves two companies' fines alone, each the subject of its own sentence", () => {
    expect(loud([
      "Regulators in Stockholm fined the bank Norda $20 million on Tuesday for money-laundering failures.",
      "The bank Vesta must pay $45 million, regulators in Stockholm said on Tuesday, after they fined it for money-laundering failures.",
    ])).toEqual([]);
  });
  it("flags a ransom told as 'demanded a ransom of $3 million' and 'wanted $8 million … to unlock'", () => {
    expect(loud([
      "Criminals who locked the servers of a water company in Antwerp demanded a ransom of $3 million, the company said on Tuesday.",
      "The Antwerp water company said on Tuesday that the attackers wanted $8 million in cryptocurrency to unlock its servers.",
    ])).toHaveLength(1);
  });
  it("flags a fine of £2 million against one of £20 million", () => {
    expect(loud([
      "The regulator fined the rail operator £2 million on Monday over the Carmont derailment.",
      "The rail operator must pay a £20 million penalty for the Carmont derailment, the regulator said on Monday.",
    ])).toHaveLength(1);
  });
  it("leaves a ransom beside the company's yearly revenue alone, and two amounts of one kind in an article alone", () => {
    expect(loud([
      "Criminals demanded a ransom of $3 million from the Antwerp water company, which had revenue of $400 million last year.",
      "The Antwerp water company, with $400 million in revenue, was asked for $3 million to unlock its servers.",
    ])).toEqual([]);
    expect(loud([
      "The regulator fined the rail operator £2 million and its contractor £1 million on Monday over the Carmont derailment.",
      "The rail operator must pay a £20 million penalty for the Carmont derailment, the regulator said on Monday.",
    ])).toEqual([]);
  });
  it("leaves bail and rewards alone: they change as a case goes on", () => {
    expect(loud([
      "On Friday his bail was set at $500,000.",
      "He posted 10 percent of his bail, or $50,000, and was released.",
    ])).toEqual([]);
    expect(loud([
      "Callers may be eligible for a $1,000 reward, Crime Stoppers said.",
      "Police say a $15,000 reward is being offered for information leading to an arrest.",
    ])).toEqual([]);
  });
});
