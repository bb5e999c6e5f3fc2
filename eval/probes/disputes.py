# Probe stories written 2026-12-04 before any rule was run on them (by the lead, not the helpers).
# Each: two articles about one invented event; expect "dispute" (a medium/high contradiction whose
# evidence holds both values) or "none" (no medium/high contradiction).
import json
S = []
def story(name, expect, values, a, b, day="2026-03-10"):
    S.append({"name": name, "expect": expect, "values": values, "articles": [
        {"id": f"{name}-a", "title": a[0], "text": a[1], "publishedAt": day, "outlet": "Daily Ledger"},
        {"id": f"{name}-b", "title": b[0], "text": b[1], "publishedAt": day, "outlet": "Evening Courier"}]})

story("ferry-deaths", "dispute", ["14", "9|nine"],
 ("Ferry capsizes on Lake Kivu", "A passenger ferry capsized on Lake Kivu near Goma on Monday, killing 14 people, the provincial governor said. The boat was carrying traders to the Bukavu market. Rescuers pulled 40 survivors from the water. The governor blamed overloading."),
 ("Lake Kivu ferry disaster", "Nine people died when a passenger ferry capsized on Lake Kivu near Goma on Monday, the provincial governor said. The vessel was taking traders to the market in Bukavu. Forty survivors were rescued. Officials said the boat was overloaded."))
story("climber-age", "dispute", ["34", "43"],
 ("Climber rescued on Mont Blanc", "A 34-year-old climber from Lyon, Julien Marchand, was rescued on Mont Blanc on Saturday after spending two nights in a snow hole near the Goûter hut. Helicopter crews reached him at dawn. He suffered frostbite to both hands."),
 ("Frostbitten climber saved", "Julien Marchand, 43, a climber from Lyon, was rescued on Mont Blanc on Saturday after two nights in a snow hole close to the Goûter hut. A helicopter crew reached him at dawn; he has frostbite to both hands."))
story("strike-town", "dispute", ["Dundee", "Perth"],
 ("Arrest after Aberdeen depot fire", "Police arrested a 29-year-old man from Dundee on Tuesday after a fire destroyed a bus depot in Aberdeen overnight. Forty buses were burnt. Police Scotland said the man was being questioned on suspicion of wilful fire-raising."),
 ("Man held over Aberdeen bus depot blaze", "A 29-year-old man from Perth was arrested on Tuesday after a blaze destroyed a bus depot in Aberdeen overnight. Police Scotland said forty buses were burnt and the man was being questioned on suspicion of wilful fire-raising."))
story("quake-magnitude", "dispute", ["6.1", "5.2"],
 ("Earthquake shakes Crete", "A magnitude 6.1 earthquake struck off the southern coast of Crete on Wednesday morning, the Athens Geodynamic Institute said. Buildings swayed in Heraklion and schools were evacuated. No injuries were reported."),
 ("Quake off Crete", "A magnitude 5.2 earthquake hit off Crete's southern coast on Wednesday morning, according to the Athens Geodynamic Institute. Schools in Heraklion were evacuated as buildings swayed. There were no reports of injuries."))
story("factory-jobs", "dispute", ["600", "1,600"],
 ("Tyre plant to close in Lodz", "The tyre maker Vendra will close its factory in Lodz by December, cutting 600 jobs, the company said on Thursday. Production will move to Hungary. Unions called the decision a betrayal."),
 ("Vendra shuts Lodz factory", "Vendra said on Thursday it will shut its tyre factory in Lodz by December with the loss of 1,600 jobs. Output will move to Hungary, and unions called the move a betrayal."))
story("heist-value", "dispute", ["$2 million", "$20 million"],
 ("Jewels stolen in Antwerp raid", "Thieves stole diamonds worth $2 million from a dealer's vault in Antwerp on Friday night, police said. The gang entered through a neighbouring building. Nobody was hurt and no arrests have been made."),
 ("Antwerp diamond vault raided", "Diamonds worth $20 million were taken from a dealer's vault in Antwerp on Friday night, police said. The thieves got in through the building next door. No one was injured and no one has been arrested."))
story("flood-evacuated", "dispute", ["3,000", "300"],
 ("Floods force evacuations in Bihac", "About 3,000 people were evacuated from their homes in Bihac on Sunday as the Una river burst its banks, the mayor said. Army trucks carried residents to schools on higher ground. Rain is expected to continue until Tuesday."),
 ("Una river floods Bihac", "Some 300 residents were evacuated in Bihac on Sunday after the Una river burst its banks, the mayor said. Residents were taken by army trucks to schools on higher ground, and more rain is forecast until Tuesday."))
