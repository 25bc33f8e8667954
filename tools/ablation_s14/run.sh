#!/bin/bash
# run.sh NAME ABLATE  -> builds WRITE sets with KG_ABLATE and classifies
N=$1; A=$2; O=/tmp/e16/$N; mkdir -p $O; R=/work/wt-s14-16e
build(){ (cd $R && KG_ABLATE=$A PYTHONPATH=$R python -c "import sys; from kg.cli import main; sys.argv[0]='kg'; sys.exit(main())" build "$@" --no-store >/dev/null 2>&1); }
build /tmp/wn16 -o $O/wn16.trig & build /tmp/wn4 -o $O/wn4.trig & wait
build /tmp/wn6 -o $O/wn6.trig & build /tmp/wn8 -o $O/wn8.trig & wait
G=$R/eval/gold/wikinews
python /tmp/e16/classify.py $O/cls.json $O/wn16.trig /tmp/wn16 $G/wn- $O/wn4.trig /tmp/wn4 $G/held-wn- $O/wn6.trig /tmp/wn6 $G/held5-wn- $O/wn8.trig /tmp/wn8 $G/held7-wn-
