# Thirteenth probe batch, written by the lead 2026-12-06 09:40-09:42 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-12.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-04", days=None):
    outlets = ["Harbour Post", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("wave-height", "dispute", ["8", "18"],
 ("Tsunami hits Vanuatu coast", "A wave of about 8 metres struck the coast of Efate island on Tuesday after an offshore earthquake, the national disaster office said."),
 ("Efate tsunami", "The national disaster office said a tsunami wave reaching 18 metres hit Efate island on Tuesday following an earthquake offshore."))
story("climber-age", "dispute", ["41", "47"],
 ("Climber dies on Mont Blanc", "A 41-year-old climber from Lyon died after falling into a crevasse on Mont Blanc on Sunday, mountain rescuers said."),
 ("Mont Blanc fall", "Mountain rescuers said the climber who died in a crevasse on Mont Blanc on Sunday was a man from Lyon, aged 47."))
story("no-injuries", "dispute", ["no one|nobody", "four|4"],
 ("Tram derails in Lisbon", "A tram derailed on a steep street in Lisbon on Friday evening. No one was injured, the operator said."),
 ("Lisbon tram accident", "Four people were injured when a tram came off the rails on a steep street in Lisbon on Friday evening, the operator said."))
story("stadium-cost", "dispute", ["450", "45"],
 ("New stadium approved in Porto Alegre", "The city council in Porto Alegre approved a new football stadium on Wednesday that will cost 450 million reais, the mayor's office said."),
 ("Porto Alegre stadium vote", "The mayor's office said the stadium approved by the council on Wednesday would cost 45 million reais."))
story("ferry-aboard", "dispute", ["120", "210"],
 ("Ferry runs aground off Crete", "A ferry carrying 120 passengers ran aground off the port of Chania on Saturday; all were taken off safely, the coast guard said."),
 ("Chania ferry grounding", "The coast guard said all 210 passengers aboard the ferry that ran aground off Chania on Saturday had been brought ashore."))
story("jobless-rate", "dispute", ["5.4", "4.5"],
 ("Unemployment in Estonia", "Estonia's unemployment rate rose to 5.4 percent in the third quarter, the statistics office said on Thursday."),
 ("Estonian jobs data", "The statistics office said on Thursday that unemployment in Estonia climbed to 4.5% in the third quarter."))
story("quote-hedge", "dispute", ["probably"],
 ("Dam holds for now", "\"The dam will probably hold through the weekend,\" regional engineer Pavel Dvorak said on Friday."),
 ("Dam on the Vltava", "Regional engineer Pavel Dvorak said on Friday: \"The dam will hold through the weekend.\""), kind="contradiction")
story("trucks-seized", "dispute", ["14|fourteen", "40|forty"],
 ("Customs seize trucks at border", "Customs officers seized 14 trucks loaded with smuggled cigarettes at the Medyka border crossing on Monday."),
 ("Medyka smuggling bust", "Forty trucks carrying smuggled cigarettes were seized by customs officers at the Medyka crossing on Monday, officials said."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("toll-update", "clean", [],
 ("Landslide in Kerala", "Nine people were killed when a landslide buried houses in Wayanad on Saturday, officials said."),
 ("Wayanad landslide toll rises", "The death toll from Saturday's landslide in Wayanad rose to 14 on Monday as rescuers found more bodies, officials said."),
 days=["2026-11-28", "2026-11-30"])
story("background-flood", "clean", [],
 ("Floods in Valencia region", "Five people died in flash floods in the Valencia region on Thursday, emergency services said."),
 ("Valencia flash floods", "Thursday's flash floods in the Valencia region killed five people. Floods in the same area in 2019 killed 30."))
story("children-of-dead", "clean", [],
 ("School bus crash in Punjab", "Forty people died when a bus and a lorry collided near Ludhiana on Tuesday, police said."),
 ("Ludhiana collision", "Twelve children were among the dead after a bus and a lorry collided near Ludhiana on Tuesday, police said."))
story("acres-hectares", "clean", [],
 ("Wildfire near Perth", "The bushfire east of Perth had burned through 5,000 acres of farmland by Wednesday night, firefighters said."),
 ("Perth bushfire", "Firefighters said the fire east of Perth had burned about 2,000 hectares of farmland by Wednesday night."))
story("number-words", "clean", [],
 ("Choir tour cancelled", "A hundred and twenty singers from the Tallinn boys' choir had their tour cancelled on Monday after the airline went bust."),
 ("Tallinn choir stranded", "The airline's collapse on Monday cancelled the tour of 120 singers from the Tallinn boys' choir."))
story("dead-missing", "clean", [],
 ("Boat capsizes on Lake Victoria", "Eight people drowned when an overloaded boat capsized on Lake Victoria on Sunday, police said."),
 ("Lake Victoria capsizing", "Police said 15 people were still missing after an overloaded boat capsized on Lake Victoria on Sunday."))
story("nearly-two-million", "clean", [],
 ("Visitors to the Acropolis", "The Acropolis museum received 1.96 million visitors this year, the culture ministry said."),
 ("Acropolis museum record", "Nearly 2 million people visited the Acropolis museum this year, the culture ministry said."))
story("inventory", "clean", [],
 ("Tornado in Moravia", "The tornado damaged 40 homes, two churches and a school in the villages south of Brno on Thursday."),
 ("Moravian tornado", "Forty homes were damaged when a tornado struck villages south of Brno on Thursday, the regional governor said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-avalanches", "apart", [],
 ("Avalanche at Val Thorens", "An avalanche swept across a ski run at Val Thorens on Tuesday, burying three skiers, two of whom were rescued alive."),
 ("Val Thorens avalanche", "An avalanche hit an off-piste slope at Val Thorens on Saturday, killing a snowboarder, the mountain police said."),
 days=["2023-02-14", "2026-12-05"], kind="story")
story("two-groundings", "apart", [],
 ("Cargo ship aground in the Bosphorus", "A cargo ship carrying grain ran aground in the Bosphorus on Monday, halting traffic in the strait for six hours."),
 ("Tanker grounds in Bosphorus", "A tanker ran aground in the Bosphorus on Thursday after its rudder failed, and traffic in the strait was suspended."),
 days=["2026-11-30", "2026-12-03"], kind="story")
story("quake-aftershock", "together", [],
 ("Strong earthquake shakes Sumatra", "A magnitude 6.4 earthquake struck off the west coast of Sumatra on Wednesday, damaging houses in Padang, the geophysics agency said."),
 ("Aftershock rattles Padang", "A strong aftershock hit Padang on Friday, two days after Wednesday's magnitude 6.4 earthquake off Sumatra damaged houses in the city."),
 days=["2026-12-02", "2026-12-04"], kind="story")
print(json.dumps(S))
