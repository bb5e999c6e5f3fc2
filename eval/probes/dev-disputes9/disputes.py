# Development set of helper disputes9 (issue 17, part 2), written 2026-12-06 ~10:00 UTC BEFORE any code ran on it.
# Wordings of its own about invented events unlike the eval data, the seeds and batches 1-13: two-article stories,
# real disputes (same fact of the same event, two outlets disagree) and look-alikes (no disagreement).
# It is DEVELOPMENT data: rules were changed looking at its misses. Run:
#   npm run build && python3 eval/probes/run.py . eval/probes/dev-disputes9
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-03-05", days=None):
    outlets = ["Harbour Gazette", "Valley Times", "Capital Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("crane-height", "dispute", ["45", "70"],
 ("Crane collapses in Rotterdam port", "A 45-metre crane collapsed onto a container ship at the port of Rotterdam on Wednesday, the port authority said. Nobody was on board the ship at the time."),
 ("Rotterdam crane accident", "The port authority said a crane 70 metres tall toppled onto a container vessel in Rotterdam on Wednesday. The ship was empty."))
story("fishermen-words", "dispute", ["seventeen|17", "seven|7"],
 ("Fishermen saved off Madagascar", "Seventeen fishermen were plucked from the sea off Toliara on Tuesday after their dhow sank in a squall, the navy said."),
 ("Toliara dhow sinking", "The navy said seven fishermen were rescued off Toliara on Tuesday when their dhow went down in a squall."))
story("captain-age", "dispute", ["67", "76"],
 ("Tug captain dies on the Danube", "The 67-year-old captain of a tugboat died on Monday when his vessel struck a bridge pier on the Danube near Vukovar, river police said."),
 ("Danube tug crash", "River police said the tug's captain, aged 76, was killed when the boat hit a pier of the bridge near Vukovar on Monday."))
story("grant-money", "dispute", ["450,000", "4.5 million"],
 ("Grant for Tromsø observatory", "The research council awarded a grant of €450,000 to the aurora observatory in Tromsø on Tuesday to replace its cameras."),
 ("Tromsø aurora cameras", "The aurora observatory in Tromsø will replace its cameras with a €4.5 million grant from the research council, announced on Tuesday."))
story("jobless-rate", "dispute", ["6.2", "7.4"],
 ("Unemployment falls in Andalusia", "Unemployment in Andalusia fell to 6.2% in February, the regional statistics office said on Wednesday."),
 ("Andalusian jobless figures", "The regional statistics office said on Wednesday that Andalusia's unemployment rate dropped to 7.4 percent in February."))
story("no-one-hurt", "dispute", ["no one|nobody|no injuries", "four|4"],
 ("Tram derails in Lisbon", "A tram derailed on a steep street in Lisbon's Alfama district on Wednesday morning. No one was hurt, the transport company said."),
 ("Lisbon tram derailment", "Four people were injured when a tram came off the rails on a steep street in Alfama, Lisbon, on Wednesday morning, the transport company said."))
story("quote-may-will", "dispute", ["may", "will"],
 ("Central bank hints at rate rise", "\"We may raise interest rates in the spring if wages keep climbing,\" central bank governor Lena Hartmann told reporters in Vienna on Tuesday."),
 ("Hartmann on rates", "Central bank governor Lena Hartmann told reporters in Vienna on Tuesday: \"We will raise interest rates in the spring if wages keep climbing.\""))
story("quote-water-safe", "dispute", ["not"],
 ("Boil notice lifted in Galway", "\"The water is safe to drink again,\" said Niamh Doyle, head of the county water service, on Wednesday."),
 ("Galway water notice", "Niamh Doyle, head of the county water service, said on Wednesday: \"The water is still not safe to drink.\""))
story("strike-days", "dispute", ["9|nine", "19|nineteen"],
 ("Bin strike ends in Leeds", "Refuse collectors in Leeds returned to work on Wednesday after a strike that lasted nine days, the union said."),
 ("Leeds bin workers back", "The union said Leeds refuse collectors went back to work on Wednesday, ending a 19-day strike."))
story("gust-speed", "dispute", ["140", "95"],
 ("Storm Greta hits Jutland", "Storm Greta brought gusts of 140 km/h to the west coast of Jutland on Tuesday night, the meteorological institute said."),
 ("Jutland storm", "Gusts reached 95 km/h on Jutland's west coast on Tuesday night as Storm Greta passed, according to the meteorological institute."))
story("plane-passengers", "dispute", ["186", "168"],
 ("Plane skids off runway in Tbilisi", "An airliner carrying 186 passengers skidded off the runway while landing in Tbilisi on Wednesday, the airport said. There were no injuries."),
 ("Tbilisi runway incident", "A passenger jet with 168 passengers on board slid off the runway on landing at Tbilisi airport on Wednesday, the airport said."))
story("heat-record", "dispute", ["46.2", "41.2"],
 ("Heat record in Sicily", "Temperatures reached 46.2C in Siracusa on Tuesday, the regional weather service said, a record for March."),
 ("Siracusa heat", "The regional weather service said the thermometer climbed to 41.2C in Siracusa on Tuesday, a March record."))
story("hometown", "dispute", ["Tartu", "Pärnu"],
 ("Woman charged over Tallinn fraud", "A 52-year-old woman from Tartu was charged on Tuesday with defrauding pensioners in Tallinn of their savings, prosecutors said."),
 ("Tallinn pension fraud charge", "Prosecutors said on Tuesday that a 52-year-old woman from Pärnu had been charged with cheating Tallinn pensioners out of their savings."))
