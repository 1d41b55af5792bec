#!/bin/sh
# lint.sh: the checks beyond .ci/run's that need tools Go does not ship:
#
#   - staticcheck ./...
#   - deadcode -test ./...: no function that neither the program nor a
#     test reaches;
#   - deadcode ./... (the program alone), over every package but the
#     test-helper packages: no production function that only tests
#     reach. The helper packages (ingest/internal/testcorpus,
#     internal/parquet/parquettest, internal/textmatch/matchtest,
#     internal/cputime) exist to
#     serve the tests of several packages, so that no program reaches
#     them is their design; code that only the tests of its own package
#     use belongs in a _test.go file instead.
#
# Exit status 0 when clean, 1 when a check reports something, 2 when a
# tool is missing. Install the tools with
#
#   go install honnef.co/go/tools/cmd/staticcheck@latest
#   go install golang.org/x/tools/cmd/deadcode@latest
set -eu
cd "$(dirname "$0")/.."
PATH=$PATH:$(go env GOPATH)/bin
for tool in staticcheck deadcode; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "lint: $tool is not installed (see scripts/lint.sh)" >&2
		exit 2
	fi
done

# Functions that only the tests of another package reach, which a
# _test.go file cannot hold:
#   WordTable.Words: extract's tests list the words of its tables.
#   sentmodel's Features, words, Model.Prob, Train and Model.Write: the
#   learned reader's training and its plain definition, which extract's
#   TestSentModel trains the embedded model with and holds the Scorer to.
allowed='unreachable func: WordTable.Words$|sentmodel/sentmodel.go:[0-9]+:[0-9]+: unreachable func: (Features|words|Model.Prob|Train|Model.Write)$'

status=0
staticcheck ./... || status=1

out=$(deadcode -test ./...)
if [ -n "$out" ]; then
	echo "deadcode -test: unreachable even from the tests:"
	echo "$out"
	status=1
fi

helpers='/(ingest/internal/testcorpus|internal/parquet/parquettest|internal/textmatch/matchtest|internal/cputime)$'
pkgs=$(go list ./... | grep -Ev "$helpers" | sed 's/[.]/[.]/g' | paste -sd '|' -)
out=$(deadcode -filter "^($pkgs)\$" ./... | grep -Ev "$allowed" || true)
if [ -n "$out" ]; then
	echo "deadcode: reached by tests only (move it to a _test.go file, or delete it):"
	echo "$out"
	status=1
fi
exit $status
