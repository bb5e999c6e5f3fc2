// "she said" / "he said" when the text shows a person's gender by a courtesy title or a noun rather than a
// first name ("Mrs Adaeze Nwosu", "Herr Durmaz", "actress Ronke Oshodi", ", a spokeswoman for …"); "it
// said" and "the company said" for a body the tagger took for a person or did not tag ("Transparency
// Watch criticised …", "Ecovolt announced …"); a spokesperson for a body named by its function ("the
// highway patrol"); an office with its portfolio ("the Minister for Water Resources, Tanvir Hossain").
// Wordings written for these tests (markets, depots, clinics, tenders), not taken from any eval set.
import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const speakers = (text: string) => docOf(text).quotes.map((q) => q.speaker ?? "-");

describe("a courtesy title or a noun for a woman or a man shows whom the pronoun points back to", () => {
  it("'Mrs', 'Herr': the person so titled, not the subject whose gender nothing tells", () => {
    expect(speakers("Councillor Obinna Eze thanked Mrs Adaeze Nwosu for the report on the flooded market. “We lost two hundred stalls in one night,” she said.")).toEqual(["Adaeze Nwosu"]);
    expect(speakers("Frau Liesl Amsel introduced Herr Kemal Durmaz at the tram depot. “The trams run again on Monday,” he said.")).toEqual(["Kemal Durmaz"]);
  });
  it("a noun before the name or in apposition after it", () => {
    expect(speakers("Playwright Adebayo Salami cast actress Ronke Oshodi in the lead. “I read the script on a night train,” she said.")).toEqual(["Ronke Oshodi"]);
    expect(speakers("Commissioner Tavita Faleolo met Sina Alofa, a spokeswoman for the growers, at the wharf. “Our fruit is rotting in the sheds,” she said.")).toEqual(["Sina Alofa"]);
  });
  it("the subject, named first with a noun for a woman, is not the object after 'director'", () => {
    expect(speakers("Actress Ronke Oshodi joined director Femi Adeyemi on stage in Ibadan. “We shot it in eleven days,” she said.")).toEqual(["Ronke Oshodi"]);
  });
});

describe("look-alikes: the pronoun of the other gender, and 'spokesman' written of a woman", () => {
  it("'he' does not point back to the woman titled 'Mrs', however near", () => {
    expect(speakers("Mrs Halima Yusuf welcomed Adewale Okon to the clinic. “The generator failed twice this week,” he said.")).toEqual(["Adewale Okon"]);
  });
  it("'spokesman' shows no man: 'she' may point back to the spokesman", () => {
    expect(speakers("Club spokesman Morgan Tull announced the sale of the ground. “The fans deserve an owner who stays,” she said.")).toEqual(["Morgan Tull"]);
  });
  it("a subject nobody's gender is shown against keeps the pronoun", () => {
    expect(speakers("Mayor Bolaji Ade toured the flooded market with engineers. “We will rebuild the drains first,” she said.")).toEqual(["Bolaji Ade"]);
  });
});

describe("'it said', 'the company said': a body named as the subject of the sentence before", () => {
  it("a body the tagger took for a person, and a one-word body that takes a stand", () => {
    expect(speakers("Transparency Watch criticised the tender on Thursday. “The contract went to the only bidder that was never audited,” it said.")).toEqual(["Transparency Watch"]);
    expect(speakers("Ecovolt announced the closure of its plant near the river. “Demand for the old cells has collapsed,” it said in a statement.")).toEqual(["Ecovolt"]);
    expect(speakers("Norbrook Freight announced 300 job cuts at its depots. “This was the hardest decision in our history,” the company said.")).toEqual(["Norbrook Freight"]);
  });
  it("not a person written with a title, nor weather, nor a sign", () => {
    expect(speakers("Judge Ama Serwaa rejected the appeal on Friday. “The sentence stands in full,” it said.")).toEqual(["-"]);
    expect(speakers("Rain fell on the square all night long. “The square will reopen at noon tomorrow,” it said.")).toEqual(["-"]);
    expect(speakers("Drivers at the depot struck on Monday. A banner on the gate read “Trams for people, not for profit.”")).toEqual(["-"]);
  });
});

describe("a spokesperson for a body named by its function speaks for that body", () => {
  it("'a spokesman for the highway patrol … he said' → the highway patrol", () => {
    expect(speakers("A spokesman for the highway patrol said two lanes were closed. “Expect delays until the evening,” he said.")).toEqual(["highway patrol"]);
  });
  it("not when someone else is the subject in between", () => {
    expect(speakers("A spokeswoman for the coast guard declined to comment. Diver Amaru Quispe, who found the wreck, was blunt. “It broke in two,” he said.")).toEqual(["Amaru Quispe"]);
  });
});

describe("an office with its portfolio is no name; the holder after it is", () => {
  it("'the Minister for Water Resources, Tanvir Hossain' / 'Minister for Culture Ilka Rautio' / 'Secretary of Veterans Affairs Dolores Quint'", () => {
    expect(speakers("“The levee held through the night,” said the Minister for Water Resources, Tanvir Hossain.")).toEqual(["Tanvir Hossain"]);
    expect(speakers("Minister for Culture Ilka Rautio said: “The museum stays open all summer.”")).toEqual(["Ilka Rautio"]);
    expect(speakers("Secretary of Veterans Affairs Dolores Quint said the backlog was “finally shrinking after two years.”")).toEqual(["Dolores Quint"]);
  });
  it("an office with nobody named is nobody", () => {
    expect(docOf("The Secretary of Veterans Affairs was absent from the hearing.").entities.filter((e) => e.type === "person").map((e) => e.span.text)).toEqual([]);
    expect(speakers("The Secretary of Veterans Affairs was absent. “We came here for answers today,” one widow said.")).toEqual(["-"]);
  });
});

describe("a first name, then an organisation word that is a surname too, names a person", () => {
  it("'Mike Cross' is a person 'he' can point back to; 'the Red Cross' stays a body", () => {
    expect(speakers("Mike Cross said he had two options left: vote for Ana Reyes, whom he called “the least bad of a bad field,” or stay home.")).toEqual(["Mike Cross"]);
    expect(docOf("The Red Cross sent two trucks to the valley.").entities.map((e) => `${e.type}:${e.span.text}`)).toEqual(["org:Red Cross"]);
  });
});
