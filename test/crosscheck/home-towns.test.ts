// Issue 17, real disputes missed: a person's home town told differently by two outlets, in the forms local news
// tells it ("a 41-year-old Carlow man", "A Leeds man, 29,", "Kofi Mensah, 34, who lives in Kumasi", "a resident of",
// "Galway-born", "an Innsbruck native"), each beside the look-alike that must stay quiet: where the event happened,
// two people (a suspect and a victim, a mother and her son), a town against its county, a club's fans, born against
// lives. Events and wordings of these tests' own.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const origin = (texts: string[]) => findingsOf(texts).filter((f) => f.rule === "crosscheck/origin").map((f) => `${f.severity} ${f.evidence.map((e) => e.text).join(" / ")}`);

describe("a home town told in other forms", () => {
  it("flags 'a 41-year-old man from Kilkenny' against 'a 41-year-old Carlow man'", () => {
    expect(origin([
      "A 41-year-old man from Kilkenny was arrested on Sunday after a crash that killed two cyclists near Thurles, gardai said.",
      "Gardai arrested a 41-year-old Carlow man on Sunday after a crash near Thurles that killed two cyclists.",
    ])).toEqual(["medium Kilkenny / Carlow"]);
  });
  it("flags 'of Gdynia' against 'a 52-year-old Sopot man' for one named man", () => {
    expect(origin([
      "Police named the dead man as Tomasz Nowak, 52, of Gdynia. He was hit by a tram on Friday evening.",
      "Tomasz Nowak, a 52-year-old Sopot man, died after he was hit by a tram on Friday evening, police said.",
    ])).toEqual(["medium Gdynia / Sopot"]);
  });
  it("flags 'who lives in' against 'of', and 'a resident of' against 'who lives in'", () => {
    expect(origin([
      "Kofi Mensah, 34, who lives in Kumasi, was charged on Wednesday with defrauding the bank of 2 million cedis.",
      "Kofi Mensah, 34, of Tamale, was charged on Wednesday with defrauding the bank of 2 million cedis.",
    ])).toEqual(["medium Kumasi / Tamale"]);
    expect(origin([
      "Marta Ruiz, 36, who lives in Jaca, was found alive on Tuesday after two nights on the mountain, rescuers said.",
      "Rescuers found Marta Ruiz, 36, a resident of Zaragoza, alive on Tuesday after two nights on the mountain.",
    ])).toEqual(["medium Jaca / Zaragoza"]);
  });
  it("flags 'A Leeds man, 29,' and 'a Christchurch woman aged 67' against the same person from elsewhere", () => {
    expect(origin([
      "A Leeds man, 29, was charged on Thursday with the attempted murder of a taxi driver in Harrogate.",
      "A 29-year-old man from Bradford was charged on Thursday with the attempted murder of a taxi driver in Harrogate.",
    ])).toEqual(["medium Leeds / Bradford"]);
    expect(origin([
      "The driver, a 67-year-old woman from Dunedin, was cut free from the wreck on State Highway 1 on Saturday.",
      "The driver, a Christchurch woman aged 67, was cut free from the wreck on State Highway 1 on Saturday.",
    ])).toEqual(["medium Dunedin / Christchurch"]);
  });
  it("flags a birthplace against a birthplace or a 'from', and one named person told by age in the other", () => {
    expect(origin([
      "The climber, a 45-year-old Innsbruck native, fell 200 metres on the Grossglockner on Saturday.",
      "The climber, a 45-year-old man from Salzburg, fell 200 metres on the Grossglockner on Saturday, police said.",
    ])).toEqual(["medium Innsbruck / Salzburg"]);
    expect(origin([
      "The Galway-born skipper, Declan Moore, 60, was airlifted to hospital after the trawler sank on Monday.",
      "Skipper Declan Moore, 60, from Cork, was airlifted to hospital after his trawler sank on Monday.",
    ])).toEqual(["medium Galway / Cork"]);
    expect(origin([
      "Ivan Petrov, 47, of Varna, was charged on Monday with smuggling 300 kilograms of cocaine.",
      "A 47-year-old man from Burgas was charged on Monday with smuggling 300 kilograms of cocaine, prosecutors said.",
    ])).toEqual(["medium Varna / Burgas"]);
  });
});

