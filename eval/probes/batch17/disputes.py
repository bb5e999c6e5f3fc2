# Seventeenth probe batch, written by the lead 2026-12-06 22:28-22:29 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-16.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-05", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("ferry-passengers", "dispute", ["212", "122"],
 ("Ferry capsizes off Sulawesi", "A ferry carrying 212 passengers capsized off the coast of Sulawesi on Thursday, the search and rescue agency said."),
 ("Sulawesi ferry accident", "The ferry, which had 122 passengers on board, overturned in rough seas off Sulawesi on Thursday, rescuers said."))
story("victim-age", "dispute", ["67", "68"],
 ("Pensioner dies in house fire", "Maria Lopez, 67, died in a fire at her home in Valencia early on Friday, firefighters said."),
 ("Valencia house fire", "A 68-year-old woman, Maria Lopez, was killed when fire swept through her home in Valencia early on Friday."))
story("quake-magnitude", "dispute", ["6.2", "5.8"],
 ("Earthquake shakes Crete", "A magnitude 6.2 earthquake struck off the southern coast of Crete on Tuesday morning, the geodynamic institute said."),
 ("Crete quake", "An earthquake of magnitude 5.8 hit off southern Crete on Tuesday morning, damaging several old houses."))
story("election-date", "dispute", ["14", "24"],
 ("Snap election called", "President Milan Hrubik called a snap parliamentary election for May 14 after the coalition collapsed."),
 ("Early vote set", "The snap parliamentary election called by President Milan Hrubik after the coalition's collapse will be held on May 24."))
story("plane-short", "dispute", ["3 km", "800 metres"],
 ("Cargo plane lands short", "A cargo plane landed in a field 3 km short of the runway at Katowice airport on Sunday; the crew was unhurt."),
 ("Katowice emergency landing", "The cargo plane came down in a field about 800 metres short of the runway at Katowice on Sunday, the airport said."))
story("bus-contract", "dispute", ["450", "540"],
 ("City orders electric buses", "The city of Porto signed a contract worth 450 million euros for 300 electric buses on Monday."),
 ("Porto bus deal", "Porto agreed a 540 million euro contract on Monday for 300 electric buses, the mayor's office said."))
story("turnout", "dispute", ["61", "46"],
 ("Low-key vote in Malta", "Turnout in Saturday's local elections in Malta was 61%, the electoral commission said."),
 ("Malta local elections", "Only 46 percent of voters cast a ballot in Saturday's local elections in Malta, according to the electoral commission."))
story("runners-injured", "dispute", ["14", "twenty-four|24"],
 ("Stand collapses at race", "A temporary stand collapsed at the finish of the Gdynia half marathon on Sunday, injuring 14 spectators."),
 ("Gdynia stand collapse", "Twenty-four spectators were hurt when a temporary stand gave way at the finish of Sunday's Gdynia half marathon."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("toll-climbs", "clean", [],
 ("Landslide buries village", "Rescuers have recovered 30 bodies after a landslide buried part of a village in Kerala on Monday."),
 ("Kerala landslide toll rises", "The death toll from Monday's landslide in Kerala climbed to 41 on Wednesday as rescuers dug through mud."),
 days=["2026-11-30", "2026-12-02"])
story("of-the-injured", "clean", [],
 ("School bus crash", "Forty people were injured when a school bus overturned near Brno on Tuesday."),
 ("Brno bus crash", "Of the 40 injured in Tuesday's school bus crash near Brno, 12 are children, the hospital said."))
story("background-flood", "clean", [],
 ("Floods in Ravenna", "Floods killed 12 people in the province of Ravenna on Sunday, the civil protection agency said."),
 ("Ravenna flood deaths", "Sunday's floods in Ravenna province killed 12 people, the region's worst since 1966, when 35 people died."))
story("temperature-units", "clean", [],
 ("Heatwave in Seville", "Temperatures reached 44C (111F) in Seville on Friday, the weather agency said."),
 ("Seville heat record", "The thermometer hit 44 degrees Celsius in Seville on Friday, close to the city's record."))
story("words-digits", "clean", [],
 ("Runners treated for heat", "Two hundred and fifty runners were treated for heat exhaustion at the Lisbon marathon on Sunday."),
 ("Lisbon marathon heat", "Medics treated 250 runners for heat exhaustion during Sunday's Lisbon marathon, organisers said."))
story("rounded-crowd", "clean", [],
 ("Derby crowd", "Nearly 10,000 spectators watched the derby in Split on Saturday."),
 ("Split derby", "A crowd of 9,800 saw Saturday's derby in Split, the club said."))
story("range-vs-point", "clean", [],
 ("Homes flooded in Cork", "Between 300 and 400 homes were flooded in Cork city on Thursday night, the council said."),
 ("Cork flooding", "About 350 homes were flooded in Cork on Thursday night, according to the council."))
story("price-rise", "clean", [],
 ("Museum raises prices", "Tickets to the Rijksmuseum will cost 25 euros from January, up from 22.50 euros, the museum said."),
 ("Rijksmuseum tickets", "The Rijksmuseum will charge 25 euros for a ticket from January, the museum said on Tuesday."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-bank-robberies", "apart", [],
 ("Bank robbed in Marseille", "Two armed men robbed a branch of the Banque du Sud on the Canebiere in Marseille on Monday morning and fled on a scooter."),
 ("Marseille bank raid", "An armed man robbed a Banque du Sud branch in the Castellane district of Marseille on Friday afternoon and escaped on foot."),
 days=["2026-11-09", "2026-11-27"], kind="story")
story("two-heat-marathons", "apart", [],
 ("Heat hits Lisbon marathon", "Dozens of runners collapsed in the heat at the Lisbon marathon on Sunday, organisers said."),
 ("Lisbon marathon heat", "Runners collapsed in scorching heat at Sunday's Lisbon marathon, and medics treated dozens, organisers said."),
 days=["2024-10-13", "2026-10-11"], kind="story")
story("fire-cause", "together", [],
 ("Fire at chemical plant in Ludwigshafen", "A fire broke out at a chemical plant in Ludwigshafen on Monday night, sending black smoke over the city; residents were told to keep windows shut."),
 ("Ludwigshafen plant fire caused by welding", "Welding work caused Monday night's fire at the Ludwigshafen chemical plant that sent smoke over the city, investigators said on Thursday."),
 days=["2026-11-30", "2026-12-03"], kind="story")
print(json.dumps(S))
