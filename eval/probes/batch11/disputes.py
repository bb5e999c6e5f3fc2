# Eleventh probe batch, written by the lead 2026-12-06 03:55-04:05 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-10.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-02", days=None):
    outlets = ["Harbour Post", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("victim-age", "dispute", ["34", "35"],
 ("Cyclist killed in Ghent", "A 34-year-old cyclist was killed on Tuesday morning when a lorry turned into a bike lane in Ghent, police said."),
 ("Ghent cyclist death", "Police said the cyclist who died after being hit by a turning lorry in Ghent on Tuesday morning was 35."))
story("wounded", "dispute", ["9|nine", "23|twenty-three"],
 ("Market attack in Kano", "An explosion at a crowded market in Kano on Friday wounded nine people, the state police commissioner said."),
 ("Kano market blast", "The state police commissioner said 23 people were wounded when an explosive device went off at a Kano market on Friday."))
story("ransom", "dispute", ["2 million|2m", "20 million|20m"],
 ("Hackers demand ransom from hospital", "Hackers who locked the computer systems of a hospital in Brno demanded a ransom of $2 million, the hospital's director said on Monday."),
 ("Brno hospital cyberattack", "The director of the Brno hospital said on Monday that the attackers wanted $20 million to unlock its systems."))
story("fall-height", "dispute", ["30", "8|eight"],
 ("Window cleaner survives fall", "A window cleaner survived a fall of 30 metres from an office block in Rotterdam on Wednesday, the fire brigade said."),
 ("Rotterdam window cleaner", "The fire brigade said the window cleaner fell eight metres from a platform on the Rotterdam office block on Wednesday and was conscious when found."))
story("deaths-words", "dispute", ["seventeen|17", "27|twenty-seven"],
 ("Ferry capsizes on Lake Kivu", "Seventeen people died when an overloaded ferry capsized on Lake Kivu on Sunday, provincial officials said."),
 ("Lake Kivu ferry disaster", "Provincial officials said 27 people died after the overloaded ferry capsized on Lake Kivu on Sunday."))
story("sales-drop", "dispute", ["8|eight", "18|eighteen"],
 ("Car sales slump in Spain", "New car sales in Spain dropped 8 percent in November compared with a year earlier, the manufacturers' association said."),
 ("Spanish car market", "The manufacturers' association said new car sales in Spain fell by 18% in November from a year earlier."))
story("quote-hedge", "dispute", ["may|will"],
 ("Plant may close", "\"The plant may close next spring if orders do not recover,\" chief executive Irene Castell told workers in Tarragona on Thursday."),
 ("Tarragona plant", "Chief executive Irene Castell told workers in Tarragona on Thursday: \"The plant will close next spring if orders do not recover.\""), kind="contradiction")
story("missing-count", "dispute", ["6|six", "14|fourteen"],
 ("Climbers missing after avalanche", "Six climbers are missing after an avalanche swept across a route on Mont Blanc on Saturday, the gendarmerie said."),
 ("Mont Blanc avalanche", "The gendarmerie said 14 climbers were missing after Saturday's avalanche on a Mont Blanc route."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("toll-update", "clean", [],
 ("Landslide in Kerala", "At least five people were killed when a landslide buried homes in a village in Kerala on Monday night, district officials said."),
 ("Kerala landslide toll rises", "The death toll from Monday night's landslide in a Kerala village rose to nine on Wednesday after rescuers dug out four more bodies, district officials said."),
 days=["2026-12-01", "2026-12-03"])
story("feet-metres", "clean", [],
 ("Big wave at Nazaré", "A surfer rode a wave of about 30 feet at Nazaré on Sunday, the competition organisers said."),
 ("Nazaré surf contest", "The organisers said the biggest wave ridden at Nazaré on Sunday was roughly nine metres high."))
story("subgroup", "clean", [],
 ("Boat rescue off Lampedusa", "The Italian coast guard rescued 40 migrants from a sinking boat off Lampedusa on Thursday."),
 ("Lampedusa rescue", "Twelve children were among the migrants the coast guard pulled from a sinking boat off Lampedusa on Thursday."))
story("background-quake", "clean", [],
 ("Quake shakes Japan coast", "A magnitude 6.1 earthquake shook the coast of Miyagi on Tuesday, injuring four people, the fire agency said."),
 ("Miyagi earthquake", "The fire agency said four people were hurt in Tuesday's quake off Miyagi, a region still rebuilding after the 2011 disaster that killed more than 15,000 people."))
story("killed-injured", "clean", [],
 ("Gas explosion in Kraków", "Three people were killed in a gas explosion in an apartment block in Kraków on Saturday, firefighters said."),
 ("Kraków blast", "Firefighters said 17 people were injured by the gas explosion that tore through a Kraków apartment block on Saturday."))
story("approximate", "clean", [],
 ("Volunteers clean beach", "Nearly 100 volunteers cleared plastic from a beach near Durban on Saturday, the organisers said."),
 ("Durban beach clean-up", "The organisers said 98 volunteers turned out to clear plastic from the beach near Durban on Saturday."))
story("fraction-percent", "clean", [],
 ("Survey on commuting", "One in five commuters in Dublin now cycles to work at least once a week, a city council survey published on Tuesday found."),
 ("Dublin cycling survey", "A city council survey published on Tuesday found that 20 percent of Dublin commuters cycle to work at least once a week."))
story("two-prices", "clean", [],
 ("Opera tickets on sale", "Single tickets for the new season at the Vienna opera house start at €45, the box office said on Monday."),
 ("Vienna opera season", "The box office said on Monday that a season ticket for the Vienna opera house costs €400 this year."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-robberies", "apart", [],
 ("Jeweller robbed in Antwerp", "Two armed men robbed a jewellery shop on Pelikaanstraat in Antwerp on Tuesday afternoon and fled on a scooter, police said."),
 ("Antwerp jewellery raid", "Three masked men smashed the windows of a jewellery shop on Pelikaanstraat in Antwerp on Saturday night and escaped in a car, police said."),
 days=["2026-03-10", "2026-11-28"], kind="story")
story("two-quakes", "apart", [],
 ("Earthquake in Van province", "A magnitude 5.4 earthquake struck Van province in eastern Turkey on Wednesday, damaging 120 houses, the disaster agency AFAD said."),
 ("Van quake", "A magnitude 5.9 earthquake hit Van province on Monday, killing two people and damaging dozens of buildings, AFAD said."),
 days=["2023-06-14", "2026-11-30"], kind="story")
story("shooting-followup", "together", [],
 ("Two shot outside Toledo bar", "Two men were shot outside a bar on Monroe Street in Toledo early on Sunday, police said; both were taken to hospital."),
 ("Arrest in Monroe Street shooting", "Toledo police on Wednesday arrested a 22-year-old man in connection with Sunday's shooting outside a Monroe Street bar that wounded two men."),
 days=["2026-11-29", "2026-12-02"], kind="story")
print(json.dumps(S))
