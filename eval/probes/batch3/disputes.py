# Third sealed probe batch, written by the lead 2026-12-05 ~00:50 UTC before any of that session's rule changes
# ran on it. Each story: two (or three) articles; expect "dispute" (a medium/high finding of type `kind` whose
# evidence holds every value; `|` separates alternatives) or "none" (no medium/high contradiction, arithmetic or
# anachronism finding at all).
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-03-18", days=None):
    outlets = ["Valley Courier", "Metro Ledger", "The Riverside Post"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes (expected medium/high) ----
story("wounded-count", "dispute", ["four|4", "seven|7"],
 ("Gunfire at Tulsa block party", "Four people were wounded when gunfire broke out at a block party in north Tulsa late on Saturday, police said. No one was killed. Officers are looking for two men seen running from the scene."),
 ("Block party shooting in Tulsa", "Seven people suffered gunshot wounds after shots were fired at a block party in north Tulsa on Saturday night, according to police. None of the injuries were fatal. Police are searching for two men who fled."))
story("killed-words", "dispute", ["three|3", "two|2"],
 ("Avalanche in Tyrol", "Three skiers were killed by an avalanche on the Hintertux glacier in Tyrol on Wednesday afternoon, Austrian mountain rescue said. A fourth skier was dug out alive and flown to hospital in Innsbruck."),
 ("Skiers die in Hintertux avalanche", "An avalanche on the Hintertux glacier in Tyrol killed two skiers on Wednesday afternoon, mountain rescue services said. A third member of the group was pulled from the snow alive and taken by helicopter to Innsbruck."))
story("suspect-age", "dispute", ["19", "23"],
 ("Man arrested after Rotterdam shop robbery", "Police in Rotterdam have arrested a 19-year-old man on suspicion of robbing a jewellery shop on the Lijnbaan on Monday. Nobody was hurt in the robbery."),
 ("Arrest over Lijnbaan jewellery raid", "A 23-year-old man was arrested by Rotterdam police on Tuesday in connection with Monday's robbery of a jewellery shop on the Lijnbaan, in which nobody was injured."))
story("quote-negation", "dispute", ["will|will not|won't"],
 ("Mayor on stadium plan", "Mayor Ilse Verbeek said on Thursday the city would back the new stadium. \"We will put public money into this project,\" Verbeek told the council."),
 ("Verbeek rules out stadium cash", "Mayor Ilse Verbeek told the council on Thursday: \"We will not put public money into this project.\" The club had asked the city to cover part of the cost."), kind="contradiction")
story("quote-hedge", "dispute", ["may|is"],
 ("Chemical leak at river plant", "A chemical leak at the Elbe paper mill near Pirna is under investigation. \"The water may be unsafe to drink in the villages downstream,\" said district health officer Katrin Vogel."),
 ("Pirna mill leak", "District health officer Katrin Vogel said: \"The water is unsafe to drink in the villages downstream.\" The leak at the Elbe paper mill near Pirna is being investigated."), kind="contradiction")
story("misattributed", "dispute", ["Okonjo|Adeyemi"],
 ("Lagos flood warning", "\"Nobody should sleep in the low-lying estates tonight,\" said Tunde Adeyemi, head of the Lagos State Emergency Management Agency, as heavy rain continued on Monday."),
 ("Rains force evacuations in Lagos", "\"Nobody should sleep in the low-lying estates tonight,\" Lagos governor's spokeswoman Chioma Okonjo said on Monday as the heavy rain went on."), kind="contradiction")
story("sum-fails", "dispute", ["41", "18|27"],
 ("Storm damage in Galicia", "The storm injured 41 people in Galicia on Sunday: 18 in A Coruña province and 27 in Pontevedra, the regional government said. Thousands of homes lost power."),
 ("Galicia counts storm injuries", "Regional authorities said the storm left people injured across Galicia on Sunday, most of them hit by falling trees. Thousands of homes were left without electricity."), kind="arithmetic")
story("date-of-event", "dispute", ["Friday", "Saturday"],
 ("Museum heist in Ghent", "Thieves broke into the Museum of Fine Arts in Ghent on Friday night and took two small paintings, police said. The alarm went off at 2 a.m."),
 ("Paintings stolen from Ghent museum", "Two small paintings were stolen from the Museum of Fine Arts in Ghent in a break-in on Saturday night, according to police. The alarm sounded at 2 a.m."))
story("money-scale", "dispute", ["2.3 billion", "230 million"],
 ("Airline posts loss", "Nordwind Air reported a net loss of 2.3 billion kroner for 2025 on Thursday, blaming fuel costs and a pilots' strike in the spring."),
 ("Nordwind Air in the red", "Nordwind Air said on Thursday it lost 230 million kroner in 2025, pointing to higher fuel prices and a spring strike by pilots."))
story("percent", "dispute", ["62", "48"],
 ("Turnout in Riga referendum", "Turnout in Sunday's referendum on the Riga tram network was 62 per cent, the electoral commission said on Monday."),
 ("Riga votes on trams", "The electoral commission said on Monday that 48 per cent of voters took part in Sunday's referendum on Riga's tram network."))
story("hospital-name", "dispute", ["St Vincent|Mater"],
 ("Cyclist seriously hurt in Dublin", "A cyclist was seriously injured after a collision with a lorry on the North Circular Road in Dublin on Tuesday morning. He was taken to the Mater hospital."),
 ("Lorry collision on North Circular Road", "A cyclist suffered serious injuries in a collision with a lorry on Dublin's North Circular Road on Tuesday morning and was taken to St Vincent's hospital, gardaí said."))
story("three-way", "dispute", ["12|twelve", "20|twenty"],
 ("Factory fire near Łódź", "Twelve firefighters were treated for smoke inhalation after a blaze at a plastics factory outside Łódź on Friday, the fire brigade said."),
 ("Łódź plastics plant fire", "A fire at a plastics factory near Łódź on Friday left 20 firefighters needing treatment for smoke inhalation, the fire service said."),
 ("Blaze at Polish factory", "Firefighters battled a fire at a plastics plant near Łódź on Friday. Twelve of them were treated for smoke inhalation, according to the brigade."))

# ---- look-alike negatives (no medium/high contradiction, arithmetic or anachronism expected) ----
story("ages-by-role", "none", [],
 ("Teen shot in Memphis", "A 16-year-old boy was shot and wounded outside a convenience store in Memphis on Sunday evening. Police arrested a 34-year-old man at the scene."),
 ("Memphis shooting: man held", "Police in Memphis arrested a 34-year-old man after a 16-year-old was shot outside a convenience store on Sunday evening. The teenager's injuries are not life-threatening."))
story("shots-not-people", "none", [],
 ("Shots fired at Leeds pub", "Two shots were fired at the front window of a pub in Harehills, Leeds, early on Friday. Nobody was hurt, West Yorkshire Police said."),
 ("Pub window hit by gunfire", "West Yorkshire Police said a single gunman fired at the window of a pub in Harehills, Leeds, early on Friday. No one was injured; officers recovered two cartridge cases."))
story("inventory-list", "none", [],
 ("Quake damage in Chiapas", "The earthquake damaged 340 homes, 12 schools, 4 churches and a hospital in Chiapas, the state civil protection office said on Thursday. Two people were killed."),
 ("Chiapas counts quake damage", "State civil protection officials in Chiapas said on Thursday that two people died in the earthquake, which damaged 340 homes as well as schools, churches and a hospital."))
story("dated-rise", "none", [],
 ("Landslide in Kerala", "At least nine people were killed when a landslide buried houses in Wayanad, Kerala, on Monday night, officials said on Tuesday morning. Rescuers are searching for others."),
 ("Wayanad landslide toll rises", "The death toll from Monday night's landslide in Wayanad, Kerala, rose to 14 on Wednesday, officials said, as rescuers recovered more bodies from the mud."), days=["2026-07-14", "2026-07-15"])
story("abbrev-in-quote", "none", [],
 ("Ceasefire monitors", "\"The OSCE mission will stay as long as both sides want us,\" said mission chief Lars Ekström on Tuesday."),
 ("Monitors to stay", "\"The Organization for Security and Co-operation in Europe mission will stay as long as both sides want us,\" mission chief Lars Ekström said on Tuesday."))
story("trimmed-quote", "none", [],
 ("Port strike ends", "\"We have reached an agreement that protects every job at this port, and we thank the workers for their patience,\" said port director Sofia Marques on Friday."),
 ("Lisbon dockers return", "Port director Sofia Marques said on Friday: \"We have reached an agreement that protects every job at this port.\" Dockers return to work on Monday."))
story("range-vs-point", "none", [],
 ("Wildfire near Athens", "Between 40 and 50 homes were destroyed by a wildfire in the hills north of Athens on Tuesday, the fire service said."),
 ("Athens wildfire destroys homes", "A wildfire north of Athens destroyed about 45 homes on Tuesday, according to the fire service."))
story("currency-pair", "none", [],
 ("Charity wins grant", "A children's hospice in Bristol has been awarded $1.2 million (£950,000) by an American foundation, it said on Monday."),
 ("Hospice gets US funding", "A Bristol children's hospice said on Monday it had received a grant of £950,000 from a US foundation."))
story("previous-year", "none", [],
 ("Floods hit Emilia-Romagna again", "Heavy rain flooded parts of Emilia-Romagna on Sunday, and one man died in Faenza. In 2023, floods in the same region killed 17 people."),
 ("One dead in Faenza flooding", "A man died in Faenza on Sunday as heavy rain caused flooding across Emilia-Romagna, the region's civil protection agency said."))
story("region-subtotal", "none", [],
 ("Heatwave deaths in Spain", "The heatwave caused 230 deaths across Spain last week, the health ministry estimated on Monday, 48 of them in Andalusia."),
 ("Andalusia counts heat deaths", "Andalusia recorded 48 deaths linked to last week's heatwave, the health ministry said on Monday in its estimate for the whole country."))
story("words-ordinal", "none", [],
 ("Marathon record", "Kenyan runner Faith Chepkoech won the Vienna marathon on Sunday for the third time, in 2 hours 19 minutes, a course record."),
 ("Chepkoech wins in Vienna", "Faith Chepkoech of Kenya won the Vienna marathon for a third time on Sunday, setting a course record of 2:19."))
story("injured-and-hospital", "none", [],
 ("Bus crash on A7", "Twenty-two passengers were injured when a coach overturned on the A7 near Kassel on Saturday; six of them were taken to hospital, police said."),
 ("Coach overturns near Kassel", "Police said six people were taken to hospital after a coach overturned on the A7 near Kassel on Saturday. Twenty-two passengers were hurt in all."))

print(json.dumps(S))
