import json, sys
from collections import Counter
base = json.load(open("/tmp/e16/base/cls.json"))
def keys(r): return {(e[0], json.dumps(e[1])): e for e in r["events"]}
bk = keys(base)
names = sys.argv[1:]
show = "-v" in names; names = [n for n in names if n != "-v"]
print("%-13s %5s %5s %6s  %-16s %-16s" % ("step", "dTP", "dPred", "F1", "added r/o/n", "removed r/o/n"))
for n in names:
    try: r = json.load(open(f"/tmp/e16/{n}/cls.json"))
    except Exception: continue
    k = keys(r)
    add = Counter(k[x][2] for x in k.keys() - bk.keys()); rem = Counter(bk[x][2] for x in bk.keys() - k.keys())
    f1 = 2*r["tp"]/(r["pred"]+r["gold"])
    print("%-13s %+5d %+5d %6.3f  %-16s %-16s" % (n, r["tp"]-base["tp"], r["pred"]-base["pred"], f1,
          "%d/%d/%d" % (add["req"], add["opt"], add["none"]), "%d/%d/%d" % (rem["req"], rem["opt"], rem["none"])))
    if show:
        for x in sorted(k.keys() - bk.keys()): print("   +", k[x][2], k[x][0], k[x][3], "||", k[x][4])
        for x in sorted(bk.keys() - k.keys()): print("   -", bk[x][2], bk[x][0], bk[x][3], "||", bk[x][4])
