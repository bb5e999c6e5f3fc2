// Candidate scoring, settling and the local re-split score pairs one vector against many (arena.ts
// DenseVector), and words become terms without regexes for plain ASCII (similarity/tokens.ts): the
// same arithmetic, cheaper. On look-alike events of our own wording — two roof collapses three days
// apart in two towns, one told in five reports so the re-split runs; two floods of one river two
// years apart; a fire told on its day and two days later — this pins the stories, their titles and
// notes as the code before those changes built them (51d0537), and the same stories whatever order
// the articles arrive in.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Doc } from "../../src/domain/doc.js";
import { StoryIndex } from "../../src/stories/cluster.js";
import { docOf } from "./helpers.js";

const corpus: Doc[] = [
  docOf("Warehouse roof collapses in Tilbury after snowfall",
    "TILBURY, Essex — The roof of a timber warehouse on Dock Road in Tilbury collapsed under heavy snow on Monday, January 8, trapping two forklift drivers, Essex fire service said. Crew manager Priya Halden said both men were freed after four hours.", "2024-01-08"),
  docOf("Two drivers freed from Tilbury warehouse",
    "Firefighters freed two forklift drivers trapped when the snow-laden roof of a Dock Road timber warehouse in Tilbury gave way on Monday. Crew manager Priya Halden said one driver had a broken leg.", "2024-01-08"),
  docOf("Snow blamed for Dock Road roof failure",
    "Engineers said the weight of snow brought down the roof of the timber warehouse on Dock Road, Tilbury, where two drivers were trapped on Monday. Priya Halden of the Essex fire service said the site stays closed.", "2024-01-09"),
  docOf("Tilbury timber firm to rebuild collapsed store",
    "The timber merchant whose Dock Road warehouse roof fell in under snow on Monday in Tilbury said it would rebuild. Both drivers trapped in the collapse are recovering, crew manager Priya Halden said.", "2024-01-10"),
  docOf("Inquiry opens into Tilbury warehouse collapse",
    "Health and safety inspectors opened an inquiry on Wednesday into the roof collapse at a Dock Road timber warehouse in Tilbury that trapped two forklift drivers on Monday, January 8.", "2024-01-10"),
  docOf("Sports hall roof gives way in Harwich",
    "HARWICH, Essex — Part of the roof of the Harwich leisure centre sports hall fell in under snow on Thursday, January 11, hours after a badminton club had left, Tendring council said. Duty manager Colin Marsh said nobody was inside.", "2024-01-11"),
  docOf("Harwich leisure centre shut after roof fall",
    "The Harwich leisure centre will stay shut for weeks after snow brought down part of its sports hall roof on Thursday, duty manager Colin Marsh said. No one was hurt.", "2024-01-12"),
  docOf("Isere bursts its banks in Grenoble",
    "GRENOBLE — The Isere burst its banks in Grenoble on Saturday, October 2, 2021, flooding 300 homes in the Ile Verte district, the prefecture said. Mayor Eric Piolle said 40 people were moved to a school.", "2021-10-02"),
  docOf("Grenoble counts cost of Isere flood",
    "Grenoble began clearing mud on Sunday after the Isere flooded 300 homes in the Ile Verte district on Saturday. Forty residents spent the night in a school, mayor Eric Piolle said.", "2021-10-03"),
  docOf("Isere floods Grenoble streets again",
    "GRENOBLE — The Isere flooded streets in Grenoble's Saint-Bruno district on Tuesday, November 14, 2023, after four days of rain, the prefecture said. Firefighter spokesman Luc Arnaud said 60 people were evacuated by boat.", "2023-11-14"),
  docOf("Sixty evacuated by boat in Grenoble flood",
    "Sixty residents of Saint-Bruno in Grenoble were taken out by boat on Tuesday as the Isere rose, spokesman Luc Arnaud said. Schools in the district stay closed.", "2023-11-15"),
  docOf("Fire destroys Lisbon bakery",
    "LISBON — A fire destroyed a bakery on Rua Augusta in Lisbon early on Friday, March 1, firefighters said. The owner, Joana Reis, said the ovens had been left on.", "2024-03-01"),
  docOf("Lisbon bakery owner vows to reopen",
    "Joana Reis, whose bakery on Rua Augusta in Lisbon burned down on Friday, said on Sunday she would reopen within a year. Firefighters said the ovens were the cause.", "2024-03-03"),
  docOf("Council approves new cycle lanes",
    "The city council approved 12 kilometres of new cycle lanes on Wednesday after a two-hour debate, transport chair Amal Osei said.", "2024-05-08"),
];

const storiesOf = (docs: readonly Doc[]) => {
  const index = new StoryIndex();
  for (const d of docs) index.add(d);
  return index.groups().map((g) => `${g.id} ${g.title} | ${g.docs.map((d) => corpus.indexOf(d)).join(" ")} | ${g.notes.join(" / ")}`);
};

describe("story scoring after the speed-ups (issue 18)", () => {
  it("builds the stories the code before them built, titles and notes included", () => {
    const stories = storiesOf(corpus);
    expect(stories.map((s) => s.split(" | ")[1]).sort()).toEqual(EXPECTED);
    expect(createHash("sha256").update(stories.join("\n")).digest("hex").slice(0, 16)).toBe(DIGEST);
  });

  it("builds the same stories whatever order the articles arrive in", () => {
    expect(storiesOf([...corpus].reverse())).toEqual(storiesOf(corpus));
  });
});

/** Articles (by corpus index) of each story the start code (51d0537) built. */
const EXPECTED = ["0 1 2 4 3", "11 12", "13", "5 6", "7 8", "9 10"];
const DIGEST = "11268710b8eb41a0";
