#!/usr/bin/env bash
# bench.sh: time cablesql ingest against the sqlite3 shell on the same
# synthetic corpus, then time queries on the resulting store.
#
#   scripts/bench.sh [N]          N cables (default 25000, about 270 MB)
#
# Environment:
#   BENCH_DIR   working directory (default: a new one under ${TMPDIR:-/tmp});
#               kept afterwards when set, removed otherwise
#   FORMAT      csv (ingest cables.csv), text (one text file per cable), or
#               auto (default: csv when this cablesql reads cables.csv)
#   RUNS        timings per query, the median is shown (default 5)
#   ROUNDS      ingest runs of each side, alternately; the fastest is shown
#               (default 1)
#
# One run: build cablesql; write N cables with scripts/synth in the
# cables.csv layout, and the same rows as RFC 4180 CSV for sqlite3; time
# sqlite3 loading them (.import into a raw table, then an external-content
# FTS5 index over the bodies, in one process); time cablesql ingest (parse,
# every table, activities, FTS) with its peak RSS; print the ratio; then
# the latency, process start included, of every saved query, of a
# full-text search and of ad-hoc GROUP BYs over cables.
set -euo pipefail

N=${1:-25000}
FORMAT=${FORMAT:-auto}
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-1}
cd "$(dirname "$0")/.."

if [[ -n "${BENCH_DIR:-}" ]]; then
	W=$BENCH_DIR
	mkdir -p "$W"
else
	W=$(mktemp -d "${TMPDIR:-/tmp}/cablesql-bench.XXXXXX")
	trap 'rm -rf "$W"' EXIT
fi

if ! command -v sqlite3 >/dev/null; then
	echo "bench: installing sqlite3" >&2
	if [[ $(id -u) -eq 0 ]]; then
		apt-get install -y sqlite3 >/dev/null
	else
		sudo apt-get install -y sqlite3 >/dev/null
	fi
fi
if [[ ! -x /usr/bin/time ]]; then
	echo "bench: /usr/bin/time (GNU time) is needed for peak RSS: apt-get install -y time" >&2
	exit 1
fi

# now_ms prints the wall clock in milliseconds.
now_ms() { date +%s%3N; }

# median reads numbers, one a line, and prints their median.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== cablesql ingest benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM"
echo "go: $(go env GOVERSION); sqlite3: $(sqlite3 --version | cut -d' ' -f1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

CGO_ENABLED=0 go build -o "$W/cablesql" ./cmd/cablesql
go build -o "$W/synth" ./scripts/synth
CABLESQL=$W/cablesql

if [[ $FORMAT == auto ]]; then
	"$W/synth" -n 10 -csv "$W/probe.csv"
	"$CABLESQL" ingest -q -db "$W/probe.db" "$W/probe.csv" 2>/dev/null || true
	if [[ $("$CABLESQL" query -db "$W/probe.db" -format csv 'SELECT count(*) > 0 AS ok FROM cables') == $'ok\n1' ]]; then
		FORMAT=csv
	else
		FORMAT=text
	fi
	rm -f "$W"/probe.*
fi

rm -rf "$W/cables" "$W"/cables.db* "$W/sqlite.db"
t0=$(now_ms)
if [[ $FORMAT == text ]]; then
	"$W/synth" -n "$N" -csv "$W/cables.csv" -rfc4180 "$W/cables.rfc.csv" -dir "$W/cables"
	INPUT=$W/cables
else
	"$W/synth" -n "$N" -csv "$W/cables.csv" -rfc4180 "$W/cables.rfc.csv"
	INPUT=$W/cables.csv
fi
echo "corpus: $N cables, $(du -m "$W/cables.csv" | cut -f1) MB in the cables.csv layout; cablesql reads $FORMAT (synthesised in $(( $(now_ms) - t0 )) ms)"

# Bring the inputs into the page cache, so that neither side pays for the
# first read from disk.
cat "$W/cables.csv" "$W/cables.rfc.csv" >/dev/null
[[ $FORMAT == text ]] && find "$INPUT" -type f -exec cat {} + >/dev/null

