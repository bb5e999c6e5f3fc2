# Tenth probe batch, written by the lead 2026-12-06 00:45-00:55 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-9.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-01", days=None):
    outlets = ["Northern Courier", "Bay Times", "Metro Daily"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("evacuees", "dispute", ["3,000|3000", "8,000|8000"],
 ("Wildfire forces evacuations near Marseille", "About 3,000 people were evacuated from villages north of Marseille on Sunday as a wildfire spread through the hills, the prefecture said."),
 ("Marseille wildfire", "The prefecture said on Sunday that some 8,000 people had been evacuated from villages north of Marseille as the fire raced through the hills."))
story("arrests", "dispute", ["12|twelve", "31|thirty-one"],
 ("Arrests after Rotterdam clashes", "Police arrested 12 people after fans clashed outside the stadium in Rotterdam on Saturday night, a police spokeswoman said."),
 ("Rotterdam stadium violence", "A police spokeswoman said 31 people were arrested after supporters fought outside the Rotterdam stadium on Saturday night."))
story("suspect-age", "dispute", ["19", "29"],
 ("Man charged over Leeds arson", "A 19-year-old man has been charged with arson after a fire destroyed a warehouse in Leeds on Wednesday, West Yorkshire Police said."),
 ("Leeds warehouse fire", "West Yorkshire Police said a man, 29, had been charged with arson over Wednesday's fire that destroyed a warehouse in Leeds."))
story("crash-distance", "dispute", ["40|forty", "15|fifteen"],
 ("Light aircraft crashes in Alaska", "A light aircraft carrying four people crashed on Monday about 40 kilometres from Bethel airport, the National Transportation Safety Board said."),
 ("Alaska plane crash", "The NTSB said a small plane with four people on board came down 15 km from Bethel airport on Monday."))
story("fare-rise", "dispute", ["12|twelve", "21|twenty-one"],
 ("Train fares to rise", "Rail fares in Ireland will rise by 12 percent from January, the National Transport Authority announced on Thursday."),
 ("Irish rail fares", "The National Transport Authority said on Thursday that rail fares would go up 21% in January."))
story("speed", "dispute", ["180", "110"],
 ("Driver caught speeding on A1", "Police stopped a driver travelling at 180 km/h on the A1 near Bologna on Friday night, the traffic police said."),
 ("A1 speeding", "The traffic police said the driver stopped near Bologna on Friday night had been doing 110 km/h in a roadworks zone."))
story("quote-negation", "dispute", ["not|will"],
 ("Minister rules out tax rise", "\"We will not raise income tax in this parliament,\" finance minister Tomas Varga told the Budapest assembly on Tuesday."),
 ("Varga on taxes", "Finance minister Tomas Varga told the Budapest assembly on Tuesday: \"We will raise income tax in this parliament.\""), kind="contradiction")
story("flood-depth", "dispute", ["1.5", "4"],
 ("Floods hit Valencia suburbs", "Water stood 1.5 metres deep in the streets of Paiporta on Wednesday after the river burst its banks, the regional emergency service said."),
 ("Paiporta flooding", "The regional emergency service said water in the streets of Paiporta reached 4 metres deep on Wednesday after the river burst its banks."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("dated-update", "clean", [],
 ("Mine collapse in Zambia", "Three miners were confirmed dead on Monday evening after a tunnel collapsed at a copper mine near Chingola, the mines ministry said."),
 ("Zambia mine toll rises", "The number of miners killed in Monday's tunnel collapse near Chingola rose to seven on Tuesday as rescuers recovered four more bodies, the mines ministry said."),
 days=["2026-12-01", "2026-12-02"])
story("arrested-injured", "clean", [],
 ("Clashes at Lyon march", "Police arrested 14 people during clashes at a march in Lyon on Saturday, the interior ministry said."),
 ("Lyon march", "The interior ministry said 37 people, including 20 police officers, were injured during clashes at a march in Lyon on Saturday."))
story("earlier-disaster", "clean", [],
 ("Cyclone hits Mozambique", "Cyclone Dara killed 14 people when it struck the coast of Mozambique on Thursday, the disaster agency said."),
 ("Mozambique cyclone", "The disaster agency said Cyclone Dara killed at least 14 people on Thursday; it was the deadliest storm since Cyclone Idai in 2019, which killed more than 600 people."))
story("range-point", "clean", [],
 ("Fishing boat sinks off Senegal", "Between 40 and 50 people were on board a fishing boat that sank off the coast of Senegal on Friday, the navy said."),
 ("Senegal boat sinking", "The navy said 45 people had been on board the fishing boat that sank off Senegal on Friday."))
story("miles-km", "clean", [],
 ("Tornado tracks across Oklahoma", "The tornado stayed on the ground for about 25 miles across rural Oklahoma on Tuesday, the National Weather Service said."),
 ("Oklahoma tornado", "The National Weather Service said the tornado travelled roughly 40 kilometres across rural Oklahoma on Tuesday."))
story("children-of-total", "clean", [],
 ("Bus overturns in Peru", "A bus overturned on a mountain road in Peru on Sunday, injuring 68 passengers, the health ministry said."),
 ("Peru bus accident", "The health ministry said 20 children were among the passengers injured when a bus overturned on a mountain road on Sunday."))
story("storey-floor", "clean", [],
 ("Fire in Milan tower", "A fire broke out in a 14-storey residential tower in Milan on Thursday night; all residents were evacuated, firefighters said."),
 ("Milan tower fire", "Firefighters said the fire started on the ninth floor of the Milan residential tower on Thursday night and spread upwards."))
story("currencies", "clean", [],
 ("Museum buys painting", "The Rijksmuseum has bought a Vermeer drawing for $5 million at auction in New York, the museum said on Wednesday."),
 ("Rijksmuseum acquisition", "The Rijksmuseum said on Wednesday it had paid about 4.6 million euros for the Vermeer drawing at a New York auction."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-floods", "apart", [],
 ("Floods in Dresden", "The Elbe burst its banks in Dresden on Sunday, flooding the old town's riverside streets, the city said; 200 residents were moved to shelters."),
 ("Dresden flooding", "Heavy rain pushed the Elbe over its banks in Dresden on Thursday, and the city moved 450 people from riverside homes."),
 days=["2025-09-14", "2026-11-26"], kind="story")
story("two-bus-crashes", "apart", [],
 ("Bus crash on A7", "A coach carrying 40 tourists crashed on the A7 motorway near Kassel on Monday morning, injuring 11, police said."),
 ("A7 coach accident", "A double-decker bus with 65 passengers overturned on the A7 near Göttingen on Friday night; two people died, police said."),
 days=["2026-11-23", "2026-11-27"], kind="story")
story("missing-hiker", "together", [],
 ("Hiker missing in the Tatras", "Rescuers in Slovakia are searching for a 27-year-old Czech hiker who went missing in the High Tatras on Saturday, the mountain rescue service said."),
 ("Missing Czech hiker found alive", "A 27-year-old Czech hiker missing in the High Tatras since Saturday was found alive on Tuesday with a broken leg, the mountain rescue service said."),
 days=["2026-11-29", "2026-12-01"], kind="story")
print(json.dumps(S))
