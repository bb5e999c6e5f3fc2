# Eighteenth probe batch, written by the lead 2026-12-07 01:18 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-17.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-06", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("containers", "dispute", ["3,400", "4,300"],
 ("Freighter aground off Rotterdam", "A freighter carrying 3,400 containers ran aground near the port of Rotterdam on Saturday, the port authority said."),
 ("Rotterdam grounding", "The Panama-flagged ship, loaded with 4,300 containers, went aground outside Rotterdam on Saturday, port officials said."))
story("homes-destroyed", "dispute", ["35", "53"],
 ("Wildfire in Evia", "The wildfire on Evia destroyed 35 homes before firefighters contained it on Sunday, the fire service said."),
 ("Evia fire contained", "Firefighters contained the Evia wildfire on Sunday after it had burned down 53 houses, local officials said."))
story("festival-opening", "dispute", ["July 9", "July 19"],
 ("Edinburgh jazz festival dates", "The Edinburgh jazz festival will open on July 9 next year, organisers announced on Friday."),
 ("Jazz festival returns", "Organisers said on Friday that the Edinburgh jazz festival opens on July 19 next year."))
story("repair-cost", "dispute", ["12", "21"],
 ("Bridge repairs in Porto", "Porto will spend 12 million euros repairing the Luis I bridge, the city council said on Wednesday."),
 ("Porto bridge works", "The repairs to Porto's Luis I bridge will cost 21 million euros, the council said on Wednesday."))
story("inflation-rate", "dispute", ["3.2", "2.3"],
 ("Chile inflation", "Consumer prices in Chile rose 3.2% in the year to October, the statistics institute said on Friday."),
 ("Chile prices", "Annual inflation in Chile stood at 2.3 percent in October, the statistics institute said on Friday."))
story("dam-quote", "dispute", [],
 ("Dam warning in Minas Gerais", "Engineer Ana Lima told reporters on Monday: \"The dam could fail if the rain continues.\""),
 ("Minas Gerais dam", "Engineer Ana Lima told reporters on Monday: \"The dam will fail if the rain continues.\""), kind="contradiction")
story("crash-distance", "dispute", ["12", "20"],
 ("Light plane crash near Cusco", "A light plane crashed 12 km from Cusco airport on Tuesday, killing both pilots, officials said."),
 ("Cusco plane crash", "The plane came down about 20 kilometres from the airport in Cusco on Tuesday, killing its two pilots."))
story("fishermen-rescued", "dispute", ["Eleven|11", "17"],
 ("Fishermen rescued off Mindanao", "Eleven fishermen were rescued from a sinking boat off Mindanao on Thursday, the coast guard said."),
 ("Mindanao rescue", "The coast guard rescued 17 fishermen from a sinking boat off Mindanao on Thursday."))

# ---- look-alikes: expected to give NO medium/high contradiction (or arithmetic/anachronism) ----
story("missing-found", "clean", [],
 ("Hikers missing in the Tatras", "Twenty hikers were reported missing in the Tatra mountains on Saturday after a sudden snowstorm."),
 ("Tatra search", "Four hikers were still missing on Monday after rescuers found 16 of the group alive, mountain rescue said."),
 days=["2026-11-28", "2026-11-30"])
story("passengers-british", "clean", [],
 ("Cruise ship stranded", "A cruise ship with 300 passengers on board was stranded off Svalbard on Friday."),
 ("Svalbard cruise", "Of the 300 passengers stranded off Svalbard on Friday, 40 were British, the operator said."))
story("background-quake", "clean", [],
 ("Quake in Van province", "An earthquake killed 9 people in Van province on Wednesday, the disaster agency said."),
 ("Van earthquake", "Wednesday's earthquake killed 9 people in Van, where a quake in 2011 killed more than 600."))
story("currency", "clean", [],
 ("Painting sold", "A portrait by Gwen John sold for £2 million ($2.5 million) at auction in London on Thursday."),
 ("Gwen John record", "The Gwen John portrait fetched $2.5 million at the London auction on Thursday."))
story("fraction-percent", "clean", [],
 ("Poll on commuting", "One in five commuters in Dublin cycles to work, a city survey published on Monday found."),
 ("Dublin cycling", "Twenty percent of Dublin commuters cycle to work, according to a survey published on Monday."))
story("approx-crowd", "clean", [],
 ("March in Santiago", "About 3,000 people marched through Santiago on Sunday against pension reform."),
 ("Santiago march", "Some 3,150 protesters marched in Santiago on Sunday, police said."))
story("ages-counts", "clean", [],
 ("Bus crash kills 12", "Twelve people died when a bus plunged into a ravine in Nepal on Friday."),
 ("Nepal bus crash", "The 12 victims of Friday's bus crash in Nepal were aged between 19 and 64, police said."))
story("hours-days", "clean", [],
 ("Power cut in Tbilisi", "Much of Tbilisi was without electricity for 48 hours after the storm on Tuesday."),
 ("Tbilisi blackout", "The blackout in Tbilisi lasted two days after Tuesday's storm, the grid operator said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-floods-one-town", "apart", [],
 ("River floods Valencia suburb", "The Turia burst its banks in a suburb of Valencia on Tuesday, flooding streets and forcing families from their homes."),
 ("Valencia suburb flooded", "Streets in a Valencia suburb were flooded on Tuesday when the river burst its banks, forcing families to leave their homes."),
 days=["2025-10-14", "2026-10-13"], kind="story")
story("two-store-fires", "apart", [],
 ("Fire at Lidl store in Leeds", "A fire broke out at a Lidl supermarket in Leeds on Saturday evening; shoppers were evacuated and nobody was hurt."),
 ("Lidl store blaze in Bristol", "Shoppers were evacuated when fire broke out at a Lidl supermarket in Bristol on Saturday evening; nobody was hurt."),
 days=["2026-12-05", "2026-12-05"], kind="story")
story("kidnap-release", "together", [],
 ("Engineer kidnapped in Niger Delta", "Gunmen kidnapped an Italian engineer, Marco Bellini, from an oil site in the Niger Delta on Monday, police said."),
 ("Italian engineer freed", "Marco Bellini, the Italian engineer kidnapped from an oil site in the Niger Delta on Monday, was released unharmed on Saturday, police said."),
 days=["2026-11-30", "2026-12-05"], kind="story")
print(json.dumps(S))
