// Held-out anachronism variants of trust12 (issue 17), written at 22:35 UTC on 2026-12-06 BEFORE any rule change of that
// session and run only for reporting (start code 21/30, after 25/30). Run: npx tsx eval/anachronism-variants.ts
// loud = medium/high expected; quiet = low or nothing.
import { anachronisms, docOf } from "../test/kb/helpers.js";
type V = [string, string, "loud" | "quiet"];
const V: V[] = [
  // --- real anachronisms: a present title attached to a name in the story's own event, clearly outside the term
  ["German Chancellor Angela Merkel told reporters in Brussels on Thursday that the gas levy would stay.", "2023-03-09", "loud"],
  ["Canadian Prime Minister Stephen Harper said the pipeline would be approved before winter.", "2019-06-12", "loud"],
  ["Brazil's President Dilma Rousseff welcomed the trade delegation in Brasília this week.", "2018-04-20", "loud"],
  ["\"We will not sign this text,\" said Mexican President Enrique Peña Nieto, as talks on the tariff deal stalled.", "2020-07-02", "loud"],
  ["The minister met Australian Foreign Minister Julie Bishop in Jakarta on Monday to discuss the fishing dispute.", "2020-02-11", "loud"],
  ["UN Secretary-General Ban Ki-moon urged both sides to respect the ceasefire, his spokesman said on Tuesday.", "2019-10-08", "loud"],
  ["Italian Prime Minister Matteo Renzi announces a new budget for the southern rail line.", "2018-11-14", "loud"],
  ["South African President Jacob Zuma said on Friday the miners' strike must end.", "2020-09-18", "loud"],
  // --- not anachronisms
  // explicit past markers
  ["Former German Chancellor Angela Merkel attended the opening of the museum on Thursday.", "2023-03-09", "quiet"],
  ["Ex-Prime Minister Stephen Harper now sits on the board of a mining firm.", "2019-06-12", "quiet"],
  ["The late Prime Minister Jens Stoltenberg's reforms were cited." , "2019-06-12", "quiet"],
  ["Then-President Dilma Rousseff signed the decree in 2013.", "2018-04-20", "quiet"],
  // past capacity / past clause / dated
  ["As chancellor, Angela Merkel opened the border to refugees, a decision her party still debates.", "2023-03-09", "quiet"],
  ["When Stephen Harper was prime minister, the pipeline was first proposed.", "2019-06-12", "quiet"],
  ["In 2014, Prime Minister Matteo Renzi promised to cut the payroll tax.", "2018-11-14", "quiet"],
  ["The rail plan dates from Prime Minister Matteo Renzi's first budget.", "2018-11-14", "quiet"],
  ["Julie Bishop, who served as foreign minister until 2018, now chairs a university council.", "2020-02-11", "quiet"],
  // past deeds and history named by the title held then
  ["The dam was approved by President Dilma Rousseff over the objections of tribal leaders.", "2018-04-20", "quiet"],
  ["Critics say the mining code drafted under President Jacob Zuma let companies off lightly.", "2020-09-18", "quiet"],
  ["The envoy had worked as an adviser to Prime Minister Stephen Harper for six years.", "2019-06-12", "quiet"],
  ["For a decade, Chancellor Angela Merkel resisted calls for joint eurozone debt.", "2023-03-09", "quiet"],
  ["The inquiry into President Enrique Peña Nieto's house purchase was closed without charges.", "2020-07-02", "quiet"],
  ["The court overturned a law that President Jacob Zuma signed in his first term.", "2020-09-18", "quiet"],
  ["The budget is more generous than anything Prime Minister Matteo Renzi managed.", "2018-11-14", "quiet"],
  // prospect / hypothetical
  ["Investors worry what a President Michel Temer would do to the pension system.", "2015-04-20", "quiet"],
  ["If he becomes prime minister, Boris Johnson has promised a quick exit.", "2018-11-14", "quiet"],
  // quotes of courtesy / lists
  ["Guests included Prime Minister Stephen Harper, President Dilma Rousseff and several ministers from the 2012 summit.", "2019-06-12", "quiet"],
  // kb dates off by months (a later appointment recorded late): future holder weeks/months before start
  ["German Foreign Minister Sigmar Gabriel said on Monday he would travel to Ankara.", "2016-11-21", "quiet"],
  // companies and sports bodies (not in the kb): nothing
  ["Apple chief executive Steve Jobs unveiled the new phone in Cupertino on Tuesday.", "2019-09-10", "quiet"],
  ["FIFA President Sepp Blatter opened the congress in Zurich on Thursday.", "2019-06-05", "quiet"],
];
let ok = 0;
for (const [text, date, want] of V) {
  const f = anachronisms([docOf(`Report\n${text}`, date)]).filter((x) => x.startsWith("anachronism-role"));
  const loud = f.some((x) => / (medium|high) "/.test(x));
  const got = loud ? "loud" : "quiet";
  if (got === want) ok++;
  console.log(`${got === want ? "ok  " : "MISS"} ${want.padEnd(5)} ${f.join(" ; ") || "(none)"} :: ${text.slice(0, 90)}`);
}
console.log(`${ok}/${V.length} variants as expected`);
