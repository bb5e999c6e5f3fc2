// Repeated phrases that real news repeats (issue 17, trust11: stuffing findings on FRANK and PolNeAR, built from the
// phenomenon in wordings of these tests' own): the title of a work named after a person, said each time the article
// refers to it, and a slogan or phrase that people quote, repeated inside quotation marks. A phrase planted in the
// writer's own voice stays flagged.
import { describe, expect, it } from "vitest";
import { ofRule, run } from "./helpers.js";

const stuffing = (text: string) => ofRule(run([text]).lines, "signals/phrase-stuffing");

describe("a work's title that names a person", () => {
  const film = (title: string) => [
    `${title} opens in cinemas across the country on Friday.`, "The shoot took four months in the Highlands.",
    `The director said ${title} was ten years in the making.`, "Most of the cast are unknown.",
    `Critics at the premiere praised ${title} for its score.`, "Tickets sold out within the hour.",
    `A sequel to ${title} is already planned.`, "The studio would not give a budget.",
    `Schools will be offered screenings of ${title} next term.`, "The soundtrack is out now.",
    `${title} runs for two hours and ten minutes.`,
  ].join(" ");
  it("is not stuffing: 'The Ballad of Mary Kell', 'Letters to Tomas Weir'", () => {
    expect(stuffing(film("The Ballad of Mary Kell"))).toEqual([]);
    expect(stuffing(film("Letters to Tomas Weir"))).toEqual([]);
  });
  it("a full name alone repeated that often is still left to the cut-offs ('Anna Maria Lind')", () => {
    expect(stuffing(film("Anna Maria Lind"))).not.toEqual([]);
  });
  it("a title-case search phrase with no one's name is still flagged", () => {
    expect(stuffing(film("Best Cheap Cinema Tickets"))).not.toEqual([]);
  });
});

describe("a phrase people quote", () => {
  const rally = (say: (k: number) => string) => [
    `Dockers marched through the port on Saturday, chanting ${say(0)}.`, "The union said 3,000 people took part.",
    `Banners reading ${say(1)} hung from the cranes.`, "Police closed two roads.",
    `One speaker told the crowd that ${say(2)} was more than a slogan.`, "The company declined to comment.",
    `Shop owners put ${say(3)} posters in their windows.`, "The strike enters its third week on Monday.",
    `Children wrote ${say(4)} in chalk on the quay.`, "Talks are due on Wednesday.",
    `The march ended with a last shout of ${say(5)}.`,
  ].join(" ");
  it("is not stuffing when most repetitions sit inside quotation marks", () => {
    expect(stuffing(rally(() => "\"fair pay for every shift\""))).toEqual([]);
    expect(stuffing(rally(() => "‘fair pay for every shift’"))).toEqual([]);
  });
  it("the same phrase in the writer's own voice is still flagged", () => {
    expect(stuffing(rally(() => "fair pay for every shift"))).not.toEqual([]);
  });
});
