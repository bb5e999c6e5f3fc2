# Nineteenth probe batch, written by the lead 2026-12-07 04:25 UTC and SEALED: not run on any code until the
# session's work is done (start code: summary lines only). Wordings of its own, about events unlike the eval data,
# the seeds and batches 1-18.
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-12-07", days=None):
    outlets = ["Harbour Times", "Valley Herald", "City Wire"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes: expected as a medium/high finding of `kind` whose evidence holds every value ----
story("tornado-path", "dispute", ["14", "41"],
 ("Tornado hits Oklahoma towns", "A tornado cut a 14-mile path through two towns in central Oklahoma on Wednesday night, the weather service said."),
 ("Oklahoma tornado", "The tornado's path stretched 41 miles across central Oklahoma on Wednesday night, according to the weather service."))
story("landslide-toll", "dispute", ["23", "32"],
 ("Landslide in Sumatra", "A landslide claimed the lives of 23 villagers in West Sumatra on Sunday, the disaster agency said."),
 ("West Sumatra landslide", "Thirty-two villagers were killed when a landslide buried homes in West Sumatra on Sunday, the disaster agency said."))
story("ticket-price", "dispute", ["45", "54"],
 ("Stadium tickets go on sale", "Tickets for the cup final in Cardiff cost 45 pounds each, the football association said on Monday."),
 ("Cup final tickets", "Fans will pay 54 pounds for a ticket to the cup final in Cardiff, the football association said on Monday."))
story("miners-depth", "dispute", ["300", "130"],
 ("Miners trapped in Zacatecas", "Seven miners were trapped 300 metres underground after a tunnel collapsed in Zacatecas on Friday."),
 ("Zacatecas mine collapse", "The seven miners are trapped 130 metres below ground after Friday's tunnel collapse in Zacatecas, officials said."))
story("bill-vote", "dispute", ["212", "221"],
 ("Pension bill passes", "Parliament approved the pension bill by 212 votes to 180 on Thursday."),
 ("Pension reform approved", "The pension bill passed on Thursday with 221 votes in favour and 180 against."))
story("bridge-built", "dispute", ["1932", "1923"],
 ("Old bridge closed", "The Hallet bridge, built in 1932, was closed to traffic on Tuesday after engineers found cracks in its piers."),
 ("Hallet bridge shut", "Engineers closed the Hallet bridge, which opened in 1923, on Tuesday after finding cracks in its piers."))
story("quote-number", "dispute", ["400", "4,000"],
 ("Flood evacuation in Assam", "District officer Rekha Bora said on Monday: \"We evacuated 400 families from the river islands overnight.\""),
 ("Assam floods", "District officer Rekha Bora said on Monday: \"We evacuated 4,000 families from the river islands overnight.\""))
story("sentence-length", "dispute", ["eight|8", "18"],
 ("Former mayor jailed", "The former mayor of Split was sentenced to eight years in prison for bribery on Wednesday."),
 ("Split ex-mayor sentenced", "A court in Split on Wednesday jailed the city's former mayor for 18 years for taking bribes."))

# ---- look-alikes: expected to give NO medium/high contradiction (or arithmetic/anachronism) ----
story("toll-revised-down", "clean", [],
 ("Ferry capsizes on Lake Kivu", "Seventeen people died when a ferry capsized on Lake Kivu on Wednesday, officials said."),
 ("Lake Kivu toll revised", "Officials on Thursday revised the death toll from Wednesday's ferry capsizing on Lake Kivu down to 14 from 17, saying three people had been counted twice."),
 days=["2026-12-03", "2026-12-04"])
story("per-family-fund", "clean", [],
 ("Flood fund for Styria", "The Styrian government set up a 2 million euro fund for flood victims on Monday."),
 ("Styria flood aid", "Each family hit by the floods in Styria can claim up to 500 euros from the new fund, the regional government said on Monday."))
story("mother-son-ages", "clean", [],
 ("Mother and son rescued", "A 34-year-old woman and her 8-year-old son were rescued from the roof of their car in Murcia on Tuesday."),
 ("Murcia rescue", "Firefighters lifted the woman, 34, and her son from the roof of their car as water rose in Murcia on Tuesday."))
story("range-vs-point", "clean", [],
 ("Whales stranded in Tasmania", "Between 40 and 50 pilot whales were stranded on a beach in western Tasmania on Saturday."),
 ("Tasmania whale stranding", "About 45 pilot whales were stranded on a western Tasmania beach on Saturday, wildlife officers said."))
story("target-vs-actual", "clean", [],
 ("Airport expansion approved", "The expansion approved on Friday will let Lisbon airport handle 31 million passengers a year by 2032."),
 ("Lisbon airport plans", "Lisbon airport handled 22 million passengers last year; the expansion approved on Friday aims to lift that to 31 million by 2032."))
story("celsius-fahrenheit", "clean", [],
 ("Cold snap in Minnesota", "Temperatures in Duluth fell to minus 20 degrees Celsius on Monday morning."),
 ("Duluth freezes", "Duluth recorded -4F on Monday morning, the coldest reading of the winter so far."))
story("running-arrests", "clean", [],
 ("More arrests in Lagos protests", "Police arrested another 12 people on Tuesday, bringing the number detained since the protests began to 57."),
 ("Lagos protests", "A total of 57 people have been arrested since the protests in Lagos began, police said on Tuesday."))
story("half-million", "clean", [],
 ("Concert in Copacabana", "Half a million people watched the New Year concert on Copacabana beach, organisers said."),
 ("Copacabana crowd", "Some 500,000 people gathered on Copacabana beach for the New Year concert, according to the organisers."))

# ---- stories: two look-alike events must stay apart; one event told days apart must stay together ----
story("two-bomb-threats", "apart", [],
 ("Bomb threat empties Graz school", "A secondary school in Graz was evacuated on Monday after an emailed bomb threat; police found nothing."),
 ("Graz school evacuated", "Police evacuated a secondary school in Graz on Monday after a bomb threat was emailed to staff; nothing was found."),
 days=["2026-11-16", "2026-11-30"], kind="story")
story("count-and-result", "together", [],
 ("Slovak election count", "With 60 percent of votes counted on Saturday night, Prime Minister candidate Juraj Kolar's party led the Slovak election with 24 percent."),
 ("Kolar wins Slovak election", "Juraj Kolar's party won Saturday's Slovak election with 23.4 percent of the vote, final results published on Monday showed."),
 days=["2026-11-28", "2026-11-30"], kind="story")
story("two-ferry-capsizes", "apart", [],
 ("Ferry capsizes on Lake Victoria", "A ferry capsized on Lake Victoria near Mwanza on Thursday; rescuers pulled survivors from the water and the search went on overnight."),
 ("Lake Victoria ferry disaster", "Rescuers pulled survivors from Lake Victoria near Mwanza on Thursday after a ferry capsized; the search went on overnight."),
 days=["2026-03-12", "2026-09-17"], kind="story")
print(json.dumps(S))
