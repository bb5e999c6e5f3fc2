# Fifteenth probe batch, written by the lead 2026-12-06 16:43-16:45 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-14. Look-alikes include former officeholders and past contests (issue 17's false classes).
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-05", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("evacuated", "dispute", ["1,200", "2,100"],
 ("Chemical leak in Rouen", "Authorities evacuated about 1,200 residents near a chemical plant in Rouen on Thursday after a tank began to leak."),
 ("Rouen plant leak", "Some 2,100 residents were evacuated on Thursday when a tank at a chemical plant in Rouen started leaking, the prefecture said."))
story("ship-length", "dispute", ["200", "290"],
 ("Container ship runs aground", "The 200-metre container ship Ever Mare ran aground in the Scheldt near Antwerp on Monday."),
 ("Scheldt grounding", "The Ever Mare, a container ship 290 metres long, ran aground in the Scheldt estuary near Antwerp on Monday, the port said."))
story("vote-share", "dispute", ["54", "45"],
 ("Mayor re-elected in Split", "Mayor Ivana Maric won 54% of the vote in Sunday's run-off in Split, the electoral commission said."),
 ("Split run-off", "Ivana Maric was re-elected mayor of Split on Sunday with 45 percent of the votes, according to the electoral commission."))
story("fine", "dispute", ["2.5", "5.2"],
 ("Airline fined over refunds", "Regulators fined the airline SkyBaltic €2.5 million on Wednesday for failing to refund cancelled flights."),
 ("SkyBaltic penalty", "SkyBaltic was ordered on Wednesday to pay a fine of 5.2 million euros over refunds for cancelled flights, the regulator said."))
story("quote-safe", "dispute", ["not"],
 ("Boil-water notice lifted", "The water board's director, Hanna Virtanen, said on Friday: \"The water is safe to drink again.\""),
 ("Tampere water", "The water board's director, Hanna Virtanen, said on Friday: \"The water is not yet safe to drink again.\""))
story("blackout-hours", "dispute", ["six|6", "16"],
 ("Blackout in Montevideo", "A blackout that lasted six hours hit most of Montevideo on Tuesday, the grid operator said."),
 ("Uruguay power cut", "The grid operator said Tuesday's 16-hour blackout had hit most of Montevideo."))
story("quake-magnitude", "dispute", ["6.1", "5.8"],
 ("Quake shakes Crete", "A magnitude 6.1 earthquake struck off the south coast of Crete on Saturday morning, the geodynamic institute said."),
 ("Crete earthquake", "The 5.8-magnitude quake that struck off southern Crete on Saturday morning was felt in Heraklion, the geodynamic institute said."))
story("climbers-trapped", "dispute", ["eight|8", "18"],
 ("Climbers stranded on Kilimanjaro", "Eight climbers were trapped by a snowstorm near the summit of Kilimanjaro on Wednesday, park officials said."),
 ("Kilimanjaro storm", "Park officials said 18 climbers were trapped near the summit of Kilimanjaro by a snowstorm on Wednesday."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("former-officials", "clean", [],
 ("Ban visits flood camp", "Former UN Secretary-General Ban Ki-moon visited a camp for flood victims in Sindh on Tuesday. Former German chancellor Angela Merkel sent a message of support."),
 ("Sindh camp visit", "Ban Ki-moon, the former UN secretary-general, toured a flood camp in Sindh on Tuesday and called for more aid."))
story("past-officeholder", "clean", [],
 ("School meals scheme ends", "The school meals scheme, launched in 2010 when Barack Obama was president, will end in June, the city said on Monday."),
 ("City ends school meals", "The city said on Monday it would end in June a school meals scheme that began in 2010."))
story("seats-two-elections", "clean", [],
 ("Greens gain in Bremen", "The Greens won 31 seats in Sunday's state election in Bremen, up from 19 seats in 2023."),
 ("Bremen vote", "The Greens took 31 seats in the Bremen state election on Sunday, the returning officer said."))
story("cases-update", "clean", [],
 ("Cholera cases rise in Lusaka", "Health officials in Lusaka reported 140 cholera cases on Monday."),
 ("Lusaka cholera outbreak", "Cholera cases in Lusaka rose to 310 by Thursday, health officials said."),
 days=["2026-11-30", "2026-12-03"])
story("range-vs-point", "clean", [],
 ("Landslide in Kerala", "Between 300 and 400 homes were damaged by a landslide in Wayanad, Kerala, on Friday, officials said."),
 ("Wayanad landslide", "About 350 homes were damaged when a landslide hit Wayanad in Kerala on Friday."))
story("children-among-injured", "clean", [],
 ("Bus crash in Bolivia", "Forty people were injured, 14 of them children, when a bus overturned near Oruro on Sunday."),
 ("Oruro bus crash", "A bus overturned near Oruro on Sunday, injuring 40 people, police said."))
story("quarter-hour", "clean", [],
 ("Metro halted in Lisbon", "The Lisbon metro stopped for a quarter of an hour on Monday morning after a power fault."),
 ("Lisbon metro fault", "A power fault halted the Lisbon metro for 15 minutes on Monday morning."))
story("contract-part", "clean", [],
 ("Rail contract signed", "Egypt signed a $3 billion contract for a high-speed rail line on Tuesday, of which $1.2 billion covers maintenance."),
 ("Egypt high-speed rail", "Egypt on Tuesday signed a $3 billion deal for a high-speed rail line, the transport ministry said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-ferries", "apart", [],
 ("Ferry capsizes on Lake Victoria", "A ferry capsized on Lake Victoria near Mwanza on Sunday; 12 passengers are missing, Tanzanian police said."),
 ("Ferry capsizes on Lake Kivu", "A ferry capsized on Lake Kivu near Goma on Tuesday; nine passengers are missing, Congolese officials said."),
 days=["2026-11-30", "2026-12-02"], kind="story")
story("two-mayoral-votes", "apart", [],
 ("Zagreb elects mayor", "Voters in Zagreb elected Tomislav Horvat as mayor in Sunday's run-off with 56 percent of the vote."),
 ("Zagreb mayoral run-off", "Zagreb voters chose Petra Kovac as mayor in a run-off on Sunday, giving her 61 percent of the vote."),
 days=["2021-05-31", "2025-06-02"], kind="story")
story("eruption-followup", "together", [],
 ("Volcano erupts near Grindavik", "A volcano erupted on the Reykjanes peninsula near Grindavik on Monday night, sending lava fountains into the sky."),
 ("Lava reaches road near Grindavik", "Lava from the eruption that began on Monday on the Reykjanes peninsula crossed the road to Grindavik on Wednesday."),
 days=["2026-11-30", "2026-12-02"], kind="story")
print(json.dumps(S))