cat >"$W/import.sql" <<EOF
CREATE TABLE raw(seq, date, id, origin, classification, refs, header, body);
.mode csv
.import '$W/cables.rfc.csv' raw
CREATE VIRTUAL TABLE raw_fts USING fts5(body, content='raw', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
INSERT INTO raw_fts(raw_fts) VALUES ('rebuild');
EOF
# Each side runs ROUNDS times, alternately, on fresh databases; the
# fastest run of each is reported (a shared machine only ever slows a run
# down), with the peak RSS of the largest.
best() { sort -n -k1,1 "$1" | head -1; }
rm -f "$W/sqlite.times" "$W/ingest.times"
for round in $(seq "$ROUNDS"); do
	rm -f "$W"/sqlite.db*
	/usr/bin/time -f '%e %M %U %S' -o "$W/sqlite.time" sqlite3 "$W/sqlite.db" <"$W/import.sql"
	tail -1 "$W/sqlite.time" >>"$W/sqlite.times"
	rm -f "$W"/cables.db*
	prof=()
	[[ $round -eq $ROUNDS ]] && prof=(-cpuprofile "$W/ingest.prof")
	/usr/bin/time -f '%e %M %U %S' -o "$W/ingest.time" "$CABLESQL" ingest "${prof[@]}" -db "$W/cables.db" "$INPUT" >"$W/ingest.out" 2>"$W/ingest.err" || true
	tail -1 "$W/ingest.time" >>"$W/ingest.times"
done
read -r sq_s sq_kb sq_u sq_sys < <(best "$W/sqlite.times")
sq_kb=$(sort -n -k2,2 "$W/sqlite.times" | tail -1 | cut -d' ' -f2)
sq_rows=$(sqlite3 "$W/sqlite.db" 'SELECT count(*) FROM raw')
read -r in_s in_kb in_u in_sys < <(best "$W/ingest.times")
in_kb=$(sort -n -k2,2 "$W/ingest.times" | tail -1 | cut -d' ' -f2)
[[ $ROUNDS -gt 1 ]] && echo "best of $ROUNDS alternate runs each (wall s, peak KB, user s, sys s): sqlite3 $(tr '\n' ';' <"$W/sqlite.times") cablesql $(tr '\n' ';' <"$W/ingest.times")"

echo
echo "sqlite3 .import + FTS5 rebuild: ${sq_s} s wall, $(awk -v u="$sq_u" -v s="$sq_sys" 'BEGIN {print u + s}') s CPU, peak RSS $((sq_kb / 1024)) MB, $sq_rows rows"
echo "cablesql ingest:                ${in_s} s wall, $(awk -v u="$in_u" -v s="$in_sys" 'BEGIN {print u + s}') s CPU, peak RSS $((in_kb / 1024)) MB"
echo "  $(cat "$W/ingest.out")"
echo "  $(wc -l <"$W/ingest.err") lines on stderr$( [[ -s $W/ingest.err ]] && echo ", first: $(head -c 200 "$W/ingest.err" | head -1)")"
awk -v a="$in_s" -v b="$sq_s" -v n="$N" -v ca="$in_u" -v cas="$in_sys" -v cb="$sq_u" -v cbs="$sq_sys" 'BEGIN {
	printf "ratio ingest/sqlite3: %.2fx wall, %.2fx CPU; %.0f cables/s; %.2f ms per cable\n", a / b, (ca + cas) / (cb + cbs), n / a, 1000 * a / n
	printf "251,287 cables at this rate: %.0f s\n", a / n * 251287 }'
# CPU by stage, from the ingest's CPU profile (cumulative seconds).
go tool pprof -top -cum -nodecount=2000 "$CABLESQL" "$W/ingest.prof" 2>/dev/null | awk '
	/Total samples/ { total = $(NF-1); sub(/.*= */, "", total) }
	/\/ingest\.Parse$/ { parse = $4 }
	/\/extract\.Activities$/ { extract = $4 }
	/\/pipeline\.\(\*Run\)\.write$/ { write = $4 }
	function s(v) { if (v ~ /ms$/) { sub(/ms$/, "", v); return v / 1000 } sub(/s$/, "", v); return v + 0 }
	END { printf "CPU by stage: parse %.1f s, extract activities %.1f s, write %.1f s, other (reading, GC) %.1f s\n",
		s(parse), s(extract), s(write), s(total) - s(parse) - s(extract) - s(write) }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "store: $(du -m "$W/cables.db" | cut -f1) MB (+ $(du -m "$W/cables.db-wal" 2>/dev/null | cut -f1 || echo 0) MB WAL); sqlite3's: $(du -m "$W/sqlite.db" | cut -f1) MB"

# latency RUNS times COMMAND...: the median wall time, process start
# included, and the exit status of the last run.
latency() {
	local ms st=0
	for _ in $(seq "$RUNS"); do
		local t=$(now_ms)
		"$@" >/dev/null 2>"$W/query.err" || st=$?
		echo $(( $(now_ms) - t ))
	done | median
	return $st
}

echo
echo "latency, median of $RUNS runs, process start included (target: 100 ms each)"
printf '%-40s %8s\n' query ms
# Saved queries as cablesql queries lists them, "name p=VALUE [q=default]"
# on the first line of each: required parameters get a sample value.
"$CABLESQL" queries | grep -E '^[a-z][a-z0-9_]*( \[?[a-z_]+=[^ ]*)*$' | while read -r name params; do
	args=()
	for p in $params; do
		[[ $p == \[* ]] && continue
		case ${p%%=*} in
		q | query | terms) args+=("${p%%=*}=missile technology") ;;
		country) args+=("country=Albania") ;;
		event) args+=("event=conference") ;;
		*) args+=("${p%%=*}=a") ;;
		esac
	done
	if ms=$(latency "$CABLESQL" run -db "$W/cables.db" "$name" "${args[@]}"); then
		printf '%-40s %8s\n' "run $name ${args[*]}" "$ms"
	else
		printf '%-40s %8s  (failed: %s)\n' "run $name ${args[*]}" "$ms" "$(head -c 100 "$W/query.err")"
	fi
done
if "$CABLESQL" help 2>&1 | grep -q '^  cablesql search'; then
	ms=$(latency "$CABLESQL" search -db "$W/cables.db" 'missile technology') || true
	printf '%-40s %8s\n' "search 'missile technology'" "$ms"
fi
for q in \
	"SELECT cable_id, seq, snippet(paragraphs_fts, 0, '[', ']', '...', 12) FROM paragraphs_fts JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid WHERE paragraphs_fts MATCH 'missile technology' ORDER BY rank LIMIT 20" \
	"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'export control'" \
	"SELECT classification, count(*) FROM cables GROUP BY classification" \
	"SELECT substr(dtg, 1, 4) AS year, count(*) FROM cables GROUP BY year ORDER BY year" \
	"SELECT origin, count(*) AS n FROM cables GROUP BY origin ORDER BY n DESC LIMIT 10" \
	"SELECT tag, count(*) AS n FROM cable_tags GROUP BY tag ORDER BY n DESC LIMIT 10"; do
	ms=$(latency "$CABLESQL" query -db "$W/cables.db" "$q") || true
	printf '%-40s %8s\n' "query ${q:0:33}..." "$ms"
done
ms=$(latency "$CABLESQL" query -db "$W/cables.db" "SELECT 1") || true
printf '%-40s %8s\n' "query SELECT 1 (process start)" "$ms"
