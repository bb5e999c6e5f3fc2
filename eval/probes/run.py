# Scores the lead's probes against a checkout: python3 eval/probes/run.py REPO [BATCH_DIR]
# (batch 3: eval/probes/batch3, which also checks the expected finding type and all alarm types on negatives)
# (BATCH_DIR holds quotes.jsonl and disputes.py; default: this folder, batch 1; eval/probes/batch2 for batch 2).
import json, subprocess, sys, tempfile, os, re
repo = sys.argv[1]
here = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
def analyze(records):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "in.jsonl"); out = os.path.join(d, "r.json")
        open(src, "w").write("\n".join(json.dumps(r) for r in records) + "\n")
        p = subprocess.run(["node", os.path.join(repo, "bin/triangulate.js"), "analyze", src, "--format", "json", "--out", out], capture_output=True, text=True, cwd=repo)
        if p.returncode != 0: raise SystemExit(p.stderr)
        return json.load(open(out))
norm = lambda s: re.sub(r"[^\w]+", " ", (s or "").lower()).strip()
# quotes
probes = [json.loads(l) for l in open(os.path.join(here, "quotes.jsonl"))]
texts = list(dict.fromkeys(p["text"] for p in probes))
rep = analyze([{"id": f"q{i}", "title": f"Probe {i}", "text": t} for i, t in enumerate(texts)])
arts = {a["sourceId"] if "sourceId" in a else a.get("id"): a for a in rep["articles"]}
byText = {}
for a in rep["articles"]:
    byText[a["text"].strip()] = a["id"]
claims = [c for s in rep["stories"] for c in s["claims"] if c["kind"] == "quote"]
right = found = 0; rows = []
for p in probes:
    ws = lambda s: re.sub(r"\s+", " ", s).strip()  # ingest folds blank lines: match texts by their words
    aid = next((v for k, v in byText.items() if ws(p["text"]) in ws(k) or ws(k) in ws(p["text"])), None)
    qs = [c for c in claims if c["articleId"] == aid and (norm(p["quote"])[:25] in norm(c["value"]["text"]) or norm(c["value"]["text"])[:25] in norm(p["quote"]))]
    got = qs[0]["value"]["speaker"] if qs else None
    if p["speaker"] is None:
        ok = got is None
    else:
        found += bool(qs)
        g, e = norm(got), norm(p["speaker"])
        ok = bool(got) and (e in g or g in e or e.split()[-1] in g.split())
    right += ok
    rows.append(("ok " if ok else "BAD") + f"  expected {p['speaker']!r:28} got {got!r:40} {'' if qs else '(quote not found)'}")
print("\n".join(rows))
named = sum(p["speaker"] is not None for p in probes)
print(f"quotes: speaker right {right}/{len(probes)} (named {named}, quote found {found}/{named})")
# disputes
stories = json.loads(subprocess.run(["python3", os.path.join(here, "disputes.py")], capture_output=True, text=True).stdout)
tp = fn = fp = tn = 0
for s in stories:
    r = analyze(s["articles"])
    fs = [f for st in r["stories"] for f in st["findings"] if f["severity"] in ("high", "medium")]
    # batch 3 names the expected finding type and counts any medium/high contradiction, arithmetic or
    # anachronism on a negative as a false alarm; batches 1-2 count contradictions only
    kind = s.get("kind", "contradiction")
    alarm = {"contradiction", "arithmetic", "anachronism"} if "kind" in s else {"contradiction"}
    contra = [f for f in fs if (f["type"] == kind if s["expect"] == "dispute" else f["type"] in alarm)]
    ev = lambda f: " ".join(e["text"] for e in f["evidence"])
    has = lambda v, t: any(norm(x) in t or norm(x).replace(" ", "") in t.replace(" ", "") for x in v.split("|"))
    hit = [f for f in contra if all(has(v, norm(ev(f))) for v in s["values"])] if s["values"] else contra
    low = [f"{f['type']}/{f['severity']}: {f['summary'][:110]}" for st in r["stories"] for f in st["findings"] if f["severity"] in ("low", "info") and f["type"] == "contradiction"]
    nstories = len(r["stories"])
    if s["expect"] in ("apart", "together"):  # batch 9: story probes, scored by whether one story holds both articles
        ids = {a["sourceId"]: a["id"] for a in r["articles"]}
        both = any(ids.get(x["id"]) in st["articleIds"] for x in s["articles"][:1] for st in r["stories"]
                   if all(ids.get(y["id"]) in st["articleIds"] for y in s["articles"]))
        ok = both == (s["expect"] == "together")
        sp_ok = globals().get("sp_ok", 0) + ok; sp_n = globals().get("sp_n", 0) + 1
        globals().update(sp_ok=sp_ok, sp_n=sp_n)
        print(("ok " if ok else "BAD") + f"  {s['name']:16} expect {s['expect']:8} stories {nstories}  one story holds both: {both}")
        continue
    if s["expect"] == "dispute":
        ok = bool(hit); tp += ok; fn += not ok
    else:
        ok = not contra; tn += ok; fp += not ok
    print(("ok " if ok else "BAD") + f"  {s['name']:16} expect {s['expect']:8} stories {nstories}  med/high {[(f['type'], f['severity']) for f in fs]}  {'| ' + contra[0]['summary'][:140] if contra and not ok else ''}{' | low: ' + '; '.join(low) if not ok and low else ''}")
print(f"disputes: found {tp}/{tp+fn}; clean negatives {tn}/{tn+fp}" + (f"; stories right {globals()['sp_ok']}/{globals()['sp_n']}" if "sp_n" in globals() else ""))
