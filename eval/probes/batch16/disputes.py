# Sixteenth probe batch, written by the lead 2026-12-06 19:33-19:40 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-15.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-05", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("prison-term", "dispute", ["12", "21"],
 ("Ex-mayor jailed for bribery", "A court in Bucharest sentenced former mayor Dan Ionescu to 12 years in prison on Thursday for taking bribes."),
 ("Bucharest bribery verdict", "Former mayor Dan Ionescu was jailed for 21 years on Thursday by a Bucharest court that found him guilty of bribery."))
story("ipo-raised", "dispute", ["1.8", "8.1"],
 ("Chipmaker lists in Taipei", "The chipmaker Lumatek raised $1.8 billion in its stock market debut in Taipei on Wednesday."),
 ("Lumatek debut", "Lumatek's listing in Taipei on Wednesday raised $8.1 billion, making it the island's largest offering this year."))
story("miners-killed", "dispute", ["17", "twenty-seven|27"],
 ("Mine blast in Zonguldak", "A methane explosion killed 17 miners in a coal mine in Zonguldak on Tuesday, the governor's office said."),
 ("Zonguldak mine explosion", "Twenty-seven miners lost their lives in Tuesday's methane blast at a coal mine in Zonguldak, officials said."))
story("fall-units", "dispute", ["30 feet", "30 metres"],
 ("Window cleaner survives fall", "A window cleaner survived a fall of 30 feet from an office block in Leeds on Monday."),
 ("Leeds fall", "A window cleaner fell 30 metres from an office block in Leeds on Monday and survived, paramedics said."))
story("reopening-date", "dispute", ["March 3", "March 13"],
 ("Museum to reopen", "The National Maritime Museum in Gdansk will reopen on March 3 after two years of renovation, its director said."),
 ("Gdansk museum", "The renovated National Maritime Museum in Gdansk will reopen its doors on March 13, the director said on Friday."))
story("detained-dozen", "dispute", ["dozen", "40"],
 ("Protesters detained in Tbilisi", "Police in Tbilisi detained a dozen protesters outside parliament on Saturday night."),
 ("Tbilisi protest", "Police detained 40 protesters outside the parliament in Tbilisi on Saturday night, the interior ministry said."))
story("inflation-rate", "dispute", ["7.4", "4.7"],
 ("Inflation climbs in Hungary", "Hungary's annual inflation rose to 7.4% in November, the statistics office said on Tuesday."),
 ("Hungarian prices", "Annual inflation in Hungary rose to 4.7 percent in November, according to the statistics office."))
story("driver-age", "dispute", ["34", "43"],
 ("Lorry crash on A4", "The lorry driver, a 34-year-old man from Ghent, was arrested after the crash on the A4 on Sunday."),
 ("A4 lorry crash", "Police arrested the 43-year-old lorry driver after Sunday's crash on the A4 near Ghent."))

# ---- look-alikes: no medium/high contradiction, arithmetic or anachronism expected ----
story("toll-initially", "clean", [],
 ("Bus falls into gorge in Nepal", "Nine people were killed when a bus fell into a gorge in western Nepal on Monday, police said."),
 ("Nepal bus crash toll rises", "The toll from Monday's bus crash in western Nepal, initially put at nine, rose to 15 on Wednesday, police said."),
 days=["2026-11-30", "2026-12-02"])
story("two-thirds", "clean", [],
 ("Walkout at tyre plant", "Two-thirds of the plant's 300 workers walked out on Monday over unpaid wages."),
 ("Tyre plant strike", "About 200 workers at the tyre plant walked out on Monday over unpaid wages, the union said."))
story("two-vessels", "clean", [],
 ("Tanker hits trawler", "The tanker Orion, 180 metres long, collided with a 25-metre trawler off Brest on Friday."),
 ("Collision off Brest", "A 180-metre tanker, the Orion, struck a fishing trawler off Brest on Friday, the maritime prefecture said."))
story("forecast-vs-actual", "clean", [],
 ("Snow hits Vienna", "Forecasters had predicted up to 40 cm of snow, but 25 cm fell in Vienna overnight into Tuesday."),
 ("Vienna snowfall", "Some 25 centimetres of snow fell on Vienna overnight into Tuesday, disrupting trams."))
story("rate-vs-total", "clean", [],
 ("Border crossings rise", "About 500 people a day crossed into Moldova this week, some 3,500 in all, the UN refugee agency said."),
 ("Moldova arrivals", "Some 3,500 people crossed into Moldova this week, the UN refugee agency said on Sunday."))
story("half-vs-percent", "clean", [],
 ("Referendum passes in Ljubljana", "More than half of voters backed the new tram line in Sunday's referendum in Ljubljana."),
 ("Ljubljana tram vote", "The tram line was approved with 52% of the vote in Sunday's referendum in Ljubljana, officials said."))
story("month-series", "clean", [],
 ("Jobless rate falls in Chile", "Chile's unemployment rate fell to 6.1% in October from 6.4% in September, the statistics institute said."),
 ("Chile unemployment", "Unemployment in Chile stood at 6.1 percent in October, the statistics institute said."))
story("tunnel-units", "clean", [],
 ("Tunnel opens in Norway", "A 2.5 km road tunnel under the fjord at Stord opened to traffic on Saturday."),
 ("Stord tunnel", "The 2,500-metre tunnel under the fjord at Stord opened to traffic on Saturday, the roads authority said."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-warehouse-fires", "apart", [],
 ("Fire guts warehouse in Lagos", "A fire gutted a textile warehouse in the Apapa district of Lagos on Monday; no one was hurt, firefighters said."),
 ("Warehouse blaze in Lagos", "Fire destroyed a furniture warehouse in the Ikeja district of Lagos on Tuesday, injuring two workers, firefighters said."),
 days=["2026-11-23", "2026-12-01"], kind="story")
story("two-rail-strikes", "apart", [],
 ("Rail workers strike in Britain", "Members of the RMT union walked out on Tuesday in a national rail strike over pay, halting most trains."),
 ("RMT rail strike", "Rail workers in the RMT union staged a national strike over pay on Tuesday, and most trains did not run."),
 days=["2022-06-21", "2024-06-18"], kind="story")
story("hiker-found", "together", [],
 ("Hiker missing in the Dolomites", "Rescuers are searching for Lukas Berger, a 29-year-old hiker from Innsbruck who went missing near the Tre Cime in the Dolomites on Monday."),
 ("Missing hiker found alive", "Lukas Berger, the Austrian hiker missing since Monday near the Tre Cime in the Dolomites, was found alive on Thursday, rescuers said."),
 days=["2026-11-30", "2026-12-03"], kind="story")
print(json.dumps(S))
