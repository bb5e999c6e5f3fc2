# Sixth probe batch, written by the lead 2026-12-05 13:35 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-5.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-11-03", days=None):
    outlets = ["Valley Herald", "Coastal Times", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("evacuated", "dispute", ["300", "3,000|3000"],
 ("Wildfire forces evacuations", "About 300 residents of the village of Agios Nikolaos in Crete were evacuated on Sunday as a wildfire spread down the hillside, the fire service said."),
 ("Crete fire: thousands leave homes", "The fire service said about 3,000 residents of Agios Nikolaos in Crete were evacuated on Sunday as a wildfire spread down the hillside."))
story("driver-age", "dispute", ["67", "76"],
 ("Car hits shop front in Ghent", "A 67-year-old driver lost control of his car and crashed into a bakery in Ghent on Tuesday morning, police said. Nobody inside was hurt."),
 ("Ghent bakery crash", "Police in Ghent said a 76-year-old driver lost control of his car on Tuesday morning and drove into the front of a bakery. No one in the shop was injured."))
story("fine-amount", "dispute", ["2 million|2m|2,000,000", "20 million|20m|20,000,000"],
 ("Regulator fines water firm", "The environment regulator fined Severn Water 2 million pounds on Wednesday for pumping sewage into the river Wye."),
 ("Water company penalised", "Severn Water was fined 20 million pounds by the environment regulator on Wednesday over sewage discharges into the river Wye."))
story("match-day", "dispute", ["Saturday", "Sunday"],
 ("Derby moved to new stadium", "The Seville derby will be played at the new La Cartuja stadium on Saturday, the league confirmed."),
 ("Seville derby venue", "The league confirmed the Seville derby will be played at the new La Cartuja stadium on Sunday."))
story("miners-trapped", "dispute", ["nine|9", "eleven|11"],
 ("Miners trapped in Silesia", "Nine miners were trapped underground after a tunnel collapsed at a coal mine in Silesia on Thursday, the mine operator said."),
 ("Silesia mine collapse", "Eleven miners were trapped underground on Thursday when a tunnel collapsed at a Silesian coal mine, the operator said."))
story("quote-hedge", "dispute", ["may|will"],
 ("Airport warns of delays", "\"Flights may be delayed all week,\" airport director Nils Berg told reporters on Monday."),
 ("Airport chief on delays", "\"Flights will be delayed all week,\" airport director Nils Berg told reporters on Monday."), kind="contradiction")
story("victim-age-name", "dispute", ["19", "21"],
 ("Student stabbed in Lyon", "Camille Roux, 19, was stabbed outside a bar in Lyon early on Saturday and is in a stable condition, prosecutors said."),
 ("Lyon stabbing", "Prosecutors said Camille Roux, 21, was stabbed outside a bar in Lyon early on Saturday. She is in a stable condition."))
story("bridge-length", "dispute", ["1.2", "2.1"],
 ("New bridge opens", "A 1.2-kilometre road bridge over the Danube at Braila opened to traffic on Friday, the transport ministry said."),
 ("Danube bridge open", "The transport ministry said the 2.1-kilometre bridge across the Danube at Braila opened to traffic on Friday."))
story("budget-total", "dispute", ["50"],
 ("Festival budget", "The city's festival budget of 50 million crowns covers music (22 million), theatre (14 million) and film (9 million), the council said."), kind="arithmetic")
story("flight-passengers", "dispute", ["148", "184"],
 ("Plane makes emergency landing", "A plane carrying 148 passengers made an emergency landing in Tallinn on Monday after smoke was reported in the cabin, the airline said."),
 ("Smoke forces landing in Tallinn", "The airline said a plane with 184 passengers on board made an emergency landing in Tallinn on Monday after smoke was seen in the cabin."))

# ---- look-alike negatives (no medium/high contradiction, arithmetic or anachronism expected) ----
story("address-blocks", "clean", [],
 ("Two hurt in house fire", "Two people were hurt in a house fire in the 400 block of Maple Avenue in Dayton on Monday night, firefighters said."),
 ("Dayton house fire", "Firefighters said two people were injured when a fire broke out at a house in the 700 block of Maple Avenue in Dayton on Monday night."))
story("shots-vs-wounded", "clean", [],
 ("Shots fired at bar", "Police said six shots were fired outside a bar in Tulsa early on Sunday and one man was wounded."),
 ("Man wounded outside Tulsa bar", "One man was wounded when someone fired several shots outside a Tulsa bar early on Sunday, police said."))
story("update-toll", "clean", [],
 ("Landslide kills four", "Four people were killed in a landslide in the village of Bhim Datta, officials said on Monday.", ),
 ("Landslide toll rises", "The death toll from Monday's landslide in Bhim Datta rose to nine on Wednesday as rescuers recovered more bodies, officials said."),
 days=["2026-11-02", "2026-11-04"])
story("background-toll", "clean", [],
 ("Storm hits coast", "Two people died when a storm hit the coast near Split on Tuesday. In 2019, a similar storm killed 14 people in the same region."),
 ("Split storm deaths", "A storm that struck the coast near Split on Tuesday killed two people, officials said."))
story("different-roles-age", "clean", [],
 ("Teen arrested after crash", "A 17-year-old driver was arrested after a crash in Malmo on Friday that injured a 45-year-old cyclist, police said."),
 ("Malmo crash", "Police in Malmo said a cyclist, 45, was injured on Friday when a car driven by a 17-year-old hit him. The driver was arrested."))
story("same-weekday-two-pubs", "clean", [],
 ("Museum reopens", "The natural history museum in Bergen reopened on Saturday after a two-year renovation, the city said."),
 ("Bergen museum back", "The city said Bergen's natural history museum reopened on Saturday following two years of renovation work."),
 days=["2026-11-02", "2026-11-09"])
story("money-units", "clean", [],
 ("Bank profit", "Nordbank reported a quarterly profit of 1.5 billion kroner on Thursday."),
 ("Nordbank results", "Nordbank said on Thursday its profit for the quarter was 1,500 million kroner."))
story("list-not-sum", "clean", [],
 ("Storm damage", "The storm damaged 40 homes, 12 schools, three bridges and a hospital in the province, the governor said on Monday, adding that 55 roads remained closed."), kind="arithmetic")

print(json.dumps(S))