describe("look-alikes that stay quiet", () => {
  it("is quiet on where the event happened against where the person is from", () => {
    expect(origin([
      "A 41-year-old man from Kilkenny was arrested on Sunday after a crash that killed two cyclists, gardai said.",
      "A 41-year-old man was arrested in Carlow on Sunday after a crash that killed two cyclists, gardai said.",
    ])).toEqual([]);
    expect(origin([
      "A 52-year-old woman from Ghent was arrested in Bruges on Wednesday on suspicion of fraud.",
      "Police in Ghent said a 52-year-old woman was arrested on Wednesday on suspicion of fraud.",
    ])).toEqual([]);
  });
  it("is quiet on a victim and a suspect of one age, and on a man and a woman of one age", () => {
    expect(origin([
      "A 19-year-old man from Derby died after being stabbed in Nottingham on Saturday night, police said.",
      "Police arrested a 19-year-old man from Leicester on Sunday over the fatal stabbing of a teenager in Nottingham.",
    ])).toEqual([]);
    expect(origin([
      "A 27-year-old man from Leeds was stabbed in Bradford on Friday; a 27-year-old woman from Halifax was arrested.",
      "Police arrested a 27-year-old woman from Halifax over the stabbing of a man in Bradford on Friday.",
    ])).toEqual([]);
    expect(origin([
      "The victim, a 64-year-old Swansea man, was found at his home in Neath on Monday.",
      "The 64-year-old victim was found at his home in Neath on Monday, police said. A Bridgend man, 27, was later arrested.",
    ])).toEqual([]);
  });
  it("is quiet on two people of one surname", () => {
    expect(origin([
      "Mary Byrne, 70, of Cork, died in the fire on Sunday, gardai said.",
      "Her son, Tom Byrne, 45, of Dublin, was treated for smoke inhalation after the fire on Sunday.",
    ])).toEqual([]);
  });
  it("is quiet on a town against its county or region", () => {
    expect(origin([
      "A 25-year-old woman from Harrogate was rescued from the River Nidd on Monday, the fire service said.",
      "A 25-year-old North Yorkshire woman was rescued from the River Nidd on Monday, the fire service said.",
    ])).toEqual([]);
    expect(origin([
      "A 33-year-old Kerry man was rescued off Fenit on Saturday, the coast guard said.",
      "A 33-year-old man from Tralee was rescued off Fenit on Saturday, the coast guard said.",
    ])).toEqual([]);
  });
  it("is quiet on a club's fan, a firm's worker and an organisation", () => {
    expect(origin([
      "A 20-year-old Leeds United fan was arrested after the match at Elland Road on Saturday, police said.",
      "Police said a 20-year-old man from Wakefield was arrested after the match at Elland Road on Saturday.",
    ])).toEqual([]);
    expect(origin([
      "A 35-year-old Tesco worker was injured in the blast at the store on Monday.",
      "A 35-year-old worker from Swindon was injured in the blast at the store on Monday, police said.",
    ])).toEqual([]);
    expect(origin([
      "Anna Kowalska, 29, of the Red Cross, said the camp was full on Tuesday.",
      "Anna Kowalska, 29, from Krakow, said the camp was full on Tuesday.",
    ])).toEqual([]);
  });
  it("is quiet on one place told two ways, and rates born against lives low", () => {
    expect(origin([
      "A 33-year-old man from Cork was killed when his van left the road near Mallow on Tuesday.",
      "A 33-year-old Cork man was killed when his van left the road near Mallow on Tuesday.",
    ])).toEqual([]);
    expect(origin([
      "Adebayo Ogun, 44, a Lagos-born architect who lives in Leeds, won the prize on Thursday.",
      "Adebayo Ogun, 44, of Leeds, won the architecture prize on Thursday.",
    ])).toEqual([]);
    expect(origin([
      "Adebayo Ogun, 44, a Lagos-born architect, won the prize on Thursday.",
      "Adebayo Ogun, 44, who lives in Accra, won the architecture prize on Thursday.",
    ])).toEqual(["low Lagos / Accra"]);
  });
});

