#!/usr/bin/env bash
# Build and score every evaluation set the README reports, from a checkout, in one run.
#
#   bash eval/score_sets.sh [OUT]          # OUT defaults to /tmp/kg-eval
#
# Needs ../shared beside the checkout (or SHARED=DIR) and the `kg` command of this checkout
# (`pip install -e .`). Each set is built apart with `kg build … --no-store -o OUT/NAME.trig` and
# scored with the shared scorer; the figures go to OUT/scores.txt (and the terminal):
#   - the example article and the two Wikinews dev articles (hand gold),
#   - PolNeAR dev (speech-cue and all attributions), DWIE dev and its two fixed halves
#     (A: the first 49 articles by DW number, B: the other 49 — the split issue #15 asks for),
#   - the project's own event gold in eval/gold/wikinews, one set per prefix (wn-, fresh-wn-, held-wn-,
#     held4-wn- … held9-wn-; not the tenth, held out): each set's Wikinews texts (numbered by `score.py wikinews-texts`) are
#     copied to OUT/texts/PREFIX and built together.
# Set ONLY="events" (or "dev", "dwie") to run one group.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
S=$SHARED/eval
OUT=${1:-/tmp/kg-eval}
ONLY=${ONLY:-all}
mkdir -p "$OUT"
[ -d "$S" ] || { echo "score_sets.sh: $S not found (set SHARED=DIR)" >&2; exit 2; }
build() { kg build "$@" --no-store >/dev/null 2>"$OUT/build.log" || { echo "score_sets.sh: build failed ($*): see $OUT/build.log" >&2; exit 1; }; }
score() { python "$S/score.py" "$@"; }

{
if [ "$ONLY" = all ] || [ "$ONLY" = dev ]; then
  build "$SHARED/corpus/seed/sanctuary-mayors.txt" -o "$OUT/seed.trig"
  echo "== example article"; score gold "$OUT/seed.trig" "$S/gold/sanctuary-mayors.json"
  build "$SHARED/corpus/wikinews/dev/" -o "$OUT/wn-dev.trig"
  echo "== Wikinews dev"; score gold "$OUT/wn-dev.trig" "$S/gold/wn-103.json" "$S/gold/wn-252.json"
  build "$SHARED/corpus/polnear/dev/text/" -o "$OUT/polnear.trig"
  P=$SHARED/corpus/polnear/dev
  echo "== PolNeAR dev, speech cues"; score polnear "$OUT/polnear.trig" "$P/attributions" "$P/text" --speech-only
  echo "== PolNeAR dev, all"; score polnear "$OUT/polnear.trig" "$P/attributions" "$P/text"
fi
if [ "$ONLY" = all ] || [ "$ONLY" = dwie ]; then
  score dwie-texts "$S/dwie/dev.json" "$OUT/dwie" >/dev/null
  python - "$S/dwie/dev.json" "$OUT" <<'EOF'
import json, pathlib, shutil, sys
docs = sorted(json.load(open(sys.argv[1])), key=lambda d: int(d["title"].split("_")[1]))
out = pathlib.Path(sys.argv[2])
for half, part in (("A", docs[:49]), ("B", docs[49:])):
    (out / f"dwie{half}").mkdir(exist_ok=True)
    for d in part:
        shutil.copy(out / "dwie" / f"{d['title']}.txt", out / f"dwie{half}")
    json.dump(part, open(out / f"dwie{half}.json", "w"))
EOF
  for part in dwie dwieA dwieB; do
    build "$OUT/$part" -o "$OUT/$part.trig"
  done
  echo "== DWIE dev"; score dwie "$OUT/dwie.trig" "$S/dwie/dev.json"
  echo "== DWIE dev, half A"; score dwie "$OUT/dwieA.trig" "$OUT/dwieA.json"
  echo "== DWIE dev, half B"; score dwie "$OUT/dwieB.trig" "$OUT/dwieB.json"
fi
if [ "$ONLY" = all ] || [ "$ONLY" = events ]; then
  [ -d "$OUT/wn-all" ] || score wikinews-texts "$SHARED"/corpus/wikinews/*.csv "$OUT/wn-all" >/dev/null
  for prefix in wn- fresh-wn- held-wn- held4-wn- held5-wn- held6-wn- held7-wn- held8-wn- held9-wn-; do
    golds=("$ROOT"/eval/gold/wikinews/"$prefix"[0-9]*.json)
    [ -e "${golds[0]}" ] || continue
    dir=$OUT/texts/$prefix; rm -rf "$dir"; mkdir -p "$dir"
    for g in "${golds[@]}"; do n=$(basename "$g" .json); cp "$OUT/wn-all/${n#"${prefix%wn-}"}.txt" "$dir/"; done
    build "$dir" -o "$OUT/events-$prefix.trig"
    echo "== event gold ${prefix}* (${#golds[@]} articles)"
    score gold "$OUT/events-$prefix.trig" "${golds[@]}" --text-root "$dir" | grep -E "^(measure|events)"
  done
fi
} | tee "$OUT/scores.txt"