story("cocaine-weight", "dispute", ["2.3 tonnes", "800 kilograms"],
 ("Cocaine seized in Calabria", "Police seized 2.3 tonnes of cocaine hidden in banana boxes at the port of Gioia Tauro on Monday, the finance police said."),
 ("Gioia Tauro drug haul", "The finance police said on Monday that 800 kilograms of cocaine were found hidden among banana boxes at Gioia Tauro port."))
story("reopen-date", "dispute", ["14", "21"],
 ("Museum to reopen", "The city museum in Ghent will reopen on 14 April after repairs to its roof, the city council said on Wednesday."),
 ("Ghent museum reopening", "Ghent's city museum will open its doors again on 21 April once its roof is repaired, the council said on Wednesday."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("missing-update", "clean", [],
 ("Search for climbers in the Dolomites", "Twelve climbers were still missing in the Dolomites on Tuesday after an avalanche, rescuers said. By Wednesday morning the number of missing had fallen to five as seven were found alive."),
 ("Dolomites avalanche", "Five climbers remained missing on Wednesday after an avalanche in the Dolomites, rescuers said."))
story("background-fire", "clean", [],
 ("Fire destroys homes in Karoo", "A veld fire destroyed 12 homes near Graaff-Reinet on Monday, the municipality said. It was the worst fire in the area since 2011, when 40 homes burned."),
 ("Graaff-Reinet fire", "The municipality said 12 homes were destroyed when a veld fire swept through the outskirts of Graaff-Reinet on Monday."))
story("subgroup-jobs", "clean", [],
 ("Shipyard cuts jobs", "The shipbuilder Nordvik will cut 230 jobs across its three yards, the company said on Tuesday."),
 ("Gdansk yard hit by cuts", "Nordvik said on Tuesday that 40 jobs will go at its Gdansk yard as part of cuts across the company."))
story("jam-units", "clean", [],
 ("Long queue at the Brenner", "Lorries queued for about 3 miles at the Brenner pass on Tuesday after a snowfall, police said."),
 ("Brenner tailback", "A queue of lorries about 5 kilometres long formed at the Brenner pass on Tuesday after snow fell, police said."))
story("protest-range", "clean", [],
 ("Farmers march in Brussels", "Between 8,000 and 10,000 farmers marched through Brussels on Wednesday against the trade deal, police said."),
 ("Brussels farmers protest", "About 9,000 farmers marched in Brussels on Wednesday against the trade deal, according to police."))
story("rounding-money", "clean", [],
 ("Lottery win in Porto", "A pensioner in Porto won €1.48 million in Tuesday's lottery draw, the lottery operator said."),
 ("Porto pensioner's jackpot", "The lottery operator said a pensioner from Porto had won almost €1.5 million in Tuesday's draw."))
story("words-volunteers", "clean", [],
 ("Beach clean-up in Biarritz", "Two hundred and fifty volunteers collected plastic from the beaches of Biarritz on Sunday, the organisers said."),
 ("Biarritz clean-up", "The organisers said 250 volunteers picked up plastic on Biarritz beaches on Sunday."))
story("quarter-percent", "clean", [],
 ("Fog grounds flights in Milan", "A quarter of the flights at Milan Linate were cancelled on Wednesday because of thick fog, the airport said."),
 ("Linate fog", "The airport said 25% of flights at Linate were cancelled on Wednesday as thick fog settled over Milan."))
story("celsius-fahrenheit", "clean", [],
 ("Heatwave in Phoenix", "Temperatures in Phoenix reached 38C on Tuesday, the weather service said."),
 ("Phoenix heat", "The weather service said the temperature in Phoenix hit 100F on Tuesday."))
story("hurt-evacuated", "clean", [],
 ("Chemical leak in Ludwigshafen", "A chemical leak at a plant in Ludwigshafen injured 14 workers on Tuesday and forced 300 residents from their homes, the fire brigade said."),
 ("Ludwigshafen leak", "The fire brigade said 300 people were evacuated near a plant in Ludwigshafen on Tuesday after a chemical leak; 14 workers were hurt."))
story("building-age", "clean", [],
 ("Lighthouse restored in Cornwall", "Thirty volunteers spent the winter restoring the 120-year-old lighthouse at Trevose Head, the trust said on Tuesday."),
 ("Trevose Head lighthouse", "The lighthouse at Trevose Head, built 120 years ago, has been restored by 30 volunteers, the trust said on Tuesday."))
story("mother-daughter", "clean", [],
 ("Sailors rescued off Mallorca", "A mother and daughter, Anna Berg, 61, and Sofia Berg, 34, were rescued from their yacht off Mallorca on Tuesday, the coastguard said."),
 ("Mallorca yacht rescue", "The coastguard rescued Sofia Berg, 34, and her 61-year-old mother Anna from a yacht off Mallorca on Tuesday."))
story("over-vs-exact", "clean", [],
 ("Snow cancels flights in Helsinki", "More than 200 flights were cancelled at Helsinki airport on Wednesday because of heavy snow, the airport operator said."),
 ("Helsinki snow chaos", "The airport operator said 214 flights were cancelled at Helsinki on Wednesday after heavy snow."))
story("contraction", "clean", [],
 ("Mayor rules out tax rise", "\"We will not raise local taxes next year,\" the mayor of Utrecht, Pieter de Vries, said on Tuesday."),
 ("Utrecht budget", "Pieter de Vries, the mayor of Utrecht, said on Tuesday: \"We won't raise local taxes next year.\""))
story("weekday-date", "clean", [],
 ("Ferry strike in Piraeus", "Ferry crews in Piraeus went on strike on Tuesday, stranding thousands of travellers, the seamen's union said."),
 ("Piraeus ferries halted", "Thousands of travellers were stranded in Piraeus on 3 March when ferry crews went on strike, the seamen's union said."))
print(json.dumps(S))
