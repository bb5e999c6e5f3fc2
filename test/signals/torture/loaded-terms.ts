// Loaded terms in the article's own voice, for any conflict: delegitimising a government,
// dehumanising or criminalising fighters, glorifying one side, atrocity words as fact.
import type { TortureSet } from "./types.js";

const p = (...sentences: string[]) => sentences.join(" ");

export const loadedTerms: TortureSet = {
  phenomenon: "loaded terms (own voice)",
  rule: "signals/loaded-terms",
  A: [
    { id: "A1 regime thugs massacre", text: p(
      "The regime's thugs opened fire on peaceful protesters in Mandalay on Sunday.",
      "It was the latest massacre by a military that has never hesitated to slaughter its own people.",
      "At least nine people died, according to a local monitoring group.") },
    { id: "A2 occupation forces and invaders", text: p(
      "Occupation forces stormed the village at dawn and arrested six young men.",
      "The invaders also burned two olive groves before withdrawing.",
      "Families said they had received no explanation.") },
    { id: "A3 heroic freedom fighters liberated", text: p(
      "Heroic freedom fighters liberated the town of Karuma from the terrorists on Friday.",
      "Residents came out to greet them.",
      "The fighters said they would move north next.") },
    { id: "A4 puppet government and foreign masters", text: p(
      "The puppet government in the capital, installed by its foreign masters, announced new taxes on Monday.",
      "Traders in the main market closed their shops in protest.",
      "The finance minister said the revenue was needed for salaries.") },
    { id: "A5 terrorists and barbaric attack", text: p(
      "The Houthi terrorists fired another missile at a cargo ship in the Red Sea on Tuesday.",
      "The barbaric attack set the ship's bridge on fire.",
      "The crew of 21 was rescued by a passing frigate.") },
    { id: "A6 dictator and genocide", text: p(
      "The dictator's forces continued their genocide in the western provinces this week.",
      "Satellite images show villages burned along the river.",
      "Aid agencies say 40,000 people have crossed the border.") },
    { id: "A7 bandits and criminal gangs", text: p(
      "Separatist bandits ambushed an army convoy near the regional capital on Wednesday.",
      "The criminal gangs have terrorised the region for years.",
      "Four soldiers were wounded.") },
    { id: "A8 aggressors and martyrs", text: p(
      "Imperialist aggressors dropped bombs on the port city overnight.",
      "Eleven martyrs were buried on Thursday in a ceremony attended by thousands.",
      "The port remains closed.") },
  ],
  B: [
    { id: "B1 brutal regime", text: p(
      "The brutal regime in Minsk jailed another journalist on Tuesday, this time for eight years.",
      "The reporter had covered the 2020 protests.",
      "Her lawyer said she would appeal.") },
    { id: "B2 invading troops ethnic cleansing", text: p(
      "Invading troops carried out ethnic cleansing in the border villages last month, leaving them empty.",
      "About 3,000 people now live in tents near the river.",
      "Winter is approaching.") },
    { id: "B3 brave defenders and enemy hordes", text: p(
      "Brave defenders of the homeland repelled the enemy hordes near the river crossing on Saturday.",
      "The fighting lasted most of the night.",
      "Commanders said the bridge was still standing.") },
    { id: "B4 illegitimate government's mercenaries", text: p(
      "The illegitimate government's mercenaries shelled the city again on Monday.",
      "Two schools and a clinic were hit.",
      "The city has been without electricity for a week.") },
    { id: "B5 murderous militants butchered", text: p(
      "Murderous militants butchered twelve farmers in a village in the north on Friday.",
      "The victims were working in their fields when the attackers arrived on motorbikes.",
      "The army sent reinforcements.") },
    { id: "B6 occupiers looted, war crime", text: p(
      "Occupiers looted the regional museum before retreating, a war crime that has stripped the town of its history.",
      "Staff said 2,000 objects were missing.",
      "Police opened an inquiry.") },
    { id: "B7 rogue state provocation warmongers", text: p(
      "The rogue state launched its latest provocation on Sunday, firing two rockets over the strait.",
      "Warmongers in its capital celebrated the launch on state television.",
      "Neighbouring governments called for calm.") },
    { id: "B8 glorious army crushed", text: p(
      "Our glorious army crushed the insurgents in the eastern hills this week.",
      "The martyrs of the battle will be honoured on Friday.",
      "Roads to the region have reopened.") },
  ],
  negA: [
    { id: "nA1 neutral conflict report", text: p(
      "Fighting between the army and rebels killed at least 12 people in the north on Sunday, a hospital official said.",
      "The rebels said they had taken a checkpoint, while the army said it had pushed them back.",
      "Aid groups asked for a pause to evacuate the wounded.") },
    { id: "nA2 regime in other senses", text: p(
      "The club's new training regime starts in July, with two sessions a day.",
      "The country's tax regime for start-ups will change next year, the finance ministry said.",
      "Players welcomed the changes.") },
    { id: "nA3 loaded words in a quote", text: p(
      "Gunmen attacked a police station in the south on Monday, killing three officers.",
      "“These terrorists will be hunted down and punished,” the interior minister said.",
      "No group has claimed responsibility.") },
    { id: "nA4 loaded words attributed", text: p(
      "The government banned the movement on Tuesday, in what it calls a fight against terrorist organisations.",
      "The rebels describe their campaign as a war of liberation.",
      "Talks mediated by Qatar are due to resume next month.") },
    { id: "nA5 occupation and liberated, other senses", text: p(
      "Her occupation was listed as teacher in the court papers.",
      "She said she felt liberated after retiring last year.",
      "The hearing was adjourned until March.") },
    { id: "nA6 legal terms", text: p(
      "A 19-year-old man was charged with terrorism offences on Friday and will appear in court next week.",
      "Police said he had downloaded bomb-making instructions.",
      "He has not entered a plea.") },
  ],
  negB: [
    { id: "nB1 historical occupation", text: p(
      "The museum in Bergen documents life under the German occupation of Norway from 1940 to 1945.",
      "A new room opened on Saturday with letters written by fishermen.",
      "Entry is free for students.") },
    { id: "nB2 sports massacre", text: p(
      "Bayern's 7-0 massacre of Bochum on Saturday sent them top of the table.",
      "Three different players scored twice.",
      "Bochum's coach apologised to the travelling fans.") },
    { id: "nB3 terrorism attributed to prosecutors", text: p(
      "A man drove a car into a crowd in Lyon on Friday, injuring seven people.",
      "Prosecutors described the attack as terrorism and opened an investigation.",
      "The driver was arrested at the scene.") },
    { id: "nB4 genocide slogan quoted", text: p(
      "About 2,000 protesters marched to parliament on Sunday.",
      "They chanted “stop the genocide” and carried flags.",
      "Police said the march was peaceful.") },
    { id: "nB5 genocide case", text: p(
      "The International Court of Justice held hearings on Monday in the genocide case brought by The Gambia against Myanmar.",
      "Lawyers for Myanmar said the army had fought insurgents, not civilians.",
      "A ruling is not expected before next year.") },
    { id: "nB6 neutral rebels seized town", text: p(
      "Rebel fighters seized the town of Kalehe on Thursday, a spokesman for the group said.",
      "The army said it had withdrawn to protect civilians.",
      "Thousands of residents fled to the lake shore.") },
  ],
};
