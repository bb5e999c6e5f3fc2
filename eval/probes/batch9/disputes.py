# Ninth probe batch, written by the lead 2026-12-05 21:57-22:00 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-8.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-11-24", days=None):
    outlets = ["Valley Herald", "Coastal Wire", "City Ledger"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("landslide-dead", "dispute", ["17|seventeen", "26|twenty-six"],
 ("Landslide buries village in Nepal", "Rescuers in western Nepal said the death toll from Sunday's landslide in Jajarkot district stood at 17, with dozens of homes buried under mud."),
 ("Nepal landslide", "A landslide that swept through a village in Jajarkot district on Sunday killed 26 people, the district police chief said, as rescuers dug through mud for survivors."))
story("cyclist-age", "dispute", ["34", "35"],
 ("Cyclist killed on ring road", "A 34-year-old cyclist died after being hit by a lorry on the Utrecht ring road on Tuesday morning, police said. The lorry driver stopped at the scene."),
 ("Utrecht cyclist death", "Police said a cyclist, 35, was killed when a lorry struck him on the Utrecht ring road on Tuesday morning. The driver remained at the scene."))
story("scaffold-fall", "dispute", ["12|twelve", "30|thirty"],
 ("Worker injured in scaffold fall", "A construction worker was seriously injured on Thursday after falling 12 metres from scaffolding at a tower site in Gdansk, the fire brigade said."),
 ("Gdansk building site accident", "The fire brigade said a construction worker fell 30 metres from scaffolding at a tower under construction in Gdansk on Thursday and was taken to hospital with serious injuries."))
story("contract-value", "dispute", ["450", "540"],
 ("Rail operator wins tram contract", "Ostbahn has won a contract worth 450 million euros to build and maintain 60 trams for the city of Linz, the city council announced on Monday."),
 ("Linz tram deal", "The Linz city council announced on Monday that Ostbahn would supply and maintain 60 trams under a 540 million euro contract."))
story("turnout", "dispute", ["61", "48"],
 ("Referendum result in Ticino", "Voters in Ticino approved the new water law on Sunday; turnout was 61 percent, the cantonal chancellery said."),
 ("Ticino water vote", "The cantonal chancellery said turnout in Sunday's referendum on the Ticino water law was 48%, and the law was approved."))
story("opening-date", "dispute", ["3 March|March 3", "13 March|March 13"],
 ("New bridge to open in spring", "The new Tagus footbridge in Lisbon will open to the public on 3 March, the city's transport department said on Wednesday."),
 ("Lisbon footbridge date set", "Lisbon's transport department said on Wednesday that the new footbridge over the Tagus would open to the public on 13 March."))
story("quote-hedge", "dispute", ["may|will"],
 ("Carmaker weighs plant future", "\"We may close the Valencia plant next year,\" the carmaker's chief executive, Ana Ruiz, told shareholders on Thursday."),
 ("Valencia plant", "The carmaker's chief executive, Ana Ruiz, told shareholders on Thursday: \"We will close the Valencia plant next year.\""))
story("crew-count", "dispute", ["nine|9", "fourteen|14"],
 ("Cargo ship aground off Brittany", "A cargo ship ran aground off the coast of Brittany on Saturday night; its nine crew members were airlifted to safety, the maritime prefecture said."),
 ("Brittany grounding", "The maritime prefecture said all 14 crew of a cargo ship that ran aground off Brittany on Saturday night had been lifted off by helicopter."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("feet-metres", "clean", [],
 ("Climber rescued from sea cliff", "A climber who fell from a 300-foot sea cliff near St Davids was rescued by the coastguard on Sunday."),
 ("St Davids cliff rescue", "The coastguard rescued a climber on Sunday after a fall from a sea cliff about 90 metres high near St Davids."))
story("bringing-toll", "clean", [],
 ("More bodies found after floods", "Four more bodies were recovered on Friday in the flooded valley near Valencia, bringing the death toll to 19, regional officials said."),
 ("Valencia floods", "Regional officials said on Friday that 19 people had died in the floods near Valencia."))
story("subgroup-firefighters", "clean", [],
 ("Warehouse explosion in Porto", "An explosion at a warehouse in Porto injured 23 people on Monday. Six of the injured were firefighters, the civil protection agency said."),
 ("Porto blast", "The civil protection agency said 23 people were hurt in Monday's warehouse explosion in Porto, including six firefighters."))
story("last-year", "clean", [],
 ("Record crowd at jazz festival", "The Molde jazz festival drew 95,000 visitors this year, organisers said on Sunday. Last year's festival attracted 80,000."),
 ("Molde festival", "Organisers of the Molde jazz festival said on Sunday that 95,000 people attended this year's edition."))
story("nearly-round", "clean", [],
 ("Students evacuated after gas leak", "Nearly 500 students were evacuated from a school in Tartu on Wednesday after a gas leak, police said."),
 ("Tartu school gas leak", "Police said 487 students were led out of a Tartu school on Wednesday because of a gas leak."))
story("bn-million", "clean", [],
 ("Pension fund buys wind farm", "A Danish pension fund has agreed to buy an offshore wind farm in the North Sea for \u00a31.2bn, the seller said on Tuesday."),
 ("North Sea wind farm sold", "The seller said on Tuesday that a Danish pension fund would pay \u00a31,200 million for the offshore wind farm."))
story("length-height", "clean", [],
 ("Bridge inspection after quake", "Engineers inspected the 1.2 km Rion bridge on Monday after the tremor; the bridge's pylons are 160 metres tall."),
 ("Rion bridge checked", "Engineers said on Monday the Rion bridge, whose pylons stand 160 metres, had come through the tremor undamaged."))
story("two-ages", "clean", [],
 ("Couple hurt in house fire", "A 71-year-old man and his 68-year-old wife were taken to hospital after a fire at their home in Kilkenny on Saturday."),
 ("Kilkenny house fire", "Firefighters said the 71-year-old homeowner and his wife were treated for smoke inhalation after Saturday's fire in Kilkenny."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-robberies", "apart", [],
 ("Jeweller robbed in Antwerp", "Two armed men robbed a jewellery shop on the Meir in Antwerp on Tuesday afternoon, police said. They escaped on a scooter with watches worth about 200,000 euros."),
 ("Antwerp jewellery raid", "Police in Antwerp said three masked men smashed the windows of a jeweller on the Meir on Thursday night and fled by car with rings and necklaces."),
 days=["2026-03-10", "2026-09-18"], kind="story")
story("two-quakes", "apart", [],
 ("Quake shakes Izmir province", "A magnitude 5.1 earthquake struck Izmir province on Monday, damaging old buildings in the town of Bergama, the disaster agency said."),
 ("Earthquake in Izmir province", "A magnitude 5.3 earthquake hit Izmir province on Friday, cracking walls in Seferihisar, the disaster agency said; nobody was hurt."),
 days=["2024-02-05", "2026-11-20"], kind="story")
story("one-strike", "together", [],
 ("Dock workers strike in Hamburg", "Dock workers at the port of Hamburg walked out on Monday over pay, halting container traffic, the Verdi union said."),
 ("Hamburg port strike enters third day", "The strike by Hamburg dock workers over pay entered its third day on Wednesday, with dozens of container ships waiting outside the port, Verdi said."),
 days=["2026-11-23", "2026-11-25"], kind="story")
print(json.dumps(S))
