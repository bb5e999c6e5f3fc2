// One-sided sourcing: an article about two or more parties that cites only one country's or one
// group's government, military and state media. Any country or armed group, named in the text.
import type { TortureSet } from "./types.js";

const p = (...sentences: string[]) => sentences.join(" ");

export const oneSided: TortureSet = {
  phenomenon: "one-sided sourcing",
  rule: "signals/one-sided-sourcing",
  A: [
    { id: "A1 India only", text: p(
      "Shelling across the Line of Control killed four civilians in Kashmir on Thursday.",
      "The Indian Army said Pakistani troops opened fire first near Poonch.",
      "India's defence ministry said its soldiers responded in a measured way.",
      "Indian officials told reporters that three Pakistani posts were destroyed.",
      "Pakistan has recalled its envoy for consultations.") },
    { id: "A2 Israel only", text: p(
      "Air strikes hit villages in southern Lebanon overnight after rockets were fired at the Galilee.",
      "The Israeli military said it struck Hezbollah launch sites and weapons depots.",
      "An Israeli army spokesman said the rockets had been fired from civilian areas.",
      "Israel's prime minister said Hezbollah would pay a heavy price.",
      "Residents of Lebanese border towns fled north.") },
    { id: "A3 Azerbaijan only, later by surname", text: p(
      "Azerbaijani President Ilham Aliyev visited the border region on Monday after a night of clashes with Armenian forces.",
      "Azerbaijan's defence ministry said Armenian units had shelled its positions near Lachin.",
      "Aliyev said his country would not tolerate provocations.",
      "Azerbaijani state media reported that two soldiers were wounded.",
      "Armenia called for international observers.") },
    { id: "A4 Sudanese army only", text: p(
      "Fighting flared in El Fasher on Saturday as the Rapid Support Forces attacked the city from the east.",
      "The Sudanese army said it repelled the assault and killed dozens of RSF fighters.",
      "Army spokesman Nabil Abdallah said the paramilitary group had shelled a hospital.",
      "Sudan's military-led government said aid convoys would be protected.",
      "Thousands of families fled toward Tawila.") },
    { id: "A5 Chinese side only", text: p(
      "Chinese and Philippine vessels collided near Second Thomas Shoal on Monday.",
      "China's coast guard said the Philippine boat ignored repeated warnings.",
      "Chinese foreign ministry spokeswoman Mao Ning said Manila had violated China's sovereignty.",
      "Xinhua reported that the coast guard acted in a professional manner.",
      "The Philippines has protested similar incidents before.") },
    { id: "A6 Ethiopian government only", text: p(
      "Drone strikes hit a market in the Amhara region on Wednesday, where the army is fighting Fano militiamen.",
      "The Ethiopian government said the strikes targeted militia commanders.",
      "Ethiopia's state broadcaster reported that the operation had restored order.",
      "The federal army said Fano fighters were using villages as shields.",
      "Local residents said dozens were killed.") },
    { id: "A7 Venezuela only", text: p(
      "Tension rose over the Essequibo region on Friday as Guyana held military drills with foreign partners.",
      "Venezuela's foreign minister said the drills were a threat to regional peace.",
      "Venezuelan officials said the territory had always belonged to Venezuela.",
      "Caracas said it would respond to any provocation.",
      "Georgetown has taken the dispute to the International Court of Justice.") },
    { id: "A8 a rebel group only", text: p(
      "M23 rebels took control of the town of Rubaya in eastern Congo on Tuesday after days of fighting with the Congolese army.",
      "The M23 rebels said they had entered the town to protect civilians.",
      "M23 spokesman Lawrence Kanyuka said government troops had fled without a fight.",
      "The rebel group said it would set up its own administration.",
      "Kinshasa accuses Rwanda of backing the rebellion.") },
  ],
  B: [
    { id: "B1 Turkey only", text: p(
      "Turkish jets struck targets in northern Iraq on Sunday after an attack on a border post that killed three soldiers.",
      "Turkey's defence ministry said 19 PKK militants were neutralised.",
      "Turkish officials said the militants had crossed from the Qandil mountains.",
      "The state-run Anadolu news agency reported that caves used as depots were destroyed.",
      "The PKK has not commented.") },
    { id: "B2 Serbia only", text: p(
      "Serbian President Aleksandar Vučić put the army on high alert on Friday after police in northern Kosovo arrested three Serbs.",
      "Vučić said the arrests were an attack on the Serbian people.",
      "Belgrade said it would raise the matter at the United Nations.",
      "Serbia's interior ministry said the men were innocent.",
      "Kosovo's government in Pristina insists the men were armed.") },
    { id: "B3 Houthis only", text: p(
      "Missiles were fired at a tanker in the Red Sea on Wednesday, the third attack this week.",
      "Houthi military spokesman Yahya Saree said the group targeted the ship because it was bound for Israel.",
      "The Houthi-run Saba news agency reported that the vessel was set on fire.",
      "The Houthis said more attacks would follow.",
      "The tanker's operator in Greece said the crew was safe.") },
    { id: "B4 Thailand only", text: p(
      "Thai and Cambodian soldiers exchanged fire near an ancient temple on the border on Thursday.",
      "The Thai army said Cambodian troops fired first with rocket launchers.",
      "Thailand's foreign ministry said it had closed all border crossings.",
      "A Thai army spokesman said two soldiers were wounded.",
      "Cambodia has asked for an emergency meeting of regional leaders.") },
    { id: "B5 Iran only", text: p(
      "Iran launched drones and missiles at targets in Israel overnight, in retaliation for a strike on its consulate.",
      "Iran's Revolutionary Guards said the operation hit military bases.",
      "Iranian state television reported that all targets were destroyed.",
      "Tehran said the matter was now concluded unless Israel responded.",
      "Sirens sounded across Israel for several hours.") },
    { id: "B6 Malian army only", text: p(
      "An army convoy was ambushed near Tessalit in northern Mali on Monday by fighters of the JNIM group.",
      "Mali's army said 30 attackers were killed in the fighting.",
      "The military government said the convoy reached its destination.",
      "The army's chief of staff said soldiers had shown great courage.",
      "JNIM claimed the attack on social media.") },
    { id: "B7 North Korea only", text: p(
      "North Korea fired a ballistic missile into the sea on Tuesday as South Korea and the United States held joint drills.",
      "KCNA reported that the launch tested a new solid-fuel engine.",
      "North Korea's defence ministry said the drills were a rehearsal for invasion.",
      "Pyongyang said it would take further countermeasures.",
      "Seoul's joint chiefs of staff tracked the missile.") },
    { id: "B8 Colombian army only", text: p(
      "Clashes between the Colombian army and ELN guerrillas left eight dead in Catatumbo on Saturday.",
      "The Colombian army said the rebels attacked a patrol near Tibú.",
      "Colombia's defence minister said the guerrillas were financed by drug trafficking.",
      "Military officials said five rebels were captured.",
      "The ELN did not respond to requests for comment.") },
  ],
  negA: [
    { id: "nA1 both armies cited", text: p(
      "Shelling across the Line of Control killed four civilians in Kashmir on Thursday.",
      "The Indian Army said Pakistani troops opened fire first.",
      "Pakistan's military said Indian forces targeted villages near Kotli.",
      "Indian officials said three posts were destroyed, while Pakistani officials said their soldiers responded.",
      "The United Nations urged restraint.") },
    { id: "nA2 local shooting citing police", text: p(
      "A man was shot and killed outside a convenience store in Dayton on Saturday night.",
      "Police said the victim was 24 years old.",
      "Police Chief Karen Blake said detectives were reviewing security video.",
      "Officers said a second man was treated for a graze wound.",
      "Police said no arrests had been made.") },
    { id: "nA3 domestic policy with one government", text: p(
      "The White House said on Monday that the budget deal would avoid a shutdown.",
      "Treasury officials said the debt limit would be reached in October.",
      "Administration officials said the president would sign the bill on Friday.",
      "The Senate votes on Wednesday.") },
    { id: "nA4 international bodies and experts", text: p(
      "Fighting between Armenian and Azerbaijani troops displaced thousands of people.",
      "The United Nations said aid was reaching the border villages.",
      "The Red Cross said it had visited detainees on both sides.",
      "Analysts said neither government wanted a wider war.") },
    { id: "nA5 two sides two each", text: p(
      "Armenian officials said two soldiers died in the shelling.",
      "Armenia's defence ministry said Azerbaijani forces opened fire.",
      "Azerbaijan's defence ministry said Armenian units fired first.",
      "Azerbaijani officials said one soldier was wounded.") },
    { id: "nA6 a single attribution", text: p(
      "Thai and Cambodian soldiers exchanged fire near the border on Thursday.",
      "The Thai army said the clash lasted an hour.",
      "Cambodia has not commented.") },
  ],
  negB: [
    { id: "nB1 both Sudanese sides cited", text: p(
      "Fighting flared in El Fasher on Saturday.",
      "The Sudanese army said it repelled an attack by the Rapid Support Forces.",
      "The RSF said its fighters had taken two army bases.",
      "The paramilitary group's commander said civilians should leave.",
      "Army officials said the airport was still under their control.",
      "The United Nations said 20,000 people had fled.") },
    { id: "nB2 local fire", text: p(
      "A fire destroyed a warehouse in Leeds on Tuesday.",
      "The fire service said 60 firefighters attended.",
      "Fire officials said the cause was not yet known.",
      "The city's mayor said nearby homes were evacuated as a precaution.",
      "West Yorkshire Fire and Rescue Service said the blaze was under control by midnight.") },
    { id: "nB3 one country domestic economy", text: p(
      "Japan's finance ministry said on Friday that it had intervened to support the yen.",
      "Tokyo officials said the currency's fall was excessive.",
      "The Bank of Japan said it would keep rates unchanged.",
      "Exporters welcomed the weaker currency.") },
    { id: "nB4 both coast guards cited", text: p(
      "Chinese and Philippine vessels collided near a disputed reef on Monday.",
      "China's coast guard said the Philippine boat rammed its ship.",
      "The Philippine coast guard said the Chinese vessel used water cannon.",
      "Beijing said Manila was provoking trouble, while Manila said Beijing was lying.") },
    { id: "nB5 military and the other side's ministry", text: p(
      "Air strikes hit southern Lebanon overnight.",
      "The Israeli military said it struck Hezbollah sites.",
      "Lebanon's health ministry said eleven people were killed.",
      "An Israeli army spokesman said the rockets came from civilian areas.",
      "The Lebanese health ministry said two of the dead were children.") },
    { id: "nB6 company story", text: p(
      "Samsung said its quarterly profit rose 25 percent on strong chip demand.",
      "Analysts said memory prices would keep rising.",
      "South Korea's trade ministry said exports of semiconductors hit a record.",
      "The company's shares rose 3 percent in Seoul.") },
  ],
};