story("verdict-years", "dispute", ["12 years", "7 years"],
 ("Former mayor jailed for bribery", "A court in Palermo sentenced the former mayor of Bagheria, Salvo Greco, to 12 years in prison on Monday for taking bribes from construction firms. His lawyer said he would appeal."),
 ("Ex-mayor of Bagheria sentenced", "Salvo Greco, the former mayor of Bagheria, was sentenced to 7 years in prison by a Palermo court on Monday for accepting bribes from construction companies. His lawyer said he would appeal."))

# Look-alike negatives: no real disagreement.
story("update-toll", "none", [],
 ("Mine collapse in Potosí traps workers", "Five miners were killed and others were missing after a tunnel collapsed in a silver mine near Potosí on Monday morning, the regional police said. Rescue teams were digging through rubble. By Monday evening, the toll had risen to eight, police said."),
 ("Potosí mine collapse", "A tunnel collapse in a silver mine near Potosí on Monday killed eight miners, regional police said on Monday evening, after rescuers worked through the day. An earlier toll had put the dead at five."))
story("units", "none", [],
 ("Wave hits Nazaré surfer", "A surfer was injured at Nazaré on Saturday when a wave of about 20 metres broke over him, lifeguards said. He was taken to hospital in Leiria with a broken leg."),
 ("Nazaré giant wave injures surfer", "A surfer broke his leg at Nazaré on Saturday after a wave of roughly 65 feet crashed over him, lifeguards said. He was taken to hospital in Leiria."))
story("words-digits", "none", [],
 ("Bus crash near Arequipa", "Twenty-three passengers were injured when a bus left the road near Arequipa on Tuesday night, the transport ministry said. The driver was detained. The bus was travelling to Cusco."),
 ("Arequipa bus accident", "A bus travelling to Cusco left the road near Arequipa on Tuesday night, injuring 23 passengers, the transport ministry said. The driver has been detained."))
story("background", "none", [],
 ("Landslide buries road in Sikkim", "A landslide buried a stretch of highway near Gangtok on Thursday, killing three people in a car, officials said. In 2019, a landslide on the same highway killed 17 people. Army engineers were clearing the road."),
 ("Three die in Sikkim landslide", "Three people in a car were killed when a landslide buried part of the highway near Gangtok on Thursday, officials said. Army engineers began clearing the road. The area is prone to slides during the monsoon."))
story("subgroup", "none", [],
 ("Storm leaves thousands without power in Brittany", "Storm Ilse cut power to 120,000 homes across Brittany on Wednesday, the grid operator said. In Brest alone, 30,000 homes were without electricity. Winds reached 150 km/h on the coast."),
 ("Storm Ilse batters Brittany", "Winds of up to 150 km/h hit the Brittany coast on Wednesday as Storm Ilse cut electricity to 120,000 homes, the grid operator said. Brest was among the worst-hit towns, with 30,000 homes in the dark."))
story("killed-injured", "none", [],
 ("Gas blast in Lviv apartment block", "A gas explosion in an apartment block in Lviv killed two people and injured 11 on Friday, emergency services said. Firefighters evacuated 60 residents."),
 ("Lviv explosion", "Two people died and 11 were hurt in a gas explosion at an apartment block in Lviv on Friday, emergency services said. Sixty residents were evacuated by firefighters."))
story("approx", "none", [],
 ("Wildfire near Valparaíso", "A wildfire has burnt about 1,200 hectares of forest near Valparaíso since Saturday, Chile's forestry agency said. Around 200 firefighters were at the scene."),
 ("Valparaíso forest fire", "Nearly 1,200 hectares of forest have burnt near Valparaíso since Saturday, the forestry agency said, as more than 200 firefighters battled the flames."))
story("two-people-ages", "none", [],
 ("Two hikers missing in Tatras", "Rescuers are searching for two hikers missing in the Tatra mountains since Sunday: Marek Nowak, 31, and his father Jan Nowak, 58, from Kraków. Fog has hampered the search."),
 ("Search for Tatra hikers", "Fog hampered the search on Monday for Jan Nowak, 58, and his son Marek, 31, from Kraków, who have been missing in the Tatra mountains since Sunday, mountain rescuers said."))

print(json.dumps(S))
