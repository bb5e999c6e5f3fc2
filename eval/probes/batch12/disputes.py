# Twelfth probe batch, written by the lead 2026-12-06 06:43-06:47 UTC and SEALED: not run on any code until the
# session's work is done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-11.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-03", days=None):
    outlets = ["Northern Ledger", "Coast Courier", "Metro Daily"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("fine", "dispute", ["1.2 million", "12 million"],
 ("Airline fined over refunds", "Norway's consumer authority fined the budget airline 1.2 million euros on Wednesday for delaying refunds to passengers, the authority said."),
 ("Budget airline penalty", "The consumer authority said on Wednesday it had fined the budget airline 12 million euros for failing to refund passengers on time."))
story("turnout", "dispute", ["61", "44"],
 ("Referendum result in Ticino", "Turnout in Sunday's referendum on the new tunnel in Ticino was 61 percent, the cantonal chancellery said."),
 ("Ticino tunnel vote", "The cantonal chancellery said 44% of voters took part in Sunday's referendum on the Ticino tunnel."))
story("dead-words", "dispute", ["twenty-five|25", "52|fifty-two"],
 ("Bus plunges into ravine in Peru", "Twenty-five passengers died when a bus plunged into a ravine in the Andes near Cusco on Monday, the transport ministry said."),
 ("Cusco bus crash", "The transport ministry said 52 passengers were killed when their bus fell into a ravine near Cusco on Monday."))
story("rescued", "dispute", ["11|eleven", "31|thirty-one"],
 ("Miners rescued in Shanxi", "Rescuers brought 11 trapped miners to the surface on Thursday after a flooded shaft in Shanxi was pumped dry, state media said."),
 ("Shanxi mine rescue", "State media said 31 miners trapped in a flooded shaft in Shanxi were brought to the surface alive on Thursday."))
story("quote-negation", "dispute", ["not"],
 ("Steelworks future", "\"We are not closing the Port Talbot furnace this year,\" managing director Owen Price told staff on Tuesday."),
 ("Port Talbot furnace", "Managing director Owen Price told staff on Tuesday: \"We are closing the Port Talbot furnace this year.\""), kind="contradiction")
story("distance", "dispute", ["40", "400"],
 ("Oil spill off Brittany", "An oil slick from the damaged tanker stretched for 40 kilometres along the coast of Brittany on Friday, the maritime prefecture said."),
 ("Brittany tanker slick", "The maritime prefecture said on Friday that the slick from the damaged tanker had spread along 400 kilometres of the Brittany coast."))
story("price-rise", "dispute", ["3", "30"],
 ("Tram fares up in Zagreb", "Single tram tickets in Zagreb will cost 3 percent more from January, the city transport company said on Monday."),
 ("Zagreb fare increase", "The city transport company said on Monday that single tram tickets in Zagreb will rise by 30 percent from January."))
story("arrested", "dispute", ["7|seven", "70|seventy"],
 ("Arrests after derby violence", "Police arrested seven people after fighting broke out between fans before Sunday's derby in Belgrade."),
 ("Belgrade derby clashes", "Police said 70 people were arrested after fans fought in the streets before Sunday's derby in Belgrade."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("km-miles", "clean", [],
 ("Ultra race in the Rockies", "Runners in Saturday's ultramarathon near Boulder climbed for the first 16 kilometres before the trail dropped into the canyon."),
 ("Boulder ultramarathon", "The first 10 miles of Saturday's ultramarathon near Boulder were uphill before the route descended into the canyon."))
story("initially", "clean", [],
 ("Warehouse fire in Łódź", "Three workers were injured in a fire at a logistics warehouse in Łódź on Tuesday, the fire service said."),
 ("Łódź warehouse blaze", "The fire service initially said three workers were hurt in Tuesday's warehouse fire in Łódź; by the evening it said seven had been taken to hospital."))
story("dozens", "clean", [],
 ("Flash floods in Oman", "Dozens of cars were swept away by flash floods in Muscat on Wednesday, civil defence officials said."),
 ("Muscat floods", "Civil defence officials said 40 cars were carried away when flash floods hit Muscat on Wednesday."))
story("half-percent", "clean", [],
 ("Bridge toll vote", "Half of the residents who answered the council's consultation opposed a toll on the new bridge in Limerick."),
 ("Limerick bridge toll", "Fifty percent of residents who responded to the council consultation were against a toll on Limerick's new bridge."))
story("range", "clean", [],
 ("Storm damage in Corsica", "Between 200 and 300 trees were brought down by Monday's storm in the forests above Ajaccio, foresters said."),
 ("Corsica storm", "Foresters said about 250 trees fell in Monday's storm in the forests above Ajaccio."))
story("runners-volunteers", "clean", [],
 ("Marathon in Kraków", "About 6,000 runners started Sunday's marathon in Kraków in freezing fog, the organisers said."),
 ("Kraków marathon", "The organisers of Sunday's Kraków marathon said 1,200 volunteers staffed the drinks stations along the course."))
story("last-month", "clean", [],
 ("Inflation eases in Chile", "Consumer prices in Chile rose 3.1 percent in November from a year earlier, the statistics institute said."),
 ("Chilean inflation", "Annual inflation in Chile slowed in November from 3.6 percent in October, the statistics institute said, without giving the November figure in its first release."))
story("conversion", "clean", [],
 ("Painting sold in London", "A landscape by the Welsh painter sold for £2 million at auction in London on Thursday."),
 ("London auction", "The Welsh landscape fetched the equivalent of about 2.3 million euros at Thursday's auction in London."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-factory-fires", "apart", [],
 ("Fire at Ostrava chemical plant", "A fire broke out in a storage hall of the chemical plant in Ostrava on Tuesday night, injuring two workers, firefighters said."),
 ("Ostrava plant blaze", "Firefighters battled a fire in the chemical plant in Ostrava on Sunday after a tank of solvent caught fire; nobody was hurt."),
 days=["2024-02-06", "2026-11-29"], kind="story")
story("two-crashes-a7", "apart", [],
 ("Coach crash on A7 near Hamburg", "A coach carrying 40 pupils overturned on the A7 motorway near Hamburg on Monday morning, injuring 12 of them, police said."),
 ("Lorry pile-up on A7", "Two lorries and a van collided on the A7 motorway near Hamburg on Thursday evening, killing one driver, police said."),
 days=["2026-11-30", "2026-12-03"], kind="story")
story("strike-then-strike-day", "together", [],
 ("Dockers vote to strike in Antwerp", "Dockers at the port of Antwerp voted on Monday to strike for 48 hours from next Monday over pension changes, their union said."),
 ("Antwerp port halted by dockers' strike", "The port of Antwerp came to a standstill on Monday as dockers began a 48-hour strike over pension changes, a week after voting for the walkout."),
 days=["2026-11-23", "2026-11-30"], kind="story")
print(json.dumps(S))
