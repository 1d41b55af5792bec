#!/usr/bin/env bash
# startup.sh: how long cablesql takes to start, as whole processes, against
# the least a Go program must do (scripts/startupref: open the store with
# modernc.org/sqlite, run the SQL, print the rows), in the same run.
#
#   scripts/startup.sh [STORE]    STORE: a cablesql store (default: a new
#                                 one holding the sample cable, in a temp dir)
#
# Needs hyperfine (Debian: apt-get install hyperfine). Environment: RUNS
# (default 100) timings of each command after 10 warm-up runs.
#
# Targets (issue 15): query within 1.3 times startupref; --help under 15 ms.
# startupref opens the store read-only, as query -readonly does; query
# opens it read-write (a store's WAL files are deleted when it closes).
set -euo pipefail
RUNS=${RUNS:-100}
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "startup.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/cablesql" ./cmd/cablesql
go build -o "$dir/startupref" ./scripts/startupref
store=${1:-}
if [ -z "$store" ]; then
	store=$dir/store.db
	"$dir/cablesql" ingest -q -db "$store" testdata/09STATE111693.txt >/dev/null
fi

hyperfine -N -w 10 -r "$RUNS" --export-json "$dir/t.json" \
	-n ref "$dir/startupref $store 'SELECT 1'" \
	-n query "$dir/cablesql query -db $store 'SELECT 1'" \
	-n readonly "$dir/cablesql query -readonly -db $store 'SELECT 1'" \
	-n help "$dir/cablesql --help" \
	-n version "$dir/cablesql --version" >&2

python3 - "$dir/t.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
ms = lambda n: r[n]["mean"] * 1000
med = lambda n: r[n]["median"] * 1000
cpu = lambda n: (r[n]["user"] + r[n]["system"]) * 1000
# Wall time is the target; on a shared machine the median and the CPU
# time (user + system) are steadier.
print("                         mean wall  median  cpu")
for name, label in [("ref", "startupref SELECT 1"), ("query", "cablesql query SELECT 1"),
                    ("readonly", "  the same, -readonly"),
                    ("help", "cablesql --help"), ("version", "cablesql --version")]:
    print(f"{label:24} {ms(name):7.1f} ms {med(name):6.1f} {cpu(name):5.1f}")
print(f"query / startupref: {ms('query')/ms('ref'):.2f}x wall, {med('query')/med('ref'):.2f}x median, "
      f"{cpu('query')/cpu('ref'):.2f}x cpu (target 1.3x); --help target 15 ms")
PY
