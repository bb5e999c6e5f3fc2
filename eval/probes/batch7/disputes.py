# Seventh probe batch, written by the lead 2026-12-05 16:45 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-6.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-10-14", days=None):
    outlets = ["Harbour Post", "Inland Courier", "Metro Desk"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("bridge-fall", "dispute", ["12|twelve", "30|thirty"],
 ("Climber survives fall in Dolomites", "A German climber survived a fall of 12 metres on the Sella towers in the Dolomites on Saturday, mountain rescuers said. He was flown to hospital in Bolzano."),
 ("Dolomites rescue", "Mountain rescuers said a German climber fell 30 metres on the Sella towers on Saturday and survived. A helicopter took him to hospital in Bolzano."))
story("ferry-passengers", "dispute", ["214", "412"],
 ("Ferry runs aground off Lesbos", "A passenger ferry carrying 214 people ran aground off the island of Lesbos on Wednesday night, the coastguard said. All passengers were taken off safely."),
 ("Lesbos ferry aground", "The coastguard said a ferry with 412 people on board ran aground off Lesbos late on Wednesday. Everyone was brought ashore safely."))
story("teacher-age", "dispute", ["44", "45"],
 ("Teacher honoured for rescue", "Hannah Lindqvist, 44, a maths teacher in Umea, pulled two children from an icy lake on Monday, police said."),
 ("Umea teacher saves children", "Police said Hannah Lindqvist, 45, who teaches maths in Umea, rescued two children who had fallen through the ice of a lake on Monday."))
story("hometown", "dispute", ["Tarragona", "Girona"],
 ("Arrest after museum theft", "Police arrested a 31-year-old man from Tarragona on Friday over the theft of two paintings from a museum in Valencia."),
 ("Valencia museum thief held", "A 31-year-old man from Girona was arrested on Friday in connection with the theft of two paintings from a Valencia museum, police said."))
story("flood-dead", "dispute", ["6|six", "16|sixteen"],
 ("Floods hit northern Portugal", "Six people died when flash floods swept through villages near Braga on Tuesday, the civil protection agency said."),
 ("Braga flash floods", "The civil protection agency said 16 people were killed by flash floods in villages near Braga on Tuesday."))
story("budget-share", "dispute", ["40|forty", "14|fourteen"],
 ("Council cuts library budget", "Leeds city council will cut its library budget by 40 per cent next year, the council leader said on Thursday."),
 ("Leeds libraries face cuts", "The council leader said on Thursday that Leeds will reduce spending on libraries by 14 per cent next year."))
story("quote-negation", "dispute", ["will|will not|won't"],
 ("Coach on his future", "\"I will stay at the club next season,\" head coach Pieter Vos told a news conference on Sunday."),
 ("Vos rules on future", "\"I will not stay at the club next season,\" head coach Pieter Vos told a news conference on Sunday."), kind="contradiction")
story("no-casualties", "dispute", ["", ""],
 ("Blast at chemical plant", "Three workers were injured in an explosion at a chemical plant outside Antwerp on Monday, the regional governor said."),
 ("Antwerp plant explosion", "An explosion at a chemical plant outside Antwerp on Monday caused no injuries, the plant's operator said."))

# ---- look-alike negatives (no medium/high contradiction, arithmetic or anachronism expected) ----
story("units-height", "clean", [],
 ("Crane collapses in Rotterdam", "A crane about 150ft tall collapsed onto a building site in Rotterdam on Thursday, the fire brigade said. No one was hurt."),
 ("Rotterdam crane falls", "The fire brigade said a crane of about 45m collapsed onto a building site in Rotterdam on Thursday. Nobody was injured."))
story("words-digits", "clean", [],
 ("Hospital opens new wing", "The hospital in Tampere opened a new wing with one hundred and twenty beds on Monday, the health authority said."),
 ("Tampere hospital expands", "A new 120-bed wing opened at the Tampere hospital on Monday, according to the health authority."))
story("toll-update", "clean", [],
 ("Landslide in Nepal", "At least 9 people died in a landslide in Nepal's Gorkha district on Sunday, police said on Sunday evening."),
 ("Nepal landslide toll rises", "The death toll from Sunday's landslide in Gorkha district rose to 14 on Tuesday after rescuers found five more bodies, police said."),
 days=["2026-10-11", "2026-10-13"])
story("background-toll", "clean", [],
 ("Earthquake shakes Izmir", "A magnitude 5.1 earthquake shook Izmir on Friday, damaging several old buildings but causing no deaths, officials said. In 2020 a quake in the same region killed 117 people."),
 ("Izmir tremor", "Officials said nobody died when a 5.1 magnitude quake struck Izmir on Friday and damaged a few old buildings. The region's 2020 earthquake left 117 dead."))
story("subgroup-total", "clean", [],
 ("Storm leaves homes without power", "Storm Ingrid cut power to 80,000 homes across Brittany on Wednesday, the grid operator said, including 12,000 in the Finistere department."),
 ("Brittany blackout", "About 12,000 homes in Finistere were among those left without electricity when Storm Ingrid hit Brittany on Wednesday, the grid operator said."))
story("killed-injured", "clean", [],
 ("Bus crash in Andes", "Four passengers were killed and 23 injured when a bus left the road in the Andes near Cusco on Saturday, police said."),
 ("Cusco bus accident", "Police said 23 people were hurt and four died when a bus plunged off a mountain road near Cusco on Saturday."))
story("list-not-sum", "clean", [],
 ("Hurricane damage tallied", "Officials in Barbados counted 340 damaged homes, 12 schools, 4 bridges and 2 hospitals after Hurricane Tomas on Monday, out of 358 public buildings inspected."),
 ("Barbados counts damage", "After Hurricane Tomas, officials said on Monday that 340 homes, 12 schools, four bridges and two hospitals had been damaged."))
story("accent-spelling", "clean", [],
 ("Fire at Malmö harbour", "A warehouse fire broke out at Malmö harbour on Tuesday night and 60 firefighters tackled the blaze, the rescue service said."),
 ("Malmo warehouse blaze", "Sixty firefighters were sent to a warehouse fire at Malmo harbour on Tuesday night, the rescue service said."))
print(json.dumps(S))
