# Runs long multi-outlet test events through analyze and lists medium/high findings and planted disputes found.
# File format: [{event, articles: [{outlet, title, text, publishedAt}], disputes: [{what, values: [in X, in Y], articles: [X, Y]}]}].
# Sets written by helpers who never saw the code (thirteenth session: /work/longform18/{dev,sealed}.json, /work/longform19/dev.json)
# are kept out of the repo: their invented quotes name real officeholders. Run from the repo root after npm run build.
import json, subprocess, sys, tempfile, os, re
f = sys.argv[1]; show_all = "--all" in sys.argv
events = json.load(open(f))
norm = lambda s: re.sub(r"\s+", " ", s.lower()).strip()
tot_loud = 0; found = 0; planted = 0; loud_rows = []
for ei, ev in enumerate(events):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.jsonl"); out = os.path.join(d, "r.json")
        open(src, "w").write("\n".join(json.dumps({"id": f"e{ei}-{i}", "title": a["title"], "text": a["text"], "publishedAt": a["publishedAt"], "outlet": a["outlet"]}) for i, a in enumerate(ev["articles"])) + "\n")
        p = subprocess.run(["node", "bin/triangulate.js", "analyze", src, "--format", "json", "--out", out], capture_output=True, text=True)
        if p.returncode: print(p.stderr); continue
        r = json.load(open(out))
    nst = len(r["stories"])
    fs = [x for s in r["stories"] for x in s["findings"] if x["severity"] in ("high", "medium") or show_all and x["severity"] == "low"]
    print(f"== [{ei}] {ev['event']}  stories={nst}  loud={sum(x['severity'] in ('high','medium') for x in fs)}")
    for dsp in ev["disputes"]:
        planted += 1
        hit = [x for x in fs if x["severity"] in ("high", "medium") and all(any(norm(v)[:40] in norm(e["text"]) or norm(e["text"]) in norm(v) for e in x["evidence"]) for v in dsp["values"])]
        found += bool(hit)
        print(f"   planted {'FOUND' if hit else 'miss '}: {dsp['what']} :: {dsp['values']}")
    for x in fs:
        tot_loud += x["severity"] in ("high", "medium")
        print(f"   {x['severity']:6} {x['type']}/{x['rule'].split('/')[-1]}: {x['summary'][:230]}")
        for e in x["evidence"][:4]:
            print(f"        ev: {e['text'][:160]!r}")
print(f"TOTAL events={len(events)} planted found {found}/{planted}; medium/high findings {tot_loud}")
