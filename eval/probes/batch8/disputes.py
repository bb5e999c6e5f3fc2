# Eighth probe batch, written by the lead 2026-12-05 19:20 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-7.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-11-18", days=None):
    outlets = ["Valley Herald", "Coastal Wire", "City Ledger"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("wildfire-area", "dispute", ["1,200|1200", "2,100|2100"],
 ("Wildfire near Evia contained", "Firefighters contained a wildfire that burned 1,200 hectares of pine forest in northern Evia on Monday, the fire service said. Two villages were evacuated as a precaution."),
 ("Evia blaze under control", "The fire service said on Monday that the wildfire in northern Evia, which destroyed 2,100 hectares of pine forest, was under control. Residents of two villages had been moved out."))
story("derailment-injured", "dispute", ["23", "32"],
 ("Freight and passenger trains collide", "Twenty-three people were injured when a passenger train hit a freight wagon outside Ostrava on Sunday morning, the regional rescue service said."),
 ("Ostrava train collision", "A passenger train struck a freight wagon near Ostrava on Sunday morning, injuring 32 people, according to the regional rescue service."))
story("charged-age", "dispute", ["19", "29"],
 ("Man charged over warehouse arson", "A 19-year-old man has been charged with arson after a fire destroyed a furniture warehouse in Leicester on Thursday night, police said."),
 ("Leicester warehouse fire: man charged", "Police said a 29-year-old man was charged with arson on Saturday over the blaze that destroyed a furniture warehouse in Leicester on Thursday night."))
story("boat-missing", "dispute", ["11|eleven", "7|seven"],
 ("Fishing boat capsizes off Mindanao", "Eleven fishermen were missing after their boat capsized in rough seas off Mindanao on Tuesday, the coast guard said. Four were rescued."),
 ("Mindanao boat accident", "The coast guard said seven fishermen were still missing after a fishing boat overturned off Mindanao on Tuesday. Four crew members were pulled from the water."))
story("ransom", "dispute", ["2|two", "5|five"],
 ("Hackers demand ransom from hospital", "Hackers who crippled the computer systems of a hospital group in Lyon demanded a ransom of $2 million in bitcoin, the group's director said on Wednesday."),
 ("Lyon hospital cyberattack", "The director of the Lyon hospital group said on Wednesday that the hackers behind the attack wanted $5 million in bitcoin to unlock its systems."))
story("train-speed", "dispute", ["140", "90"],
 ("Investigators examine tram crash", "The tram was travelling at 140 km/h when it left the rails in Graz on Friday, investigators said. Nobody was seriously hurt."),
 ("Graz tram derailment", "Investigators said the tram that derailed in Graz on Friday was going at 90 km/h. No one suffered serious injuries."))
story("quake-depth", "dispute", ["10|ten", "35|thirty-five"],
 ("Quake rattles Crete", "A magnitude 5.6 earthquake struck off the southern coast of Crete on Thursday at a depth of 10 kilometres, the geodynamic institute said. No damage was reported."),
 ("Crete earthquake", "The geodynamic institute said Thursday's magnitude 5.6 quake off southern Crete had its centre 35 kilometres below the sea floor. No damage was reported."))
story("quote-fares", "dispute", ["will|will not|won"],
 ("Transit chief on fares", "\"We will raise fares in January,\" transit authority chief Marta Oliveira told reporters in Porto on Tuesday."),
 ("Porto fares", "Transit authority chief Marta Oliveira told reporters in Porto on Tuesday: \"We will not raise fares in January.\""), kind="contradiction")

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism ----
story("miles-km", "clean", [],
 ("Oil spill on the Humber", "An oil slick stretching 5 miles along the Humber estuary was spotted on Sunday, the environment agency said."),
 ("Humber oil slick", "The environment agency said on Sunday that an oil slick about 8 kilometres long had formed along the Humber estuary."))
story("dozen-twelve", "clean", [],
 ("Avalanche in Tyrol", "A dozen skiers were caught by an avalanche near Ischgl on Saturday; all were dug out alive, mountain rescue said."),
 ("Ischgl avalanche", "Mountain rescue said 12 skiers were buried by an avalanche near Ischgl on Saturday and all survived."))
story("dated-update", "clean", [],
 ("Mine collapse in Zambia", "Nine miners were confirmed dead after a tunnel collapsed at a copper mine near Kitwe on Monday, the mines ministry said on Monday night."),
 ("Zambia mine toll climbs", "The number of miners killed in Monday's tunnel collapse near Kitwe rose to 14 on Wednesday as rescuers reached the lower shaft, the mines ministry said."),
 days=["2026-11-16", "2026-11-18"])
story("background-fire", "clean", [],
 ("Nightclub fire in Bucharest", "Three people died in a fire at a nightclub in Bucharest on Saturday night, officials said. The city still remembers the 2015 Colectiv club fire, which killed 64 people."),
 ("Bucharest club blaze", "Officials said a fire at a Bucharest nightclub killed three people on Saturday night. In 2015, 64 people died after a fire at the Colectiv club."))
story("children-of-dead", "clean", [],
 ("Bus plunges into river", "Eleven people died when a school trip bus fell into a river in Assam on Wednesday, police said. Four of the dead were children."),
 ("Assam bus accident", "Police said four children were among the 11 people killed when a bus carrying a school trip plunged into a river in Assam on Wednesday."))
story("evacuated-injured", "clean", [],
 ("Chemical leak in Rotterdam port", "About 1,500 residents were evacuated and 15 people were treated for breathing problems after a chemical leak in Rotterdam port on Monday, the safety region said."),
 ("Rotterdam leak", "The safety region said 15 people needed treatment for breathing problems on Monday after a chemical leak in Rotterdam port forced the evacuation of about 1,500 residents."))
story("range-about", "clean", [],
 ("Protest in Tbilisi", "Between 30,000 and 40,000 people marched through central Tbilisi on Sunday, organisers said."),
 ("Tbilisi march", "Organisers said about 35,000 people took part in Sunday's march through central Tbilisi."))
story("million-digits", "clean", [],
 ("Lottery winner in Ghent", "A retired nurse from Ghent won 1.5 million euros in the national lottery draw on Friday, the lottery operator said."),
 ("Ghent jackpot", "The national lottery said on Friday that a retired nurse from Ghent had won the 1,500,000-euro prize."))
print(json.dumps(S))
