package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// cli runs the binary with extra environment variables (NAME=value),
// in a fresh directory with an empty config home unless env sets one.
func cli(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "CABLESQL_DB=", "XDG_CONFIG_HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir())
	cmd.Env = append(cmd.Env, env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// mustRun runs the binary and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := cli(t, nil, args...)
	if code != 0 {
		t.Fatalf("cablesql %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	return out
}

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func TestAttendanceMatrixFollowsTheData(t *testing.T) {
	for name, d := range map[string]*dataset{"non-partners": nonPartners(), "asia": asiaOutreach()} {
		t.Run(name, func(t *testing.T) {
			db := d.build(t)
			got := lines(mustRun(t, "run", "-db", db, "-format", "csv", "attendance_matrix"))
			want := d.wantMatrix()
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("attendance_matrix CSV:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestAttendanceMatrixConferenceColumn(t *testing.T) {
	// Written out once by reading the facts: who attended the conference,
	// in what column order, with ✓ in a table and 1/0 in CSV.
	db := nonPartners().build(t)
	out := mustRun(t, "run", "-db", db, "-format", "csv", "attendance_matrix")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := "iso2,country,2008 Canberra MTCR Plenary,10th International Export Control Conference,Update 2009,Export Control Academy,total"
	if got := strings.Join(recs[0], ","); got != wantHeader {
		t.Fatalf("header = %s\nwant     %s", got, wantHeader)
	}
	var attended []string
	for _, r := range recs[1:] {
		if r[3] == "1" {
			attended = append(attended, r[0])
		} else if r[3] != "0" {
			t.Errorf("cell %q for %s, want 1 or 0", r[3], r[0])
		}
	}
	if got := strings.Join(attended, " "); got != "AF AL AM DZ" {
		t.Errorf("conference attendees = %s, want AF AL AM DZ (Turkey hosted it)", got)
	}
	table := mustRun(t, "run", "-db", db, "attendance_matrix")
	if !strings.Contains(table, "✓") || strings.Contains(strings.SplitN(table, "\n", 4)[3], " 0 ") {
		t.Errorf("table should mark attendance with ✓ and leave absences blank:\n%s", table)
	}
}

func TestParticipationByCountry(t *testing.T) {
	for name, d := range map[string]*dataset{"non-partners": nonPartners(), "asia": asiaOutreach()} {
		t.Run(name, func(t *testing.T) {
			db := d.build(t)
			got := lines(mustRun(t, "run", "-db", db, "-format", "csv", "participation_by_country"))
			want := d.wantParticipation()
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("participation_by_country:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestCountryActivitiesByCodeNameAliasDemonym(t *testing.T) {
	d := nonPartners()
	db := d.build(t)
	wantN := 0
	for _, a := range d.all() {
		if a.ISO2 == "AL" {
			wantN++
		}
	}
	var first string
	for _, country := range []string{"AL", "al", "Albania", "ALBANIA", "Republic of Albania", "Albanian", "GOAL", " Albania "} {
		out := mustRun(t, "run", "-db", db, "-format", "csv", "country_activities", "country="+country)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs)-1 != wantN {
			t.Errorf("country=%q: %d rows, want %d\n%s", country, len(recs)-1, wantN, out)
		}
		for _, r := range recs[1:] {
			if r[0] != "AL" {
				t.Errorf("country=%q: row for %s", country, r[0])
			}
		}
		if first == "" {
			first = out
		} else if out != first {
			t.Errorf("country=%q gives other rows than country=AL", country)
		}
	}
	// Oldest first, undated last.
	recs, _ := csv.NewReader(strings.NewReader(first)).ReadAll()
	if recs[1][4] != "2008-11-01" || recs[len(recs)-1][4] != "" {
		t.Errorf("order: first date %q, last %q", recs[1][4], recs[len(recs)-1][4])
	}
}

func TestMissingAndUnknownParameters(t *testing.T) {
	db := nonPartners().build(t)
	out, errs, code := cli(t, nil, "run", "-db", db, "country_activities")
	if code == 0 || !strings.Contains(errs, `missing parameter "country"`) || out != "" {
		t.Errorf("missing country: exit %d, stderr %q, stdout %q", code, errs, out)
	}
	_, errs, code = cli(t, nil, "run", "-db", db, "country_activities", "country=AL", "colour=red")
	if code == 0 || !strings.Contains(errs, `unknown parameter "colour"`) {
		t.Errorf("unknown param: exit %d, stderr %q", code, errs)
	}
	_, errs, code = cli(t, nil, "run", "-db", db, "no_such_query")
	if code == 0 || !strings.Contains(errs, "no_such_query") {
		t.Errorf("unknown query: exit %d, stderr %q", code, errs)
	}
}

func TestHostileParameterIsOnlyAValue(t *testing.T) {
	db := nonPartners().build(t)
	hostile := "x'; DROP TABLE cables; --"
	for _, args := range [][]string{
		{"country_activities", "country=" + hostile},
		{"event_attendees", "event=" + hostile},
		{"search", `q="` + strings.ReplaceAll(hostile, `"`, `""`) + `"`},
	} {
		out, errs, code := cli(t, nil, append([]string{"run", "-db", db, "-format", "csv"}, args...)...)
		if code != 0 || strings.Count(out, "\n") != 1 {
			t.Errorf("%s: exit %d, %q %q; want just the header", args[0], code, out, errs)
		}
	}
	// The LIKE wildcards are literal too: no event name contains "%".
	if out := mustRun(t, "run", "-db", db, "-format", "csv", "event_attendees", "event=%"); strings.Count(out, "\n") != 1 {
		t.Errorf("event=%% matched:\n%s", out)
	}
	if out := mustRun(t, "query", "-db", db, "-format", "csv", "SELECT count(*) AS n FROM cables"); out != "n\n2\n" {
		t.Errorf("cables after hostile values: %q", out)
	}
}

func TestEventAttendees(t *testing.T) {
	d := asiaOutreach()
	db := d.build(t)
	out := mustRun(t, "run", "-db", db, "-format", "csv", "event_attendees", "event=FORUM")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range recs[1:] {
		got = append(got, r[0]+"/"+r[1])
	}
	// Both forums are on 1 May 2007: by name, then countries by name.
	want := "Alpha Licensing Forum/MY Alpha Licensing Forum/PE Zeta Border Forum/PE"
	if strings.Join(got, " ") != want {
		t.Errorf("event=FORUM gives %v, want %s", got, want)
	}
}

func TestTimelineAndTopics(t *testing.T) {
	d := nonPartners()
	db := d.build(t)
	months := map[string]int{}
	for _, a := range d.all() {
		m := ""
		if a.DateFrom != "" {
			m = a.DateFrom[:7]
		}
		months[m]++
	}
	out := mustRun(t, "run", "-db", db, "-format", "json", "timeline")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(rows) != len(months) {
		t.Errorf("timeline has %d months, want %d", len(rows), len(months))
	}
	prev := ""
	for i, r := range rows {
		m, _ := r["month"].(string) // null for undated
		if got := int(r["activities"].(float64)); got != months[m] {
			t.Errorf("month %q: %d activities, want %d", m, got, months[m])
		}
		if r["month"] == nil && i != len(rows)-1 {
			t.Errorf("undated row is not last")
		}
		if m != "" && m < prev {
			t.Errorf("months out of order: %s after %s", m, prev)
		}
		prev = m
	}
	out = mustRun(t, "run", "-db", db, "-format", "csv", "training_topics")
	if got := lines(out); got[1] != "licensing,2,2,\"AF,AL\"" {
		t.Errorf("training_topics top row = %q\n%s", got[1], out)
	}
}

func TestSearchRealCable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	orig, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	mustRun(t, "ingest", "-q", "-db", db, orig)
	out := mustRun(t, "run", "-db", db, "-format", "json", "search", "q=export control academy")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) == 0 {
		t.Fatalf("search: %v\n%s", err, out)
	}
	prev := rows[0]["score"].(float64)
	for _, r := range rows {
		snip := strings.ToLower(r["snippet"].(string))
		if r["cable_id"] != "09STATE111693" || !strings.Contains(snip, "**academy**") {
			t.Errorf("row %v: want the match marked", r)
		}
		if s := r["score"].(float64); s > prev {
			t.Errorf("scores not best first: %v after %v", s, prev)
		}
	}
	// Every paragraph that holds all three words, and only those.
	n := mustRun(t, "query", "-db", db, "-format", "csv",
		"SELECT count(*) AS n FROM paragraphs WHERE text LIKE '%export%' AND text LIKE '%control%' AND text LIKE '%academy%'")
	if want := lines(n)[1]; want != strconv.Itoa(len(rows)) {
		t.Errorf("search found %d paragraphs, LIKE finds %s", len(rows), want)
	}
	_, errs, code := cli(t, nil, "run", "-db", db, "search", `q="unbalanced`)
	if code == 0 || !strings.Contains(errs, "query search") || !strings.Contains(errs, `q="\"unbalanced"`) {
		t.Errorf("bad FTS query: exit %d, %q", code, errs)
	}
}

func TestUserQueries(t *testing.T) {
	db := asiaOutreach().build(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.sql"), []byte(`-- name: by_action
-- description: Countries that did one thing.
-- param: action default attended the action
-- param: since the earliest date
SELECT DISTINCT iso2 FROM activities
WHERE action = :action AND date_from >= :since ORDER BY iso2;
`), 0o644)
	out, errs, code := cli(t, nil, "run", "-db", db, "-queries", dir, "-format", "csv", "by_action", "since=2007-03-01")
	if code != 0 || out != "iso2\nMY\nPE\n" {
		t.Errorf("user query: %q %q exit %d", out, errs, code)
	}
	out = mustRun(t, "run", "-db", db, "-queries", dir, "-format", "csv", "by_action", "since=2000-01-01", "action=signed")
	if out != "iso2\nKZ\n" {
		t.Errorf("user query with action=signed: %q", out)
	}
	_, errs, code = cli(t, nil, "run", "-db", db, "-queries", dir, "by_action")
	if code == 0 || !strings.Contains(errs, `"since"`) {
		t.Errorf("user query without since: exit %d %q", code, errs)
	}

	// The same file in $XDG_CONFIG_HOME/cablesql/queries, overriding a
	// built-in: a notice on stderr, and the user's version runs.
	cfg := t.TempDir()
	qdir := filepath.Join(cfg, "cablesql", "queries")
	os.MkdirAll(qdir, 0o755)
	os.WriteFile(filepath.Join(qdir, "mine.sql"), []byte("-- name: timeline\n-- description: Mine.\nSELECT 'mine' AS whose;\n"), 0o644)
	out, errs, code = cli(t, []string{"XDG_CONFIG_HOME=" + cfg}, "run", "-db", db, "-format", "csv", "timeline")
	if code != 0 || out != "whose\nmine\n" || !strings.Contains(errs, "overrides the built-in") {
		t.Errorf("override: %q %q exit %d", out, errs, code)
	}
	out, _, _ = cli(t, []string{"XDG_CONFIG_HOME=" + cfg}, "queries")
	if !strings.Contains(out, "timeline    ("+filepath.Join(qdir, "mine.sql")+")") {
		t.Errorf("listing does not show where timeline comes from:\n%s", out)
	}

	// A broken user file is reported with its file and line, and the
	// query left out.
	bad := t.TempDir()
	os.WriteFile(filepath.Join(bad, "bad.sql"), []byte("-- name: x\n-- param: 9lives\nSELECT 1;\n"), 0o644)
	out, errs, code = cli(t, nil, "queries", "-queries", bad)
	if code != 0 || strings.Contains(out, "\nx\n") || !strings.Contains(errs, filepath.Join(bad, "bad.sql")+":2:") {
		t.Errorf("bad user query: exit %d %q", code, errs)
	}
}

func TestQueriesListing(t *testing.T) {
	out := mustRun(t, "queries")
	for _, name := range []string{"participation_by_country", "attendance_matrix", "country_activities country=VALUE",
		"event_attendees event=VALUE", "training_topics", "timeline", "cables_by_origin", "search q=VALUE [limit=50]"} {
		if !strings.Contains(out, "\n"+name+"\n") && !strings.HasPrefix(out, name+"\n") {
			t.Errorf("listing lacks %q:\n%s", name, out)
		}
	}
	if out := mustRun(t, "queries", "search"); !strings.Contains(out, "MATCH fts_words(:q)") {
		t.Errorf("queries search does not show the SQL:\n%s", out)
	}
}

func TestRunInProcessWithFlagsAfterName(t *testing.T) {
	db := nonPartners().build(t)
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	var out, errb bytes.Buffer
	err := Run(context.Background(), []string{"run", "country_activities", "-db", db, "country=DZ", "-format", "csv"},
		strings.NewReader(""), &out, &errb)
	if err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	if got := lines(out.String()); len(got) != 3 || !strings.HasPrefix(got[1], "DZ,Algeria,informed,") {
		t.Errorf("got %q", out.String())
	}
}

// TestMatricesAgreeWithActivities checks the matrices against the
// activities table itself, on any store: the bundled sample, a real cable
// ingested by the extractor, and the synthetic fixtures. Where the
// extractor finds nothing the matrices must be empty.
func TestMatricesAgreeWithActivities(t *testing.T) {
	real := filepath.Join(t.TempDir(), "real.db")
	orig, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	mustRun(t, "ingest", "-q", "-db", real, orig)
	for name, db := range map[string][]string{
		"bundled sample": nil,
		"ingested cable": {"-db", real},
		"non-partners":   {"-db", nonPartners().build(t)},
		"asia":           {"-db", asiaOutreach().build(t)},
	} {
		t.Run(name, func(t *testing.T) {
			csvOf := func(args ...string) [][]string {
				t.Helper()
				full := append([]string{args[0]}, db...)
				full = append(full, "-format", "csv")
				out := mustRun(t, append(full, args[1:]...)...)
				recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil {
					t.Fatalf("%v\n%s", err, out)
				}
				return recs
			}
			attended := map[string]bool{}
			events := map[string]bool{}
			for _, r := range csvOf("query", "SELECT DISTINCT iso2, event FROM activities WHERE action = 'attended' AND event IS NOT NULL")[1:] {
				attended[r[0]+"\x00"+r[1]] = true
				events[r[1]] = true
			}
			m := csvOf("run", "attendance_matrix")
			cols := m[0][2 : len(m[0])-1]
			if len(cols) != len(events) {
				t.Errorf("matrix has %d event columns, the activities %d attended events", len(cols), len(events))
			}
			cells := 0
			for _, r := range m[1:] {
				n := 0
				for i, e := range cols {
					want := attended[r[0]+"\x00"+e]
					if (r[i+2] == "1") != want || (r[i+2] != "1" && r[i+2] != "0") {
						t.Errorf("%s × %s = %q, attended %v", r[0], e, r[i+2], want)
					}
					if want {
						n++
					}
				}
				cells += n
				if r[len(r)-1] != strconv.Itoa(n) || n == 0 {
					t.Errorf("%s total %s, want %d (and > 0)", r[0], r[len(r)-1], n)
				}
			}
			if cells != len(attended) {
				t.Errorf("matrix marks %d attendances, the activities hold %d", cells, len(attended))
			}

			perCountry := map[string]string{}
			for _, r := range csvOf("query", "SELECT iso2, count(*) FROM activities GROUP BY iso2")[1:] {
				perCountry[r[0]] = r[1]
			}
			p := csvOf("run", "participation_by_country")
			if len(p)-1 != len(perCountry) {
				t.Errorf("participation has %d rows, the activities %d countries", len(p)-1, len(perCountry))
			}
			for _, r := range p[1:] {
				sum := 0
				for _, c := range r[3:] {
					n, _ := strconv.Atoi(c)
					sum += n
				}
				if r[2] != perCountry[r[0]] || strconv.Itoa(sum) != r[2] {
					t.Errorf("%s: total %s, actions sum to %d, activities %s", r[0], r[2], sum, perCountry[r[0]])
				}
			}
			if len(perCountry) == 0 {
				t.Logf("%s: no activities (is the extractor in this build?)", name)
			}
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		pos       string
		format, o string
	}{
		{[]string{"-format", "csv", "NAME", "x=1"}, "NAME x=1", "csv", ""},
		{[]string{"NAME", "-format", "csv", "x=1", "-o", "f.csv"}, "NAME x=1", "csv", "f.csv"},
		{[]string{"SELECT", "-1", "AS", "n", "--format=json"}, "SELECT -1 AS n", "json", ""},
		{[]string{"-o", "f", "--", "-format", "csv"}, "-format csv", "table", "f"},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		out := outputFlags(fs)
		pos, err := parseInterleaved(fs, tc.args, io.Discard)
		if err != nil || strings.Join(pos, " ") != tc.pos || *out.format != tc.format || *out.file != tc.o {
			t.Errorf("parseInterleaved(%q) = %q, format %q, o %q, %v; want %q, %q, %q",
				tc.args, pos, *out.format, *out.file, err, tc.pos, tc.format, tc.o)
		}
	}
}
