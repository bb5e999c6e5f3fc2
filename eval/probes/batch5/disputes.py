# Fifth probe batch, written by the lead 2026-12-05 08:35 UTC and SEALED: not run on any code until the
# session's rule changes are done. Wordings of its own, about events unlike the eval data, the seeds and batches 1-4.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-10-14", days=None):
    outlets = ["Lakeside Courier", "Northern Dispatch", "Metro Bulletin"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("cyclist-age", "dispute", ["34", "43"],
 ("Cyclist hurt in Utrecht crash", "A 34-year-old cyclist was seriously injured when a delivery van turned into the cycle lane on Oudegracht in Utrecht on Monday morning, police said. The van driver stopped at the scene."),
 ("Van hits cyclist in Utrecht", "Police in Utrecht said a cyclist, 43, suffered serious injuries on Monday morning after a delivery van turned across the cycle lane on Oudegracht. The driver of the van stayed at the scene."))
story("opening-day", "dispute", ["Friday", "Sunday"],
 ("Bridge reopens after repairs", "The Stari Most footbridge in Mostar reopened to pedestrians on Friday after eight months of repairs, the city council said."),
 ("Mostar footbridge back in use", "Pedestrians were allowed back onto Mostar's Stari Most footbridge on Sunday when it was reopened following eight months of repair work, according to the city council."))
story("turnout", "dispute", ["61", "68"],
 ("Low turnout in Tartu vote", "Turnout in Sunday's municipal referendum in Tartu on the new tram line was 61 percent, the electoral commission said on Monday."),
 ("Tartu backs tram line", "The electoral commission said on Monday that 68 percent of eligible voters took part in Sunday's Tartu referendum on building a tram line."))
story("sentence-years", "dispute", ["eight|8", "six|6"],
 ("Fraudster jailed in Leeds", "A former accountant who stole money from a children's charity was sentenced to eight years in prison at Leeds Crown Court on Thursday."),
 ("Charity thief sentenced", "Leeds Crown Court on Thursday jailed a former accountant for six years for stealing from a children's charity."))
story("wall-height", "dispute", ["4", "14"],
 ("Climber rescued in Dolomites", "A climber who fell about 4 metres from a rock face near Cortina on Saturday was flown to hospital with a broken leg, mountain rescue said."),
 ("Dolomites fall", "Mountain rescue teams said a climber fell some 14 metres from a rock face near Cortina on Saturday and was airlifted to hospital with a broken leg."))
story("suspect-town", "dispute", ["Aarhus", "Odense"],
 ("Arrest after museum theft", "Police arrested a 29-year-old man from Aarhus on Wednesday over the theft of two paintings from the state museum in Copenhagen."),
 ("Museum paintings: man held", "A 29-year-old man from Odense was arrested on Wednesday in connection with the theft of two paintings from Copenhagen's state museum, police said."))
story("no-casualties", "dispute", ["12|no one|nobody|no injuries"],
 ("Gas blast in Lodz flats", "Twelve people were injured when a gas explosion tore through a block of flats in Lodz on Tuesday night, a fire service spokesman said."),
 ("Explosion in Lodz", "A gas explosion damaged a block of flats in Lodz on Tuesday night; no one was injured, the fire service said, as residents had been evacuated after reporting a smell of gas."))
story("seats-total", "dispute", ["41"],
 ("Regional assembly result", "The new regional assembly has 41 seats: the Greens won 17, the Liberals 12, the Farmers' Union 9 and independents 5, the electoral office said on Monday."), kind="arithmetic")
story("price-rise", "dispute", ["9", "19"],
 ("Bus fares to rise", "Single bus fares in Bratislava will rise by 9 percent from January, the city transport company announced on Tuesday."),
 ("Bratislava fare increase", "Bratislava's transport company said on Tuesday that single bus tickets would cost 19 percent more from January."))
story("quote-negation", "dispute", ["will|will not|won't"],
 ("Mayor on stadium plan", "\"The city will pay for the new stadium,\" Mayor Lucia Ferro told the council on Wednesday."),
 ("Ferro rules out stadium funds", "\"The city will not pay for the new stadium,\" Mayor Lucia Ferro told the council on Wednesday."), kind="contradiction")
story("ship-length", "dispute", ["180", "280"],
 ("Cargo ship runs aground", "A 180-metre cargo ship ran aground in the Elbe near Brunsbuettel on Thursday, blocking the channel for hours, the waterways office said."),
 ("Elbe blocked by grounded ship", "The waterways office said a 280-metre container vessel ran aground in the Elbe near Brunsbuettel on Thursday and blocked the shipping channel for several hours."))
story("rescued-count", "dispute", ["23", "32"],
 ("Hikers rescued in Tatras", "Mountain rescuers brought 23 hikers down from a ridge in the High Tatras on Saturday after a sudden snowstorm, the rescue service said."),
 ("Snowstorm strands hikers", "The rescue service said 32 hikers were brought down from a ridge in the High Tatras on Saturday after being caught by a sudden snowstorm."))

# ---- look-alike negatives (no medium/high contradiction, arithmetic or anachronism expected) ----
story("killed-and-injured-sum", "clean", [],
 ("Bus crash in Peru", "Seven people were killed and 22 injured when a bus plunged into a ravine in the Andes near Cusco on Sunday, police said."),
 ("Cusco bus tragedy", "Police said 29 people were killed or injured on Sunday when a bus fell into a ravine in the Andes near Cusco."))
story("two-ages", "clean", [],
 ("Grandmother and boy rescued", "A 71-year-old woman and her 9-year-old grandson were pulled from the river Inn in Innsbruck on Friday by firefighters, police said."),
 ("River rescue in Innsbruck", "Firefighters in Innsbruck rescued a grandmother, 71, and a boy aged 9 from the river Inn on Friday, police said."))
story("toll-update-dated", "clean", [],
 ("Landslide in Kerala", "At least 14 people died in a landslide in Wayanad district on Monday, officials said on Monday evening."),
 ("Kerala landslide toll rises", "The death toll from Monday's landslide in Wayanad district rose to 31 on Wednesday as rescuers reached buried houses, officials said."),
 days=["2026-10-12", "2026-10-14"])
story("region-vs-total", "clean", [],
 ("Floods across Romania", "Floods have forced 4,000 people from their homes across Romania this week, the interior ministry said on Thursday. In Galati county alone, 1,200 people were evacuated."),
 ("Galati county under water", "About 1,200 people have been evacuated in Galati county, the worst-hit area, the interior ministry said on Thursday; across the country the floods have displaced 4,000."))
story("price-and-percent", "clean", [],
 ("Coffee prices climb", "The price of a cup of coffee in Vienna's cafes rose to 4.20 euros on average this year, up 8 percent on last year, the chamber of commerce said."),
 ("Vienna coffee costs more", "An average cup of coffee in Vienna now costs 4.20 euros, 8 percent more than a year ago, according to the chamber of commerce."))
story("background-earlier-fire", "clean", [],
 ("Warehouse fire in Ghent", "A fire destroyed a warehouse in Ghent's harbour on Tuesday; two workers were treated for smoke inhalation. In 2019 a blaze at the same site injured 11 people."),
 ("Ghent harbour blaze", "Two workers were treated for breathing in smoke after a warehouse in the port of Ghent burned down on Tuesday, the fire brigade said."))
story("week-and-day", "clean", [],
 ("Strike ends", "Dock workers in Antwerp returned to work on Thursday after a strike that lasted eleven days, the union said."),
 ("Antwerp dockers back", "The union said on Thursday that Antwerp's dock workers had ended their 11-day strike and gone back to work."))
story("former-minister", "clean", [],
 ("Ex-minister writes memoir", "Former finance minister Karl Haas, who left office in 2019, presented his memoir in Salzburg on Saturday."),
 ("Haas memoir launch", "Karl Haas, Austria's finance minister until 2019, launched his memoir at a bookshop in Salzburg on Saturday."))
print(json.dumps(S))
