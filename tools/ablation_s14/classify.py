"""classify.py OUT.json (TRIG TEXTROOT GLOBPREFIX)... -> predicted events with class req/opt/none + totals"""
import json, sys, glob
from pathlib import Path
sys.path.insert(0, "/work/shared/eval")
import score as S
out = sys.argv[1]; args = sys.argv[2:]
res = {"events": [], "tp": 0, "pred": 0, "gold": 0}
for k in range(0, len(args), 3):
    trig, root, pref = args[k], Path(args[k+1]), args[k+2]
    g = S.Graph(trig)
    allev = list(g.events())
    for gf in sorted(glob.glob(pref + "*.json")):
        gold = json.loads(Path(gf).read_text())
        doc = gold["document"]; text = (root / gold["source"]).read_text()
        ge = [{**e, "spans": [S.locate(text, s) for s in e["triggers"]]} for e in gold.get("events", [])]
        pe = [(sp, parts) for d, sp, parts in allev if d == doc]
        m = S.match(ge, pe, lambda G, p: max(S.overlap([gs], [ps]) + (1 if ps[0] < gs[1] and gs[0] < ps[1] else 0)
                                             for gs in G["spans"] for ps in p[0]) if p[0] else 0)
        m = [(i, j, s) for i, j, s in m if s >= 1]
        cls = {j: ("opt" if ge[i].get("optional") else "req") for i, j, _ in m}
        res["tp"] += sum(1 for c in cls.values() if c == "req")
        res["pred"] += len(pe) - sum(1 for c in cls.values() if c == "opt")
        res["gold"] += sum(1 for e in ge if not e.get("optional"))
        for j, (sp, parts) in enumerate(pe):
            res["events"].append([doc, sorted(map(list, sp)), cls.get(j, "none"), "|".join(text[a:b] for a, b in sp),
                                  text[max(0, sp[0][0]-60):sp[0][1]+60].replace("\n", " ") if sp else ""])
json.dump(res, open(out, "w"))
print(out, res["tp"], res["pred"], res["gold"], "F1 %.3f" % (2*res["tp"]/(res["pred"]+res["gold"])))
