# Fourth probe batch, written by the lead 2026-12-05 ~01:00 UTC and SEALED: not run on any code until the
# session's rule changes were done (batch 3 was run once before the changes and guided them; this one did not).
import json
S = []
def story(name, expect, values, *arts, kind="contradiction", day="2026-09-02", days=None):
    outlets = ["Harbour Gazette", "Capital Wire", "Evening Standard-Bearer"]
    S.append({"name": name, "expect": expect, "kind": kind, "values": values, "articles": [
        {"id": f"{name}-{'abc'[i]}", "title": a[0], "text": a[1], "publishedAt": (days[i] if days else day), "outlet": outlets[i]}
        for i, a in enumerate(arts)]})

# ---- real disputes ----
story("driver-age", "dispute", ["58", "85"],
 ("Driver hits pedestrians in Graz", "An 85-year-old driver lost control of his car and hit three pedestrians in the centre of Graz on Tuesday, police said. The driver was not hurt."),
 ("Car mounts pavement in Graz", "Three pedestrians were hit in central Graz on Tuesday when a 58-year-old driver lost control of his car, according to police. The driver was unhurt."))
story("injured-digits", "dispute", ["15", "50"],
 ("Stage collapse at Bergen festival", "Fifteen people were injured when part of a stage collapsed during a concert at a festival in Bergen on Saturday, organisers said."),
 ("Bergen concert stage gives way", "Organisers said 50 people were hurt when a section of the stage collapsed during a concert at the Bergen festival on Saturday."))
story("weekday", "dispute", ["Tuesday", "Thursday"],
 ("Minister resigns", "Transport minister Petra Lindholm resigned on Tuesday after a report criticised her handling of the ferry contract, the prime minister's office said."),
 ("Lindholm quits over ferry deal", "Petra Lindholm stepped down as transport minister on Thursday following a report critical of how she handled the ferry contract, the prime minister's office announced."))
story("share-percent", "dispute", ["12", "21"],
 ("Retailer to cut staff", "The clothing chain Modehaus will cut 12 per cent of its workforce by the end of the year, it said on Wednesday, blaming falling sales."),
 ("Modehaus job cuts", "Modehaus said on Wednesday it would shed 21 per cent of its staff by the end of the year because of weak sales."))
story("venue", "dispute", ["Kelvingrove|Hampden"],
 ("Glasgow rally draws crowds", "Thousands of people attended a rally for Scottish independence at Hampden Park in Glasgow on Sunday, police said."),
 ("Independence rally in Glasgow", "Police said thousands gathered at Kelvingrove Park in Glasgow on Sunday for a rally in support of Scottish independence."))
story("quote-number", "dispute", ["300|3,000"],
 ("Refugees arrive in Lampedusa", "\"We received 300 people in the last two days,\" said Lampedusa's mayor, Filippo Mannino, on Monday."),
 ("Lampedusa overwhelmed", "\"We received 3,000 people in the last two days,\" Lampedusa mayor Filippo Mannino said on Monday."))
story("quote-certainty", "dispute", ["might|will"],
 ("Budget warning", "\"The hospital might have to close its maternity ward,\" said health board chair Morag Sinclair on Friday."),
 ("Maternity ward to shut", "Health board chair Morag Sinclair said on Friday: \"The hospital will have to close its maternity ward.\""))
story("sum-parts", "dispute", ["63", "25|31"],
 ("Election results in Tartu", "The centre-left alliance won 63 seats in the regional assembly: 25 went to the Social Democrats and 31 to the Greens, the electoral office said."),
 ("Tartu vote count", "The electoral office published the final count on Monday, confirming the centre-left alliance's majority in the regional assembly."), kind="arithmetic")
story("sentence-months", "dispute", ["18 months", "eight months|8 months"],
 ("Protester jailed", "A climate protester who glued himself to a motorway in Munich was sentenced to 18 months in prison on Thursday."),
 ("Munich motorway protester sentenced", "A court in Munich on Thursday jailed a climate activist for eight months for gluing himself to a motorway."))

# ---- look-alike negatives ----
story("victim-and-suspect", "none", [],
 ("Stabbing in Malmö", "A 22-year-old man was stabbed in the leg in Malmö on Friday night. A 17-year-old boy has been detained, police said."),
 ("Teenager held after Malmö stabbing", "Police in Malmö detained a 17-year-old boy after a man, 22, was stabbed in the leg on Friday night."))
story("update-dated", "none", [],
 ("Bridge collapse in Porto Alegre", "Five people died when a road bridge collapsed in Porto Alegre on Sunday, the fire service said that evening."),
 ("Porto Alegre bridge toll climbs", "The number of people killed in Sunday's bridge collapse in Porto Alegre rose to eight on Tuesday after three more bodies were found, the fire service said."), days=["2026-09-06", "2026-09-08"])
story("spelled-amount", "none", [],
 ("Lottery winner", "A woman from Cork has won two million euros in the national lottery, the operator said on Monday."),
 ("Cork jackpot", "The national lottery operator said on Monday that a woman from Cork had won €2 million."))
story("feet-metres", "none", [],
 ("Climber rescued", "A climber was rescued after falling about 100 feet on Ben Nevis on Saturday, Lochaber mountain rescue said."),
 ("Ben Nevis fall", "Lochaber mountain rescue said a climber fell some 30 metres on Ben Nevis on Saturday and was airlifted to hospital."))
story("accents", "none", [],
 ("Strike in São Paulo", "Metro workers in São Paulo walked out on Monday over pay, halting four lines, the union said."),
 ("Sao Paulo metro strike", "A strike by metro workers in Sao Paulo over pay halted four lines on Monday, according to the union."))
story("background-attack", "none", [],
 ("Shooting at Denver school", "One student was wounded in a shooting at a Denver high school on Wednesday. The district recalled that a 2021 shooting at another school had left two staff injured."),
 ("Denver student hurt in school shooting", "A student was wounded when shots were fired at a Denver high school on Wednesday, police said. A suspect was arrested."))
story("casualties-split", "none", [],
 ("Train collision in Bihar", "Nine people were killed and 40 injured when two trains collided in Bihar on Sunday, railway officials said."),
 ("Bihar train crash", "Railway officials said 49 people were killed or injured in a collision between two trains in Bihar on Sunday, nine of them fatally."))
story("scores", "none", [],
 ("Cup final", "Ajax beat PSV 3-1 in the Dutch Cup final on Sunday in Rotterdam before 45,000 fans."),
 ("Ajax lift the cup", "Ajax won the Dutch Cup on Sunday, defeating PSV by three goals to one in front of 45,000 supporters in Rotterdam."))

print(json.dumps(S))