describe("home towns as US local news writes them", () => {
  it("flags one named suspect's neighbourhood told two ways, whatever the annotator took the place for", () => {
    expect(origin([
      "Darnell Cobb, 29, of Homewood North has been questioned about the shooting but has not been charged.",
      "Police had arrested Darnell Cobb, 29, of Lincoln-Lemington, and Ray Dunn, 27, of Homewood, in the March 9 shooting.",
    ])).toEqual(["medium Homewood North / Lincoln-Lemington"]);
  });
  it("reads 'St. Louis' whole and is quiet on a street, a city's quadrant and a descent", () => {
    expect(origin([
      "Lonnie Brooks, 38, of St. Louis, was a passenger in the car, police said.",
      "Lonnie Brooks, 38, of Kansas City, was a passenger in the car, police said.",
    ])).toEqual(["medium St. Louis / Kansas City"]);
    expect(origin([
      "Police arrested James Short, 24, of Willow Hollow Drive on Friday.",
      "Police arrested James Short, 24, of Monroe on Friday.",
    ])).toEqual([]);
    expect(origin([
      "Andrew Allen, 19, of Southeast was arrested Thursday on charges of murder.",
      "Andrew Allen, 19, of Anacostia was arrested Thursday on charges of murder.",
    ])).toEqual([]);
    expect(origin([
      "Referring to Donna Jones, an African-American woman who was shot on Friday, the mayor spoke of grief.",
      "Donna Jones, a Baltimore woman, was shot on Friday, police said.",
    ])).toEqual([]);
  });
});

describe("a place before 'resident' and a name", () => {
  it("flags 'Salem resident Darryl Jones, 47,' against 'Darryl Jones, 47, of Keizer'", () => {
    expect(origin([
      "Salem resident Darryl Jones, 47, died at the scene, police said.",
      "Darryl Jones, 47, of Keizer died at the scene, police said.",
    ])).toEqual(["medium Salem / Keizer"]);
  });
});

describe("two named people of one age", () => {
  it("is quiet on two suspects of one shooting who share an age, and on born against 'originally from' elsewhere told low", () => {
    expect(origin([
      "Tavon Reese, 22, of Sebring has been charged with aggravated battery over the shooting at the park.",
      "Deputies arrested another suspect in the shooting at the park: Marcus Lyle, 22, of Lake Placid.",
    ])).toEqual([]);
    expect(origin([
      "Adebayo Ogun, 44, who is originally from Lagos, won the prize on Thursday.",
      "Adebayo Ogun, 44, of Leeds, won the architecture prize on Thursday.",
    ])).toEqual(["low Lagos / Leeds"]);
  });
});

describe("home-town summaries", () => {
  it("names the person as the plainer article does, and says which place is a birthplace", () => {
    const f = findingsOf([
      "The climber, a 45-year-old Innsbruck native, fell 200 metres on the Grossglockner on Saturday.",
      "The climber, a 45-year-old man from Salzburg, fell 200 metres on the Grossglockner on Saturday, police said.",
    ]).find((x) => x.rule === "crosscheck/origin");
    expect(f?.summary).toBe("Sources disagree on where the 45-year-old man is from: one article says “Innsbruck” as where the person was born or comes from, another says “Salzburg”.");
  });
});

describe("one home-town dispute told by three articles", () => {
  it("is one finding holding every article's words", () => {
    const f = findingsOf([
      { text: "Graham Pickering, 54, from Wakefield, denied fraud at Leeds Crown Court on Monday.", publishedAt: "2026-12-05" },
      { text: "Pickering, 54, from Huddersfield, told the jury on Monday he had not stolen the money.", publishedAt: "2026-12-05" },
      { text: "Graham Pickering, 54, from Wakefield, appeared at Leeds Crown Court on Monday.", publishedAt: "2026-12-05" },
    ]).filter((x) => x.rule === "crosscheck/origin");
    expect(f).toHaveLength(1);
    expect(new Set(f[0]!.evidence.map((e) => e.articleId)).size).toBe(3);
  });
});
