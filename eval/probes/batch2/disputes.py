# Second sealed probe batch, written by the lead 2026-12-04 ~19:20 UTC before any rule ran on it.
import json
S = []
def story(name, expect, values, a, b, day="2026-05-12", day2=None):
    S.append({"name": name, "expect": expect, "values": values, "articles": [
        {"id": f"{name}-a", "title": a[0], "text": a[1], "publishedAt": day, "outlet": "Northern Herald"},
        {"id": f"{name}-b", "title": b[0], "text": b[1], "publishedAt": day2 or day, "outlet": "Coastal Times"}]})

story("victim-age", "dispute", ["67", "68"],
 ("Pensioner killed in Porto tram crash", "Maria Santos, 67, was killed on Tuesday when a tram derailed on the Rua de Cedofeita in Porto, police said. Eleven other passengers were taken to hospital. The cause of the derailment is under investigation."),
 ("Tram derails in Porto", "A 68-year-old woman, Maria Santos, died on Tuesday after a tram left the rails on Rua de Cedofeita in Porto, according to police. Eleven passengers were hospitalised, and investigators are examining the cause."))
story("hometown", "dispute", ["Leeds", "Bradford"],
 ("Teenager charged over stadium stabbing", "A 17-year-old boy from Leeds has been charged with attempted murder after a fan was stabbed outside Elland Road on Saturday, West Yorkshire Police said. He will appear before magistrates on Monday."),
 ("Boy charged after Elland Road stabbing", "West Yorkshire Police said a 17-year-old boy from Bradford had been charged with attempted murder following the stabbing of a fan outside Elland Road on Saturday. He is due before magistrates on Monday."))
story("grant-money", "dispute", ["4.5 million", "45 million"],
 ("EU funds new port crane terminal", "The European Commission has approved a grant of €4.5 million to build a new container terminal at the port of Klaipeda, the port authority said on Wednesday. Construction is due to start next spring."),
 ("Klaipeda terminal wins EU money", "Klaipeda's port authority said on Wednesday that the European Commission had approved €45 million in funding for a new container terminal. Work is expected to begin next spring."))
story("jail-term", "dispute", ["nine years|9 years", "six years|6 years"],
 ("Fraudster jailed over pension scheme", "A financial adviser who stole savings from 200 pensioners was jailed for nine years at Cardiff Crown Court on Friday. Gareth Pryce, 52, admitted fraud by abuse of position."),
 ("Adviser who fleeced pensioners sentenced", "Gareth Pryce, 52, a financial adviser who took the savings of 200 pensioners, was jailed for six years at Cardiff Crown Court on Friday after admitting fraud by abuse of position."))
story("injured-none", "dispute", ["two people|2 people", "no one|nobody"],
 ("Gas blast wrecks bakery in Ghent", "A gas explosion destroyed a bakery in the centre of Ghent early on Thursday, and two people were injured, the fire service said. Neighbouring houses were evacuated."),
 ("Explosion at Ghent bakery", "An explosion caused by a gas leak wrecked a bakery in central Ghent early on Thursday. No one was injured, the fire service said, but neighbouring houses were evacuated as a precaution."))
story("fall-height", "dispute", ["30 metres|30-metre", "12 metres|12-metre"],
 ("Worker dies after fall at Oslo site", "A construction worker died on Monday after falling 30 metres from scaffolding at a building site in Bjørvika, Oslo police said. The Labour Inspection Authority has opened an investigation."),
 ("Fatal fall at Bjørvika building site", "Oslo police said a construction worker died on Monday after a 12-metre fall from scaffolding at a building site in Bjørvika. The Labour Inspection Authority is investigating."))
story("vote-count", "dispute", ["212", "198"],
 ("Parliament passes budget", "Parliament approved the 2027 budget on Thursday with 212 votes in favour, after a three-day debate. The opposition voted against. The finance minister called the result a mandate for reform."),
 ("Budget clears parliament", "The 2027 budget was approved by parliament on Thursday with 198 votes in favour after three days of debate, with the opposition voting against. The finance minister said the vote was a mandate for reform."))
story("train-speed", "dispute", ["140", "90"],
 ("Train was speeding before crash, says report", "The train that derailed near Ciudad Real last month was travelling at 140 km/h on a stretch limited to 80 km/h, the accident investigation commission said in its preliminary report on Tuesday."),
 ("Derailed train exceeded limit", "The train that came off the tracks near Ciudad Real last month was going at 90 km/h where the limit was 80 km/h, according to a preliminary report released on Tuesday by the accident investigation commission."))
