# Twenty-third probe batch, written by the lead 2026-12-07 16:52-16:54 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-22.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("ferry-passengers", "dispute", ["312", "213"],
 ("Ferry runs aground off Crete", "A ferry carrying 312 passengers ran aground off the port of Heraklion on Sunday; nobody was hurt, the coastguard said."),
 ("Heraklion ferry aground", "The coastguard said the ferry, with 213 passengers on board, hit rocks as it left Heraklion on Sunday. No injuries were reported."))
story("dam-height", "dispute", ["85", "58"],
 ("Dam cracks in Georgia", "Engineers found a crack in the 85-metre Zhinvali dam north of Tbilisi on Wednesday and began lowering the reservoir."),
 ("Zhinvali dam crack", "The 58-metre-high Zhinvali dam, which supplies Tbilisi with water, has developed a crack, the energy ministry said on Wednesday."))
story("fine-amount", "dispute", ["3.5", "5.3"],
 ("Airline fined in Italy", "Italy's competition authority fined the airline 3.5 million euros on Tuesday for misleading passengers about refunds."),
 ("Refund fine for airline", "The airline must pay a fine of €5.3 million for misleading customers over refunds, Italy's competition watchdog said on Tuesday."))
story("suspect-age", "dispute", ["34", "43"],
 ("Man charged over Leeds stabbing", "Police have charged Mark Dawson, 34, with attempted murder after a man was stabbed outside a pub in Leeds on Friday night."),
 ("Leeds stabbing charge", "Mark Dawson, aged 43, of Headingley, appeared before Leeds magistrates on Monday charged with attempted murder."))
story("school-closures", "dispute", ["140", "410"],
 ("Schools shut by storm", "Around 140 schools in the Scottish Highlands were closed on Thursday as Storm Idris brought heavy snow, the council said."),
 ("Storm Idris closures", "Highland Council said 410 schools had shut their doors on Thursday because of snow brought by Storm Idris."))
story("attendance-count", "dispute", ["18,000", "81,000"],
 ("Crowds at Budapest rally", "About 18,000 people gathered in Heroes' Square in Budapest on Saturday to protest against the new media law, police said."),
 ("Budapest protest", "Police put the crowd in Heroes' Square on Saturday at 81,000, making it the largest protest against the media law so far."))
story("rescue-day", "dispute", ["Tuesday", "Thursday"],
 ("Cavers rescued in Slovenia", "Four cavers trapped by flooding in the Postojna cave system were brought out safely on Tuesday after two days underground."),
 ("Postojna rescue", "Rescuers brought four trapped cavers out of the flooded Postojna cave system on Thursday, two days after they went missing."),
 kind="contradiction")
story("quote-hedge-plant", "dispute", ["will"],
 ("Minister on fuel prices", "“Fuel prices may fall by the end of January,” the energy minister, Tomasz Lis, told parliament on Wednesday."),
 ("Fuel price pledge", "“Fuel prices will fall by the end of January,” the energy minister, Tomasz Lis, told parliament on Wednesday."),
 kind="quote-altered")

# ---- look-alikes: expected to give no medium/high contradiction ----
story("passengers-and-crew", "clean", [],
 ("Plane makes emergency landing", "A plane carrying 164 passengers and six crew made an emergency landing in Tallinn on Monday after smoke was seen in the cabin."),
 ("Tallinn emergency landing", "All 170 people on board were safe after the plane made an emergency landing in Tallinn on Monday, the airline said."))
story("feet-and-metres-wave", "clean", [],
 ("Giant wave at Nazaré", "A surfer rode a wave estimated at 26 metres at Nazaré in Portugal on Saturday."),
 ("Nazaré surfer", "The surfer rode a wave of about 85 feet off Nazaré on Saturday, judges said."))
story("earlier-storm-toll", "clean", [],
 ("Typhoon hits Luzon", "Typhoon Kalmaegi killed four people in northern Luzon on Tuesday. In 2013, Typhoon Haiyan killed more than 6,000 people in the Philippines."),
 ("Luzon typhoon", "Four people were killed as Typhoon Kalmaegi crossed northern Luzon on Tuesday, the disaster agency said."))
story("weekly-and-daily", "clean", [],
 ("Flu cases rising", "Doctors in Ireland recorded 2,100 flu cases last week, the health service said."),
 ("Irish flu season", "Irish hospitals are admitting about 300 flu patients a day, the health service said."))
story("words-and-digits", "clean", [],
 ("Bank robbed in Lyon", "Robbers took two hundred and fifty thousand euros from a bank in Lyon on Friday."),
 ("Lyon bank robbery", "Armed robbers escaped with €250,000 from a bank in central Lyon on Friday, police said."))
story("toll-rises-dated", "clean", [],
 ("Bus crash in Peru", "At least 12 people died when a bus fell into a ravine in the Andes of Peru on Sunday, police said."),
 ("Peru bus crash toll rises", "The toll from Sunday's bus crash in the Peruvian Andes rose to 19 on Monday after seven injured passengers died in hospital."),
 days=["2026-12-06", "2026-12-07"])
story("two-ages-family", "clean", [],
 ("House fire in Cork", "A mother, 41, and her son, 9, escaped a house fire in Cork on Saturday night."),
 ("Cork house fire", "A nine-year-old boy raised the alarm when fire broke out at his family home in Cork on Saturday, fire crews said."))
story("region-and-country", "clean", [],
 ("Floods in Bavaria", "Floods forced 2,300 people from their homes in Bavaria on Wednesday, the state government said."),
 ("Germany floods", "Across southern Germany, 9,000 people have been evacuated because of flooding, including 2,300 in Bavaria."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-bridge-strikes", "apart", [],
 ("Lorry hits bridge in Bristol", "A lorry became wedged under a railway bridge on Coronation Road in Bristol on Tuesday, closing the road for five hours."),
 ("Bus hits bridge in Bath", "A double-decker bus hit a low railway bridge on Lower Bristol Road in Bath on Wednesday, injuring three passengers."),
 days=["2026-11-10", "2026-11-11"], kind="story")
story("election-count-and-result", "together", [],
 ("Counting begins in Moldova", "Counting began in Moldova's presidential run-off on Sunday night after turnout of 54 percent, the electoral commission said."),
 ("Moldova run-off result", "The incumbent won Moldova's presidential run-off with 55 percent of the vote, the electoral commission said on Monday, a day after the vote."),
 days=["2026-11-01", "2026-11-02"], kind="story")
story("two-quakes-one-island", "apart", [],
 ("Earthquake shakes Hokkaido", "A magnitude 6.1 earthquake struck off eastern Hokkaido on Monday, shaking buildings in Kushiro; no tsunami warning was issued."),
 ("Quake in western Hokkaido", "A magnitude 5.4 earthquake hit near Otaru in western Hokkaido on Saturday, damaging several old houses."),
 days=["2026-10-05", "2026-10-10"], kind="story")
print(json.dumps(S))
