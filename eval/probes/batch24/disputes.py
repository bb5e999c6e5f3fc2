# Twenty-fourth probe batch, written by the lead 2026-12-07 19:46-19:49 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-23.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Coast Courier", "Plains Daily", "Metro Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("mine-trapped", "dispute", ["27|Twenty-seven", "72"],
 ("Miners trapped in Zambia", "Twenty-seven miners were trapped underground after a tunnel collapsed at a copper mine near Chingola on Monday, the mines ministry said."),
 ("Chingola mine collapse", "Rescue teams are trying to reach 72 miners trapped by a tunnel collapse at the Chingola copper mine, the ministry said on Monday."))
story("bridge-length", "dispute", ["1.2", "2.1"],
 ("New bridge opens in Vietnam", "A 1.2-kilometre cable-stayed bridge across the Saigon river opened to traffic on Saturday."),
 ("Saigon river bridge", "The cable-stayed bridge, which stretches 2.1 km across the Saigon river, opened on Saturday after four years of work."))
story("strike-workers", "dispute", ["4,800", "8,400"],
 ("Port workers strike in Antwerp", "Some 4,800 dockers walked out at the port of Antwerp on Wednesday in a dispute over pensions."),
 ("Antwerp dock strike", "The union said 8,400 dock workers had joined Wednesday's strike at Antwerp, halting container traffic."))
story("victim-age", "dispute", ["19", "91"],
 ("Cyclist killed in Leicester", "A cyclist, 19, died after being hit by a van on Narborough Road in Leicester on Sunday evening, police said."),
 ("Leicester crash", "Police named the cyclist who died on Narborough Road on Sunday as Ellis Grant, who was 91."))
story("prison-term", "dispute", ["seven", "nine"],
 ("Fraudster jailed", "A former bank manager who stole from elderly customers in Cardiff was jailed for seven years at the crown court on Thursday."),
 ("Cardiff bank fraud", "The judge sentenced the former bank manager to nine years in prison on Thursday for stealing from elderly customers in Cardiff."))
story("vote-share", "dispute", ["62", "52"],
 ("Swiss voters back rail tunnel", "Swiss voters approved funding for a new Alpine rail tunnel on Sunday, with 62 percent in favour, official results showed."),
 ("Rail tunnel referendum", "The rail tunnel plan won 52% of the vote in Sunday's Swiss referendum, according to the federal chancellery."))
story("fire-hometown", "dispute", ["Ballarat", "Bendigo"],
 ("Man charged over bushfire", "A 38-year-old man from Ballarat has been charged with deliberately lighting a bushfire that destroyed six homes, Victoria Police said."),
 ("Bushfire arson charge", "Police have charged a 38-year-old Bendigo man with lighting the bushfire that destroyed six homes last week."))
story("quote-negation-plant", "dispute", ["not"],
 ("Health chief on outbreak", "“The outbreak is under control,” the regional health chief, Marta Oliveira, told reporters in Porto on Friday."),
 ("Porto outbreak", "“The outbreak is not under control,” the regional health chief, Marta Oliveira, told reporters in Porto on Friday."))

# ---- look-alikes: expected to give no medium/high contradiction ----
story("adults-and-children", "clean", [],
 ("Boat capsizes on Lake Malawi", "Eleven adults and four children drowned when a boat capsized on Lake Malawi on Saturday, police said."),
 ("Lake Malawi capsize", "Fifteen people drowned when an overloaded boat overturned on Lake Malawi on Saturday, police said."))
story("miles-and-km", "clean", [],
 ("Traffic jam in Texas", "A pile-up on Interstate 35 near Waco left traffic backed up for 12 miles on Friday."),
 ("Waco pile-up", "Traffic was backed up for about 19 kilometres after the pile-up on I-35 near Waco on Friday."))
story("earlier-fire-toll", "clean", [],
 ("Market fire in Dhaka", "A fire destroyed more than 200 stalls at a market in Dhaka on Thursday. A blaze at another Dhaka market in 2019 killed 70 people."),
 ("Dhaka market blaze", "More than 200 shops burned when fire swept through a Dhaka market on Thursday; nobody was killed, the fire service said."))
story("monthly-and-yearly", "clean", [],
 ("Tourism record in Iceland", "Iceland welcomed 240,000 foreign visitors in August, the tourist board said."),
 ("Icelandic tourism", "About 2.3 million foreign tourists visited Iceland last year, the tourist board said."))
story("words-and-digits-fine", "clean", [],
 ("Club fined", "The football club was fined three hundred thousand pounds on Tuesday for breaking spending rules."),
 ("Spending rules fine", "The league fined the club £300,000 on Tuesday for breaching its spending rules."))
story("missing-found-dated", "clean", [],
 ("Hikers missing in Alps", "Three hikers were missing in the Swiss Alps on Monday after a sudden snowstorm, police said."),
 ("Alps hikers found", "The three hikers who went missing in a snowstorm in the Swiss Alps were found alive on Tuesday, police said."),
 days=["2026-12-07", "2026-12-08"])
story("suspect-and-victim-ages", "clean", [],
 ("Stabbing in Croydon", "A man, 22, was arrested after a 17-year-old boy was stabbed near West Croydon station on Friday."),
 ("Croydon stabbing", "Police arrested a 22-year-old man after a teenager was stabbed near West Croydon station on Friday evening."))
story("city-and-nation-cases", "clean", [],
 ("Measles in Auckland", "Health officials confirmed 14 measles cases in Auckland on Wednesday."),
 ("New Zealand measles", "New Zealand has recorded 31 measles cases this month, 14 of them in Auckland, officials said on Wednesday."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-gas-leaks", "apart", [],
 ("Gas leak closes Dundee street", "A gas leak forced the evacuation of 40 homes on Perth Road in Dundee on Monday."),
 ("Gas leak in Perth", "Around 30 homes were evacuated after a gas leak on Dunkeld Road in Perth on Tuesday."),
 days=["2026-11-16", "2026-11-17"], kind="story")
story("trial-opens-and-verdict", "together", [],
 ("Trial opens over Rotterdam bank heist", "Three men went on trial in Rotterdam on Monday accused of robbing a bank vault of 4 million euros in March."),
 ("Rotterdam heist verdict", "A Rotterdam court convicted three men on Friday of robbing a bank vault of 4 million euros in March, at the end of a five-day trial."),
 days=["2026-11-02", "2026-11-06"], kind="story")
story("two-landslides-one-state", "apart", [],
 ("Landslide in Kerala", "A landslide buried three houses in Idukki district of Kerala on Sunday after heavy rain."),
 ("Kerala landslide", "A landslide blocked the main road near Wayanad in northern Kerala on Thursday, stranding tourists."),
 days=["2026-10-04", "2026-10-08"], kind="story")
print(json.dumps(S))
