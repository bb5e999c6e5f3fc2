# Fourteenth probe batch, written by the lead 2026-12-06 14:04-14:06 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-13.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-05", days=None):
    outlets = ["Coast Ledger", "Plains Courier", "Metro Dispatch"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("arrests", "dispute", ["23", "32"],
 ("Police raid in Marseille", "Police arrested 23 people in dawn raids on drug networks in northern Marseille on Thursday, the prefecture said."),
 ("Marseille drug raids", "The prefecture said 32 people were detained on Thursday when police raided drug networks in the north of Marseille."))
story("pilot-age", "dispute", ["58", "85"],
 ("Light plane crash in Queensland", "The pilot, 58, was the only person on board when the light aircraft crashed into a paddock near Toowoomba on Saturday."),
 ("Toowoomba plane crash", "An 85-year-old pilot died when his light plane came down in a paddock near Toowoomba on Saturday, police said."))
story("bridge-span", "dispute", ["340", "430"],
 ("New bridge opens over the Danube", "The new bridge at Braila, which opened on Friday, has a main span of 340 metres, the transport ministry said."),
 ("Braila bridge opening", "The transport ministry said the main span of the bridge that opened at Braila on Friday measures 430 metres."))
story("quote-negation", "dispute", ["not"],
 ("Port strike talks", "Port union leader Samuel Osei said on Tuesday: \"We will not accept the offer on the table.\""),
 ("Tema dockers", "Port union leader Samuel Osei said on Tuesday: \"We will accept the offer on the table.\""), kind="quote")
story("budget-cut", "dispute", ["12", "21"],
 ("University budget cut", "The state cut the university's budget by 12 percent for next year, the rector told staff on Monday."),
 ("Rector warns staff", "The rector told staff on Monday that the state had reduced the university's budget for next year by 21%."))
story("fire-start-day", "dispute", ["Sunday", "Tuesday"],
 ("Peat fire near Tver", "The peat fire that started on Sunday near Tver has covered the city in smoke, officials said on Wednesday."),
 ("Tver smoke", "Officials said on Wednesday that the peat fire burning near Tver since it broke out on Tuesday had covered the city in smoke."))
story("hostages-freed", "dispute", ["nine|9", "19"],
 ("Hostages freed in Sahel", "Nine hostages kidnapped from a mine in northern Burkina Faso were freed on Monday, the army said."),
 ("Burkina mine hostages", "The army said 19 hostages taken from a mine in the north of Burkina Faso were freed on Monday."))
story("speed-limit-car", "dispute", ["160", "260"],
 ("Driver caught speeding on the A7", "A driver was stopped on the A7 motorway near Hamburg on Sunday after police clocked his car at 160 km/h."),
 ("Hamburg speeding", "Police near Hamburg said a car was clocked at 260 km/h on the A7 motorway on Sunday before the driver was stopped."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("rescued-update", "clean", [],
 ("Miners trapped in Shanxi", "Rescuers had brought 11 miners to the surface by Monday evening after a flood in a coal mine in Shanxi province."),
 ("Shanxi mine rescue", "All 27 miners trapped by a flood in a coal mine in Shanxi province had been rescued by Wednesday, state media said."),
 days=["2026-11-30", "2026-12-02"])
story("earlier-strike", "clean", [],
 ("Nurses strike in Auckland", "About 4,000 nurses walked out in Auckland on Thursday. A strike in 2023 involved 36,000 nurses nationwide."),
 ("Auckland nurses walk out", "Some 4,000 nurses in Auckland went on strike on Thursday over pay and staffing, their union said."))
story("women-among", "clean", [],
 ("Bus crash in Nepal", "Twenty-six people died when a bus plunged into a river in central Nepal on Friday, including eight women, police said."),
 ("Nepal bus accident", "Police said 26 people were killed after a bus fell into a river in central Nepal on Friday."))
story("feet-metres", "clean", [],
 ("Sinkhole in Florida", "A sinkhole about 50 feet wide opened in a parking lot in Orlando on Tuesday, swallowing two cars."),
 ("Orlando sinkhole", "A sinkhole roughly 15 metres across swallowed two cars in an Orlando parking lot on Tuesday."))
story("dozens-vs-40", "clean", [],
 ("Protest in Tbilisi", "Dozens of people were detained during a protest outside parliament in Tbilisi on Saturday night."),
 ("Tbilisi detentions", "Police detained 40 people at a protest outside parliament in Tbilisi on Saturday night, the interior ministry said."))
story("half-percent", "clean", [],
 ("Reservoir levels fall", "The reservoirs that supply Barcelona were at half their capacity on Monday, the water agency said."),
 ("Barcelona water", "Barcelona's reservoirs stood at 50% of capacity on Monday, according to the water agency."))
story("two-ages", "clean", [],
 ("Couple rescued at sea", "A 72-year-old man and his 68-year-old wife were rescued from their sinking yacht off Cornwall on Sunday."),
 ("Cornwall yacht rescue", "The lifeboat crew rescued a couple, aged 72 and 68, after their yacht began to sink off Cornwall on Sunday."))
story("injured-vs-hospital", "clean", [],
 ("Gas explosion in Lyon", "Twelve people were injured in a gas explosion in a block of flats in Lyon on Wednesday, three of them seriously."),
 ("Lyon blast", "Three people were taken to hospital in a serious condition after a gas explosion in a Lyon apartment block on Wednesday that injured 12."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-derailments", "apart", [],
 ("Freight train derails in Ohio", "A freight train carrying chemicals derailed near East Liverpool, Ohio, on Tuesday, forcing the evacuation of 40 homes."),
 ("Ohio derailment", "A freight train derailed near East Liverpool, Ohio, on Monday, spilling grain across the tracks; no one was hurt."),
 days=["2024-03-05", "2026-12-07"], kind="story")
story("two-bank-robberies", "apart", [],
 ("Bank robbed in Ghent", "Two armed men robbed a bank branch on Korenmarkt in Ghent on Monday morning and fled on a scooter."),
 ("Ghent bank robbery", "A man with a knife robbed a bank on the Korenmarkt in Ghent on Thursday afternoon and escaped on foot."),
 days=["2026-11-30", "2026-12-03"], kind="story")
story("trial-verdict", "together", [],
 ("Trial opens over Porto fire", "The trial of the owner of a Porto nightclub where a fire killed 14 people opened on Monday."),
 ("Verdict in Porto nightclub fire", "A court in Porto on Thursday convicted the owner of the nightclub where 14 people died in a fire, three days after his trial began."),
 days=["2026-12-01", "2026-12-04"], kind="story")
print(json.dumps(S))
