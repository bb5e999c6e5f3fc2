// The day of one event told differently by two outlets (issue 17): a scheduled opening, a vote, a
// crash — the same verb, the same surrounding words, another day. Beside the look-alikes it must leave
// alone: the day something was announced, an arrest the day after a crime, two rounds of one vote,
// a date moved ("postponed to"), and the same day written two ways. All wordings are new and about
// events unlike the examples.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./torture.js";

const loud = (texts: Parameters<typeof findingsOf>[0]) =>
  findingsOf(texts).filter((f) => f.type === "contradiction" && (f.severity === "medium" || f.severity === "high"));

describe("the day of one event", () => {
  it("flags a ferry line resuming on 3 April against 10 April", () => {
    const fs = loud([
      "The ferry service between Split and Hvar will resume on 3 April, the operator Jadrolinija said on Tuesday.",
      "Jadrolinija said on Tuesday that the ferry service between Split and Hvar would resume on 10 April after repairs.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.evidence.map((e) => e.text).sort()).toEqual(["10 April", "3 April"]);
  });
  it("flags a plane landing on Thursday against Wednesday", () => {
    expect(loud([
      "A cargo plane landed on its belly at Tallinn airport on Thursday morning after its landing gear failed, the airport said.",
      "The airport said a cargo plane landed on its belly at Tallinn airport on Wednesday morning when its landing gear failed.",
    ])).toHaveLength(1);
  });
  it("leaves the day something was announced against the day of the event alone", () => {
    expect(loud([
      "The ferry service between Split and Hvar will resume on 3 April, the operator Jadrolinija said on Tuesday.",
      "Jadrolinija announced on Wednesday that the ferry service between Split and Hvar will resume on 3 April.",
    ])).toEqual([]);
  });
  it("leaves an arrest on Tuesday and a robbery on Monday alone", () => {
    expect(loud([
      "Police arrested a man on Tuesday over the robbery of a pharmacy in Lille, prosecutors said.",
      "A pharmacy in Lille was robbed on Monday, and police later arrested a man over the robbery, prosecutors said.",
    ])).toEqual([]);
  });
  it("leaves two rounds of one election alone", () => {
    expect(loud([
      "The first round of the presidential election in Bogotá will be held on 8 March, the electoral council said.",
      "The second round of the presidential election in Bogotá will be held on 29 March, the electoral council said.",
    ])).toEqual([]);
  });
  it("leaves a date that was moved alone", () => {
    expect(loud([
      "The concert at the Vienna State Opera will take place on 12 May, organisers said.",
      "The concert at the Vienna State Opera has been postponed and will take place on 19 May, organisers said.",
    ])).toEqual([]);
  });
  it("leaves the same weekday in both texts alone when the articles came out on different days", () => {
    // Read against each publication day, "Sunday afternoon" is 14 June in one and 7 June in the
    // other; the texts themselves agree.
    expect(loud([
      { text: "A man picked up his daughter from the Lindenhof school on Sunday afternoon before the shooting, police in Graz said.", publishedAt: "2026-06-15T08:00:00Z" },
      { text: "Police in Graz said a man picked up his daughter from the Lindenhof school on Sunday afternoon before the shooting.", publishedAt: "2026-06-09T09:00:00Z" },
    ])).toEqual([]);
  });
  it("leaves one day written two ways alone", () => {
    expect(loud([
      { text: "The bridge over the Vltava in Prague will reopen on Friday, the city council said.", publishedAt: "2026-06-10T08:00:00Z" },
      { text: "The city council said the bridge over the Vltava in Prague will reopen on June 12.", publishedAt: "2026-06-10T09:00:00Z" },
    ])).toEqual([]);
  });
  it("leaves two matches of one club against other teams alone", () => {
    expect(loud([
      "The league match between Ajax and PSV will be played on Sunday in Amsterdam, the league said.",
      "The league match between Ajax and Feyenoord will be played on Saturday in Amsterdam, the league said.",
    ])).toEqual([]);
  });
  it("flags a coach who quit on Monday against one who stepped down on Wednesday (one act, two verbs)", () => {
    expect(loud([
      "Marta Ruiz quit as coach of the handball club Bidasoa on Monday after its cup defeat, the club said.",
      "Marta Ruiz stepped down as coach of the handball club Bidasoa on Wednesday after the cup defeat, the club said.",
    ])).toHaveLength(1);
  });
  it("flags fighting that erupted on Monday against fighting that broke out on Thursday (the start, two verbs), and names it", () => {
    const fs = loud([
      "Fighting erupted in the border town of Kalay on Monday between the army and a rebel militia, residents said.",
      "Residents said fighting between the army and a rebel militia broke out in the border town of Kalay on Thursday.",
    ]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.summary).toContain("for the start");
  });
  it("leaves a start and an end of one event on other days alone", () => {
    expect(loud([
      "The dock strike in Antwerp broke out on Monday over pay, the union said.",
      "The dock strike in Antwerp ended on Thursday over pay, the union said.",
    ])).toEqual([]);
  });
  it("leaves an appointment and a resignation of one person on other days alone", () => {
    expect(loud([
      "Marta Ruiz was appointed coach of the handball club Bidasoa on Monday after its cup defeat, the club said.",
      "Marta Ruiz stepped down as coach of the handball club Bidasoa on Wednesday after the cup defeat, the club said.",
    ])).toEqual([]);
  });
  it("leaves late one night and early the next morning alone", () => {
    expect(loud([
      "A man was shot and wounded outside a nightclub in Leeds late on Friday, police said.",
      "A man was shot and wounded outside a nightclub in Leeds early on Saturday, police said.",
    ])).toEqual([]);
  });
  it("leaves what did not happen on a day alone ('nobody answered', 'no one saw')", () => {
    expect(loud([
      "Nobody answered the door at the farmhouse near Tarbes on Monday, and the owner could not be reached.",
      "Nobody answered the door at the farmhouse near Tarbes on Wednesday afternoon, and the owner could not be reached.",
    ])).toEqual([]);
  });
  it("still flags the day of a plain act in the same words", () => {
    expect(loud([
      "The owner of the farmhouse near Tarbes answered questions from gendarmes on Monday, the prosecutor said.",
      "The owner of the farmhouse near Tarbes answered questions from gendarmes on Wednesday, the prosecutor said.",
    ])).toHaveLength(1);
  });
  it("leaves a second court hearing ('again', 'once more') alone", () => {
    expect(loud([
      "The driver, Piet Claes, is due to appear in court in Ghent on Monday, prosecutors said.",
      "Piet Claes will appear in court in Ghent again on Thursday, prosecutors said.",
    ])).toEqual([]);
  });
});

