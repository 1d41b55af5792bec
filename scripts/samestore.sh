#!/usr/bin/env bash
# samestore.sh: show that two revisions build the same store from the same
# corpus: the check that a refactoring changed no behaviour.
#
#   scripts/samestore.sh OLDREV NEWREV [CORPUS]
#
# OLDREV and NEWREV are git revisions; "." is the working tree as it is,
# uncommitted changes included. CORPUS defaults to ../shared/corpus beside
# the repository (or $CABLESQL_CORPUS).
#
# For each revision: build cablesql from a clean copy of the tree, ingest
# CORPUS into a fresh store, and dump every table ordered by all its
# columns with `cablesql query -format csv`, plus the ingest's messages.
# Then compare the dumps and print the first difference; exit 0 when they
# are identical, 1 when they differ, 2 on a usage or build error.
#
# Left out as run-dependent: ingest_runs' started_at and finished_at,
# cables' ingested_at, the store's name and the time on the summary line,
# and the full-text index's segment tables (paragraphs_fts_data and _idx,
# split where the writer's batches ended, which depends on the clock) with
# their rows in sqlite_stat1 and sqlite_stat4; the index itself is compared
# term by term, position by position, through an fts5vocab table.
#
# Environment: SAMESTORE_DIR keeps the builds, stores and dumps there
# (default: a temporary directory, removed afterwards).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
	sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
	exit 2
fi
OLD=$1
NEW=$2
cd "$(dirname "$0")/.."
ROOT=$PWD
CORPUS=${3:-${CABLESQL_CORPUS:-$ROOT/../shared/corpus}}
if [[ ! -d $CORPUS ]]; then
	echo "samestore: no corpus at $CORPUS" >&2
	exit 2
fi
CORPUS=$(cd "$CORPUS" && pwd)

if [[ -n ${SAMESTORE_DIR:-} ]]; then
	W=$SAMESTORE_DIR
	mkdir -p "$W"
else
	W=$(mktemp -d "${TMPDIR:-/tmp}/samestore.XXXXXX")
	trap 'rm -rf "$W"' EXIT
fi

# build REV NAME: a clean copy of REV's tree in $W/NAME/src, the binary
# at $W/NAME/cablesql.
build() {
	local rev=$1 dir=$W/$2
	rm -rf "$dir"
	mkdir -p "$dir/src"
	if [[ $rev == . ]]; then
		# tracked and untracked files, not the ignored ones
		git ls-files -z --cached --others --exclude-standard |
			while IFS= read -r -d '' f; do [[ -e $f ]] && printf '%s\0' "$f"; done |
			tar --null -T - -cf - | tar -xf - -C "$dir/src"
	else
		git rev-parse --verify -q "$rev^{commit}" >/dev/null || {
			echo "samestore: no revision $rev" >&2
			exit 2
		}
		git archive "$rev" | tar -xf - -C "$dir/src"
	fi
	(cd "$dir/src" && go build -o "$dir/cablesql" ./cmd/cablesql) || {
		echo "samestore: $rev does not build" >&2
		exit 2
	}
}

# q DB SQL: the rows of SQL as CSV.
q() { "$1" query -db "$2" -format csv "$3"; }

# dump NAME: ingest the corpus with $W/NAME/cablesql and write every table
# to $W/NAME/dump, one block per table.
dump() {
	local dir=$W/$1 bin=$W/$1/cablesql db=$W/$1/store.db out=$W/$1/dump
	rm -f "$db" "$db"-wal "$db"-shm
	local rc=0
	"$bin" ingest -db "$db" "$CORPUS" >"$dir/ingest.out" 2>"$dir/ingest.err" || rc=$?
	{
		echo "#samestore# ingest exit status: $rc"
		echo "#samestore# ingest stdout"
		sed -E "s#^$db:#STORE:#; s/ in [0-9.]+[a-zµ]*s\b/ in TIME/" "$dir/ingest.out"
		echo "#samestore# ingest stderr"
		sed "s#$CORPUS#CORPUS#g" "$dir/ingest.err"
	} >"$out"
	local t cols where
	for t in $(q "$bin" "$db" "SELECT name FROM sqlite_master WHERE type = 'table'
		AND name NOT IN ('paragraphs_fts_data', 'paragraphs_fts_idx') ORDER BY name" | tail -n +2); do
		if [[ $t == paragraphs_fts ]]; then
			# the external-content FTS table reads paragraphs; the index
			# is compared below
			continue
		fi
		cols=$(q "$bin" "$db" "SELECT name FROM pragma_table_info('$t')
			WHERE NOT ('$t' = 'ingest_runs' AND name IN ('started_at', 'finished_at'))
			AND NOT ('$t' = 'cables' AND name = 'ingested_at')
			ORDER BY cid" | tail -n +2 | sed 's/.*/"&"/' | paste -sd, - | sed 's/,/, /g')
		echo "#samestore# table $t ($cols)" >>"$out"
		where=
		if [[ $t == sqlite_stat* ]]; then
			where="WHERE tbl NOT IN ('paragraphs_fts_data', 'paragraphs_fts_idx')"
		fi
		q "$bin" "$db" "SELECT $cols FROM \"$t\" $where ORDER BY $cols" >>"$out"
	done
	echo "#samestore# full-text index (term, rowid, column, offset)" >>"$out"
	q "$bin" "$db" "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, paragraphs_fts, 'instance');
		SELECT term, doc, col, offset FROM temp.v ORDER BY term, doc, col, offset" >>"$out"
}

echo "samestore: building $OLD and $NEW" >&2
build "$OLD" old
build "$NEW" new
echo "samestore: ingesting $CORPUS twice" >&2
dump old
dump new

if cmp -s "$W/old/dump" "$W/new/dump"; then
	echo "samestore: identical ($(wc -l <"$W/old/dump") lines over $(grep -ac '^#samestore# table' "$W/old/dump") tables and the full-text index)"
	exit 0
fi
echo "samestore: the stores differ; first difference:"
diff "$W/old/dump" "$W/new/dump" | head -20
line=$(cmp "$W/old/dump" "$W/new/dump" | sed -E 's/.* line ([0-9]+).*/\1/')
echo "in: $(head -n "$line" "$W/old/dump" | grep -a '^#samestore# ' | tail -1)"
exit 1
