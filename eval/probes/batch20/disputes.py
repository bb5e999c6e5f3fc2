# Twentieth probe batch, written by the lead 2026-12-07 07:15-07:17 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-19.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("sinkhole-width", "dispute", ["15", "50"],
 ("Sinkhole swallows cars in Guatemala City", "A sinkhole 15 metres wide opened in a busy street in Guatemala City on Saturday, swallowing two parked cars."),
 ("Guatemala City sinkhole", "The sinkhole that opened in Guatemala City on Saturday measures 50 metres across, the city's civil protection office said."))
story("pay-rise", "dispute", ["4", "7"],
 ("Nurses accept pay deal", "Nurses in Queensland voted on Wednesday to accept a pay rise of 4 percent a year over three years."),
 ("Queensland nurses deal", "Queensland nurses on Wednesday accepted a deal that raises their pay by 7% a year for three years, their union said."))
story("nautical-miles", "dispute", ["5", "50"],
 ("Fishing boat sinks off Crete", "A fishing boat sank 5 nautical miles south of Crete on Monday; its six crew were rescued by a passing tanker."),
 ("Crete sinking", "A passing tanker rescued six fishermen after their boat went down 50 nautical miles south of Crete on Monday."))
story("stolen-year", "dispute", ["1994", "1984"],
 ("Stolen painting recovered", "A landscape by Jacob van Ruisdael stolen from a museum in Gdansk in 1994 was found in a Berlin flat on Tuesday, police said."),
 ("Ruisdael painting found", "German police on Tuesday recovered a Jacob van Ruisdael landscape that was taken from a Gdansk museum in 1984."))
story("blast-time", "dispute", ["3:40", "4:30"],
 ("Gas blast in Kharkiv suburb", "The explosion tore through the apartment block at 3:40 a.m. on Sunday, while most residents were asleep."),
 ("Kharkiv apartment explosion", "Residents were woken by the blast, which hit the apartment block at 4:30 a.m. on Sunday."))
story("floors", "dispute", ["12", "21"],
 ("Fire in Nairobi tower", "Fire broke out on Thursday in a 12-storey office building in central Nairobi; all workers got out."),
 ("Nairobi office fire", "All workers escaped when fire broke out on Thursday in a 21-storey office tower in central Nairobi."))
story("flight-delay", "dispute", ["7", "17"],
 ("Stranded at Palma", "Passengers on the Ryanair flight from Palma to Dublin were delayed by 7 hours on Friday after a technical fault."),
 ("Palma flight delay", "A technical fault on Friday left passengers on the Ryanair flight from Palma to Dublin facing a 17-hour delay."))
story("jackpot", "dispute", ["2.4", "4.2"],
 ("Lottery winner in Ohio", "A retired teacher from Dayton has claimed a lottery jackpot of 2.4 million dollars, Ohio Lottery said on Monday."),
 ("Dayton teacher wins lottery", "A retired Dayton teacher won the $4.2 million jackpot, Ohio Lottery officials said on Monday."))

# ---- look-alikes: expected to give NO medium/high contradiction (or arithmetic/anachronism) ----
story("two-cities-heat", "clean", [],
 ("Heat record in Seville", "Seville reached 43C on Sunday as the heatwave gripped southern Spain."),
 ("Southern Spain bakes", "Temperatures hit 46C in Cordoba on Sunday, while Seville saw 43C, the weather agency said."))
story("overnight-vs-total", "clean", [],
 ("Wildfire in Evia", "The wildfire on Evia has burned 12,000 hectares since it started on Friday, the fire service said on Monday."),
 ("Evia fire spreads", "The fire on Evia burned another 3,000 hectares overnight, the fire service said on Monday."))
story("nautical-converted", "clean", [],
 ("Yacht rescue off Cornwall", "The yacht was 5 nautical miles (9 km) off the Cornish coast when its mast broke on Saturday."),
 ("Cornwall yacht rescue", "Lifeboat crews reached the yacht about 9 kilometres off the Cornish coast on Saturday after its mast broke."))
story("rate-change-and-level", "clean", [],
 ("Irish jobless rate falls", "Ireland's unemployment rate fell 0.3 points to 4.1 percent in November, official figures showed."),
 ("Ireland unemployment", "The jobless rate in Ireland stood at 4.1% in November, the statistics office said."))
story("vote-told-twice", "clean", [],
 ("Assembly backs housing law", "The assembly passed the housing law by 230 votes to 190 on Wednesday."),
 ("Housing law passed", "On Wednesday 230 deputies voted for the housing law and 190 voted against it."))
story("time-rounded", "clean", [],
 ("Quake shakes Lima", "The earthquake struck at 3:52 a.m. on Thursday, waking residents across Lima."),
 ("Lima quake", "Residents of Lima were jolted awake shortly before 4 a.m. on Thursday by the earthquake."))
story("parts-and-sum", "clean", [],
 ("Lightning deaths in India", "Lightning killed nine people in Bihar and four in Jharkhand on Tuesday, officials said."),
 ("India lightning", "Thirteen people were killed by lightning across Bihar and Jharkhand on Tuesday."))
story("year-earlier", "clean", [],
 ("Airport traffic up", "Porto airport handled 4.1 million passengers in the third quarter, up from 3.6 million a year earlier."),
 ("Porto passenger record", "A record 4.1 million passengers passed through Porto airport in the third quarter, the operator said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-gas-blasts", "apart", [],
 ("Gas explosion in Lyon flats", "A gas explosion damaged an apartment building in Lyon's 8th district on Tuesday; two residents were hurt."),
 ("Lyon building blast", "Two residents were hurt when a gas explosion hit an apartment building in Lyon's 8th district on Tuesday."),
 days=["2026-10-06", "2026-11-03"], kind="story")
story("plane-lost-and-found", "together", [],
 ("Small plane missing over Andes", "Contact was lost with a small plane carrying five people over the Andes near Mendoza on Monday, Argentine officials said."),
 ("Wreckage of missing Andes plane found", "Rescuers found the wreckage of the small plane that went missing near Mendoza with five people aboard; there were no survivors."),
 days=["2026-11-23", "2026-11-25"], kind="story")
story("two-derby-matches", "apart", [],
 ("Ajax beat PSV", "Ajax beat PSV 2-1 in Amsterdam on Sunday in the Eredivisie, with a late goal from their captain."),
 ("PSV beat Ajax", "PSV beat Ajax 3-0 in Eindhoven on Sunday in the Eredivisie, with two goals from their captain."),
 days=["2026-09-20", "2026-11-22"], kind="story")
print(json.dumps(S))
