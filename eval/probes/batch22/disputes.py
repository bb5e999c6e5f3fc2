# Twenty-second probe batch, written by the lead 2026-12-07 13:23-13:25 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-21.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("evacuated-ordered", "dispute", ["4,500", "5,400"],
 ("Wildfire forces evacuations in Evia", "Authorities evacuated 4,500 residents from villages in northern Evia on Monday as a wildfire spread towards the coast."),
 ("Evia fire spreads", "About 5,400 people were ordered to leave their homes in northern Evia on Monday as the wildfire moved towards the sea, the civil protection agency said."))
story("jobs-positions", "dispute", ["1,200", "2,100"],
 ("Carmaker to cut jobs in Slovakia", "The carmaker will cut 1,200 jobs at its plant in Trnava by the end of next year, the company said on Wednesday."),
 ("Trnava plant cuts", "The company said on Wednesday it plans to eliminate 2,100 positions at the Trnava plant by the end of next year."))
story("snow-depth", "dispute", ["2.4", "4.2"],
 ("Snow buries Hokkaido town", "Up to 2.4 metres of snow has fallen in Iwamizawa since Friday, cutting off dozens of farms, the town office said."),
 ("Iwamizawa snowfall", "The snow in Iwamizawa reached a depth of 4.2 metres on Sunday, the town office said, leaving dozens of farms cut off."))
story("bail-amount", "dispute", ["50,000", "500,000"],
 ("Developer charged with fraud", "A property developer charged with defrauding buyers in Phoenix was released on bail of $50,000 on Thursday."),
 ("Phoenix fraud case", "The developer accused of defrauding homebuyers in Phoenix walked free on Thursday after posting $500,000 bail."))
story("record-heat", "dispute", ["46.2", "48.2"],
 ("Record heat in Seville", "The thermometer hit 46.2C at Seville airport on Sunday, a new national record, the weather agency AEMET said."),
 ("Spain swelters", "Temperatures reached 48.2 degrees Celsius at Seville airport on Sunday, setting a national record, according to AEMET."))
story("blackout-length", "dispute", ["9", "19"],
 ("Power restored in Montevideo", "Power returned to most of Montevideo on Tuesday after a blackout that lasted 9 hours."),
 ("Uruguay outage ends", "Electricity was back in Montevideo on Tuesday after a 19-hour blackout caused by a fault at a substation."))
story("victim-age-role", "dispute", ["17", "19"],
 ("Teen killed in Dayton shooting", "A 17-year-old boy was shot and killed outside a convenience store on Salem Avenue in Dayton late Saturday, police said."),
 ("Dayton shooting", "Police identified the victim of Saturday night's shooting outside a Salem Avenue convenience store as Jaylen Brooks, 19, of Dayton."))
story("quote-negation-plant", "dispute", ["not"],
 ("Steelworks future", "Speaking to workers in Port Talbot, the company's chief executive, Anil Rao, said: \"We will not close the blast furnace this year.\""),
 ("Port Talbot furnace", "The company's chief executive, Anil Rao, told workers in Port Talbot: \"We will close the blast furnace this year.\""))

# ---- look-alikes: expected to give no medium/high contradiction ----
story("toll-next-day", "clean", [],
 ("Building collapses in Lagos", "Six people died when a three-storey building collapsed in the Lagos Island district on Monday, emergency services said."),
 ("Lagos collapse toll rises", "Rescuers pulled five more bodies from the rubble on Tuesday, bringing the toll from the Lagos Island building collapse to 11."),
 days=["2026-12-07", "2026-12-08"])
story("firefighters-among-hurt", "clean", [],
 ("Chemical plant explosion", "Thirty-one people were injured in an explosion at a chemical plant in Tarragona on Friday, officials said."),
 ("Tarragona blast", "Twelve of those hurt in Friday's explosion at the Tarragona chemical plant were firefighters, the regional government said."))
story("tumour-units", "clean", [],
 ("Surgeons remove giant tumour", "Surgeons in Nairobi removed a 15-pound tumour from a farmer's abdomen in a six-hour operation."),
 ("Nairobi surgery", "Doctors at Kenyatta hospital removed a tumour weighing 6.8 kg from the farmer's abdomen, the hospital said."))
story("mine-background", "clean", [],
 ("Miners killed in Colombia", "Seven miners were killed in a gas explosion at a coal mine in Sutatausa on Wednesday. It was the worst mining accident in the region since 2021, when 19 miners died."),
 ("Sutatausa mine blast", "A methane explosion killed seven miners at a coal mine in Sutatausa, in Cundinamarca, on Wednesday."))
story("month-and-day", "clean", [],
 ("Grain exports rise", "Ukraine's ports shipped 4.8 million tonnes of grain in November, the agriculture ministry said."),
 ("Ukrainian grain", "Ukraine is now exporting about 160,000 tonnes of grain a day through its Black Sea ports, the agriculture ministry said."))
story("marathon-rounded", "clean", [],
 ("Runners brave the cold", "Nearly 3,000 runners took part in the Reykjavik winter marathon on Saturday."),
 ("Reykjavik marathon", "A total of 2,874 runners finished the Reykjavik winter marathon on Saturday despite temperatures of minus 8C."))
story("driver-and-passenger", "clean", [],
 ("Crash on the A1", "The driver, 52, and his passenger, 25, were taken to hospital after their car hit a tree on the A1 near Lille."),
 ("A1 crash near Lille", "A 25-year-old passenger was seriously hurt when the car she was travelling in hit a tree on the A1 near Lille."))
story("monthly-and-yearly", "clean", [],
 ("Prices in Turkey", "Consumer prices in Turkey rose 3.1% in November from October, the statistics office said."),
 ("Turkish inflation", "Annual inflation in Turkey eased to 47.1% in November, the statistics office said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-protests-one-weekend", "apart", [],
 ("Farmers block Brussels", "Hundreds of farmers drove tractors into central Brussels on Saturday to protest against EU trade deals, blocking roads around the European Parliament."),
 ("Teachers march in Brussels", "Thousands of teachers marched through central Brussels on Sunday to protest against pension reform, ending at the Parliament."),
 days=["2026-11-28", "2026-11-29"], kind="story")
story("council-hack-and-leak", "together", [],
 ("Cyberattack on Hackney council", "Hackney council in east London shut down its computer systems on Monday after a cyberattack, leaving residents unable to pay council tax online."),
 ("Hackney data leaked", "Hackers who attacked Hackney council's computer systems last week have published residents' personal data online, the east London council confirmed on Tuesday."),
 days=["2026-11-16", "2026-11-24"], kind="story")
story("two-fires-one-province", "apart", [],
 ("Forest fire near Leiria", "A forest fire near the town of Leiria in central Portugal forced the evacuation of two villages on Tuesday; 300 firefighters were at the scene."),
 ("Fire near Pombal", "Some 250 firefighters battled a forest fire near Pombal, in the district of Leiria, on Friday, and one village was evacuated."),
 days=["2026-08-04", "2026-08-07"], kind="story")
print(json.dumps(S))
