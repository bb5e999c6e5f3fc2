# Twenty-fifth probe batch, written by the lead 2026-12-07 23:01-23:02 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-24.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-08", days=None):
    outlets = ["Harbour Herald", "Upland Times", "Capital Dispatch"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("ferry-passengers", "dispute", ["310", "130"],
 ("Ferry runs aground off Crete", "A ferry carrying 310 passengers ran aground near the port of Heraklion on Tuesday night, the Greek coastguard said. Nobody was hurt."),
 ("Crete ferry aground", "The coastguard said all 130 passengers on board the ferry that ran aground off Heraklion on Tuesday night had been taken ashore safely."))
story("wall-height", "dispute", ["eight", "18"],
 ("Wall collapse in Lima", "An eight-metre retaining wall gave way above a hillside neighbourhood in Lima on Wednesday, burying two cars."),
 ("Lima wall collapse", "Firefighters said the retaining wall that collapsed in Lima on Wednesday was 18 metres high and had been cracked for months."))
story("ransom-amount", "dispute", ["2 million", "20 million"],
 ("Hospital hit by ransomware", "Hackers who crippled the computer systems of a hospital in Lyon demanded a ransom of 2 million euros, prosecutors said on Thursday."),
 ("Lyon hospital cyberattack", "Prosecutors said on Thursday that the gang behind the Lyon hospital cyberattack had asked for 20 million euros to unlock its files."))
story("driver-age", "dispute", ["67", "76"],
 ("Bus crash in Ontario", "The driver of the school bus that left the road near Barrie on Monday morning, a 67-year-old woman, was taken to hospital with minor injuries, police said."),
 ("Barrie school bus crash", "Ontario Provincial Police said the bus driver, aged 76, suffered minor injuries when the school bus slid off the road near Barrie on Monday morning."))
story("flight-time", "dispute", ["6:40", "9:40"],
 ("Plane makes emergency landing", "A passenger jet bound for Madrid made an emergency landing in Porto at 6:40 a.m. on Saturday after smoke was seen in the cabin."),
 ("Porto emergency landing", "The Madrid-bound jet landed in Porto at 9:40 a.m. on Saturday after the crew reported smoke in the cabin, the airport said."))
story("landslide-village", "dispute", ["Kalimpong", "Darjeeling"],
 ("Landslide buries homes", "A landslide buried 11 homes in a village outside Kalimpong after a night of heavy rain, officials in West Bengal said on Friday."),
 ("West Bengal landslide", "Eleven houses were buried when a hillside collapsed on a village near Darjeeling after overnight rain, West Bengal officials said on Friday."))
story("arrests-count", "dispute", ["14", "41|Forty-one"],
 ("Police raid in Naples", "Police arrested 14 people in dawn raids on a counterfeit medicine ring in Naples on Wednesday."),
 ("Naples fake medicine raids", "Forty-one suspects were detained on Wednesday when police raided a network selling counterfeit medicines in Naples."))
story("quote-hedge-plant", "dispute", ["may"],
 ("Dam inspection", "“The dam may need to be partly drained before winter,” the chief engineer, Tomas Lindqvist, said in Lulea on Monday."),
 ("Lulea dam", "“The dam will need to be partly drained before winter,” the chief engineer, Tomas Lindqvist, said in Lulea on Monday."))

# ---- look-alikes: expected to give no medium/high contradiction ----
story("crew-and-passengers", "clean", [],
 ("Cruise ship outbreak", "About 90 passengers and 12 crew members fell ill with norovirus on a cruise ship docked in Southampton, the operator said on Sunday."),
 ("Southampton cruise illness", "More than 100 people on board a cruise ship in Southampton have fallen ill with norovirus, the operator said on Sunday."))
story("feet-and-metres", "clean", [],
 ("Sinkhole in Florida", "A sinkhole about 40 feet wide opened in a parking lot in Ocala on Thursday."),
 ("Ocala sinkhole", "The sinkhole that opened in an Ocala car park on Thursday is roughly 12 metres across, officials said."))
story("previous-ransom", "clean", [],
 ("Council hit by cyberattack", "Hackers demanded 500,000 dollars from a city council in Oregon on Friday. In 2023 a school district in the state paid a 3 million dollar ransom."),
 ("Oregon council hack", "The city council said on Friday it would not pay the 500,000 dollars demanded by the hackers."))
story("weekly-and-season", "clean", [],
 ("Flu cases rise", "Doctors in Ireland reported 1,240 flu cases in the past week, the health service said on Tuesday."),
 ("Irish flu season", "Ireland has recorded more than 9,000 flu cases since the season began in October, the health service said on Tuesday."))
story("word-amount-fine", "clean", [],
 ("Airline fined", "The regulator fined the airline four and a half million euros on Wednesday over delayed refunds."),
 ("Refund fine", "The airline must pay a fine of €4.5 million for delaying refunds, the regulator said on Wednesday."))
story("toll-update-dated", "clean", [],
 ("Building collapse in Lagos", "Four people died when a three-storey building collapsed in Lagos on Monday, emergency officials said."),
 ("Lagos collapse toll rises", "The death toll from Monday's building collapse in Lagos rose to nine on Tuesday as rescuers pulled more bodies from the rubble."),
 days=["2026-12-07", "2026-12-08"])
story("injured-and-hospital", "clean", [],
 ("Tram crash in Milan", "Twenty-two people were injured when two trams collided in central Milan on Thursday; six of them were taken to hospital."),
 ("Milan tram collision", "Six people were taken to hospital after two trams collided in central Milan on Thursday, the city said."))
story("region-and-country-fires", "clean", [],
 ("Wildfires in Catalonia", "Firefighters were battling 12 wildfires in Catalonia on Saturday."),
 ("Spain wildfires", "Spain had 47 active wildfires on Saturday, 12 of them in Catalonia, the interior ministry said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-water-main-bursts", "apart", [],
 ("Water main bursts in Leeds", "A burst water main flooded Kirkstall Road in Leeds on Wednesday, cutting supplies to 2,000 homes."),
 ("Burst main in Bradford", "Around 1,500 homes lost water after a main burst on Manningham Lane in Bradford on Thursday."),
 days=["2026-11-18", "2026-11-19"], kind="story")
story("strike-called-and-ended", "together", [],
 ("Nurses in Queensland to strike", "Nurses at public hospitals across Queensland will walk off the job on Tuesday over pay, their union said."),
 ("Queensland nurses end strike", "Queensland nurses returned to work on Wednesday after a 24-hour strike over pay at public hospitals across the state."),
 days=["2026-11-09", "2026-11-11"], kind="story")
story("two-bridge-closures-one-city", "apart", [],
 ("Bridge closed in Budapest", "The Chain Bridge in Budapest was closed to traffic on Monday after cracks were found in a pillar."),
 ("Budapest bridge protest", "Climate activists blocked the Margaret Bridge in Budapest for three hours on Friday."),
 days=["2026-10-12", "2026-10-16"], kind="story")
print(json.dumps(S))
