#!/usr/bin/env bash
# One interleaved run of the reference workload: Convener's `simulate` and the numpy reference in
# turn, with and without a regional error of 1 point, ROUNDS times; each run's JSON is kept in OUT
# and the load average is noted before each run. usage: interleaved.sh DATA_DIR OUT [ROUNDS]
set -euo pipefail
data="$1"; out="$2"; rounds="${3:-3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
convener="${CONVENER:-$here/../../convener}"
mkdir -p "$out"
shares="Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7"
for round in $(seq 1 "$rounds"); do
  for regional in 0 1; do
    echo "round $round regional $regional convener load $(cut -d' ' -f1 /proc/loadavg)" >&2
    "$convener" simulate --model uns --shares "$shares" --sims 100000 --national-sd 2 \
      --regional-sd "$regional" --seat-sd 3 --seed "$round" --json > "$out/convener-r$regional-$round.json"
    echo "round $round regional $regional numpy load $(cut -d' ' -f1 /proc/loadavg)" >&2
    python3 "$here/exact_workload.py" "$data" "$regional" "$round" 100000 > "$out/numpy-r$regional-$round.json"
  done
done
for f in "$out"/*.json; do
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sys.argv[1].split('/')[-1], d['seconds'], d.get('cpuSeconds', ''))" "$f"
done