story("deaths-words", "dispute", ["eleven", "17"],
 ("Bus plunges into ravine in Nepal", "Eleven people died when a bus plunged into a ravine on the Prithvi Highway in Nepal on Saturday, police said. The bus was travelling from Pokhara to Kathmandu. Twenty passengers were injured."),
 ("Nepal bus crash", "Police said 17 people died on Saturday when a bus fell into a ravine on the Prithvi Highway while travelling from Pokhara to Kathmandu. Twenty passengers were injured."))
story("opening-day", "dispute", ["14 March", "21 March"],
 ("New metro line to open", "The new Line 4 of the Lyon metro will open to passengers on 14 March, the transport authority Sytral announced on Monday. The line links Part-Dieu with the airport."),
 ("Lyon metro Line 4 gets opening date", "Sytral, the transport authority, said on Monday that Line 4 of the Lyon metro will open to passengers on 21 March. The new line connects Part-Dieu with the airport."))

# Look-alike negatives: no real disagreement between the two articles.
story("units-tower", "none", [],
 ("Old radio mast demolished", "Engineers demolished the 150-metre radio mast at Kettering on Sunday with a controlled explosion. The mast, built in 1962, had been out of use for a decade."),
 ("Kettering mast brought down", "The 492-foot Kettering radio mast, built in 1962 and unused for ten years, was brought down by engineers with a controlled explosion on Sunday."))
story("words-digits", "none", [],
 ("Twenty-five rescued from sinking yacht", "Twenty-five people were rescued from a sinking yacht off Mallorca on Friday, the Spanish coastguard said. All were taken to Palma."),
 ("Coastguard saves 25 off Mallorca", "The Spanish coastguard said 25 people had been rescued from a yacht that was sinking off Mallorca on Friday. They were brought to Palma."))
story("background", "none", [],
 ("Hotel fire kills three in Izmir", "Three guests were killed when a fire broke out in a hotel in Izmir on Tuesday night, the governor's office said. Firefighters brought the blaze under control after two hours."),
 ("Deadly hotel blaze in Izmir", "A fire at a hotel in Izmir killed three guests on Tuesday night, the governor's office said. In 2019, a fire at another hotel in the city killed 12 people, prompting new safety rules."))
story("subgroup", "none", [],
 ("Landslide kills 11 in Java village", "A landslide buried part of a village in Central Java on Wednesday, killing 11 people, the disaster agency said. Rescuers were searching for two missing residents."),
 ("Java landslide victims include children", "Four children were among the dead after a landslide hit a village in Central Java on Wednesday, the disaster agency said. Eleven people were killed in all and two are missing."))
story("dated-update", "none", [],
 ("Dozens missing after Alpine avalanche", "Twenty hikers were missing on Monday after an avalanche swept across a trail near Zermatt, Swiss police said."),
 ("Zermatt avalanche: six still missing", "Six hikers were still missing on Wednesday, two days after an avalanche swept across a trail near Zermatt, Swiss police said. Fourteen others had been found alive since Monday."),
 day="2026-05-11", day2="2026-05-13")
story("killed-injured", "none", [],
 ("Three dead in Lagos market fire", "A fire in Lagos's Balogun market killed three traders on Sunday, emergency services said. Seventeen people were injured."),
 ("Balogun market blaze", "Seventeen people were hurt and three traders died when fire swept through the Balogun market in Lagos on Sunday, according to emergency services."))
story("approximate", "none", [],
 ("Protest in Tbilisi", "About 200 people gathered outside parliament in Tbilisi on Saturday to protest against a new media law, police said."),
 ("Tbilisi protesters rally against media law", "Police said 214 people took part in a protest against a new media law outside parliament in Tbilisi on Saturday."))
story("two-ages", "none", [],
 ("Coach crash on A9", "The 45-year-old driver of a coach was arrested after the vehicle overturned on the A9 near Inverness on Friday. A 52-year-old passenger was seriously injured."),
 ("A9 coach overturns", "A coach overturned on the A9 near Inverness on Friday. Police arrested the driver, 45. A passenger, 52, suffered serious injuries."))
story("name-variants", "none", [],
 ("Firefighter honoured", "Robert Miller, a firefighter who pulled four children from a burning house in Dayton, received a bravery medal on Thursday. Miller, 39, has served for 15 years."),
 ("Dayton firefighter gets medal", "Bob Miller, the Dayton firefighter who carried four children out of a burning house, was awarded a bravery medal on Thursday. Mr. Miller, 39, has served for 15 years."))
story("spellings", "none", [],
 ("Aid convoy reaches São Gabriel", "An aid convoy organised by the Red Cross reached São Gabriel on Monday with 40 tonnes of food, the organisation said."),
 ("Red Cross convoy arrives in Sao Gabriel", "A Red Cross aid convoy carrying 40 tons of food arrived in Sao Gabriel on Monday, the organization said."))
print(json.dumps(S))
