# Twenty-first probe batch, written by the lead 2026-12-07 10:22-10:30 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-20.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("reservoir-level", "dispute", ["23", "32"],
 ("Drought grips Catalonia", "The Sau reservoir north of Barcelona is at 23 percent of its capacity, the regional water agency said on Monday."),
 ("Catalan reservoirs low", "The Sau reservoir is only 32% full, the Catalan water agency said on Monday, as the drought entered its third year."))
story("cash-heist", "dispute", ["2.3", "3.2"],
 ("Cash van robbed in Johannesburg", "Armed robbers took 2.3 million rand from a cash-in-transit van on the N1 highway near Johannesburg on Friday."),
 ("N1 cash heist", "A gang escaped with R3.2 million after ambushing a cash-in-transit van on the N1 near Johannesburg on Friday, police said."))
story("rainfall", "dispute", ["180", "380"],
 ("Floods in Kerala", "Up to 180 mm of rain fell in 24 hours in Idukki district, triggering landslides, the weather office said on Wednesday."),
 ("Kerala deluge", "The storm dumped 380 millimetres of rain on Idukki district in a single day, the weather office said on Wednesday."))
story("boy-found-distance", "dispute", ["3", "13"],
 ("Missing boy found alive", "A four-year-old boy missing for two days in the Queensland outback was found alive on Thursday 3 kilometres from his home."),
 ("Outback boy rescued", "Rescuers on Thursday found the four-year-old, who had wandered off on Tuesday, 13 km from the family's homestead in outback Queensland."))
story("sentence-months", "dispute", ["18 months", "two and a half years"],
 ("Former mayor jailed", "A court in Bucharest sentenced the former mayor of Sector 4 to 18 months in prison for bribery on Tuesday."),
 ("Ex-mayor sentenced", "The former Sector 4 mayor was jailed for two and a half years on Tuesday after a Bucharest court found him guilty of taking bribes."))
story("flights-cancelled", "dispute", ["800", "1,300"],
 ("Lufthansa strike grounds flights", "Lufthansa cancelled 800 flights on Wednesday as ground staff walked out at Frankfurt and Munich."),
 ("Strike hits Lufthansa", "More than 1,300 Lufthansa flights were cancelled on Wednesday because of the ground staff strike at Frankfurt and Munich."))
story("auction-price", "dispute", ["12.4", "21.4"],
 ("Klimt portrait sold", "A Gustav Klimt portrait sold for $12.4 million at Sotheby's in New York on Thursday evening."),
 ("Klimt sets price", "The Klimt portrait fetched $21.4 million at Sotheby's in New York on Thursday, the auction house said."))
story("dam-height", "dispute", ["96", "69"],
 ("Cracks found in Albanian dam", "Engineers found cracks in the 96-metre Fierza dam on the Drin river, Albania's energy ministry said on Saturday."),
 ("Fierza dam inspection", "The Fierza dam, which stands 69 metres tall, was found to have cracks, the energy ministry said on Saturday."))

# ---- look-alikes: expected to give no medium/high contradiction ----
story("missing-update", "clean", [],
 ("Flash flood in Sumatra", "Forty people were missing on Monday after a flash flood swept through three villages in West Sumatra.", ),
 ("Sumatra flood survivors found", "Rescuers found 12 of the missing alive on Tuesday; 28 people remain unaccounted for after the flash flood in West Sumatra."),
 days=["2026-12-07", "2026-12-08"])
story("wind-and-speed", "clean", [],
 ("Cyclone nears Mozambique", "Cyclone Dara's winds reached 150 km/h as it approached the coast of Mozambique on Friday."),
 ("Mozambique braces", "Cyclone Dara was moving at 25 km/h towards the Mozambican coast on Friday, forecasters said."))
story("fans-in-words", "clean", [],
 ("Derby sold out", "Forty-five thousand fans packed the Maracana on Sunday for the Rio derby."),
 ("Rio derby", "A crowd of 45,000 watched Flamengo play Fluminense at the Maracana on Sunday."))
story("three-in-four", "clean", [],
 ("Swiss back rail tunnel", "Three in four Swiss voters backed the new Alpine rail tunnel in Sunday's referendum."),
 ("Swiss referendum", "Swiss voters approved the Alpine rail tunnel on Sunday, with 75% voting yes."))
story("night-shift", "clean", [],
 ("Factory fire in Lodz", "The factory in Lodz employs 1,200 people, 300 of them on the night shift, when the fire broke out on Tuesday."),
 ("Lodz factory blaze", "All 1,200 workers at the Lodz factory were sent home on Tuesday after the fire."))
story("ticket-and-total", "clean", [],
 ("Benefit concert for flood victims", "Tickets cost 60 euros, and the benefit concert in Ljubljana raised 1.2 million euros for flood victims."),
 ("Ljubljana concert", "The benefit concert in Ljubljana on Saturday raised 1.2 million euros for victims of the floods."))
story("landing-time-zones", "clean", [],
 ("Hijacked plane lands", "The hijacked plane landed in Larnaca at 9:15 p.m. local time (1915 GMT) on Friday."),
 ("Larnaca landing", "The plane touched down in Larnaca at 21:15 on Friday, Cypriot officials said."))
story("flood-background", "clean", [],
 ("Deadly floods in Slovenia", "Nine people died in the floods in Slovenia this week. It was the worst flooding since 2013, when 24 people died."),
 ("Slovenia floods", "The floods in Slovenia have killed nine people this week, the government said on Friday."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-bus-crashes", "apart", [],
 ("Bus plunges off Andean road", "A bus plunged into a ravine on the Central Highway near Matucana, Peru, on Saturday, killing 11 passengers."),
 ("Peru bus crash", "Eleven passengers died when a bus fell into a ravine on the Central Highway near Matucana on Saturday, police said."),
 days=["2026-10-10", "2026-11-14"], kind="story")
story("ship-aground-refloated", "together", [],
 ("Container ship runs aground in Elbe", "The container ship Nordic Star ran aground in the Elbe near Hamburg on Monday, blocking traffic to the port."),
 ("Nordic Star refloated", "Tugs refloated the Nordic Star on Friday, four days after the container ship ran aground in the Elbe near Hamburg."),
 days=["2026-11-23", "2026-11-27"], kind="story")
story("two-hospital-hacks", "apart", [],
 ("Cyberattack on Lyon hospital", "A ransomware attack shut down computer systems at the Edouard Herriot hospital in Lyon on Tuesday."),
 ("Second Lyon hospital hacked", "Hackers crippled computer systems at the Croix-Rousse hospital in Lyon on Thursday, two days after a similar attack on another hospital in the city."),
 kind="story")
print(json.dumps(S))
