package shell

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
)

// activityStore is a store holding a few activities from two cables, put
// there as ingest would, and the built-in saved queries.
func activityStore(t *testing.T) (*store.DB, *store.Catalog) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "a.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.PutCountries(ctx, []cablesql.Country{
		{ISO2: "PE", Name: "Peru", Demonyms: []string{"Peruvian"}},
		{ISO2: "MY", Name: "Malaysia", Demonyms: []string{"Malaysian"}},
	}); err != nil {
		t.Fatal(err)
	}
	put := func(id string, acts ...cablesql.Activity) {
		c := &cablesql.Cable{ID: id, DTG: "2007-05-10T11:30Z", Subject: "S", SubjectSource: "subject",
			Paragraphs: []cablesql.Paragraph{{Seq: 1, Text: "Peru attended the forum.", Raw: "Peru attended the forum."}},
			Source:     cablesql.Source{Path: id, Format: "text", SHA256: id, Line: 1}}
		if _, err := db.Put(ctx, c, acts); err != nil {
			t.Fatal(err)
		}
	}
	a := func(iso2, country, action, event, from string) cablesql.Activity {
		return cablesql.Activity{ISO2: iso2, Country: country, Action: action, Event: event, DateFrom: from, Sentence: country + " " + action + "."}
	}
	put("07LIMA1", a("PE", "Peru", "attended", "Border Forum", "2007-05-01"), a("PE", "Peru", "trained", "", "2007-03-01"))
	put("07KL2", a("MY", "Malaysia", "attended", "Asian Seminar", "2007-02-12"), a("MY", "Malaysia", "attended", "Border Forum", "2007-05-01"))
	cat, err := store.LoadQueryDirs(store.QueryDir{FS: cablesql.Queries(), Builtin: true, Name: "queries"})
	if err != nil {
		t.Fatal(err)
	}
	return db, cat
}

// recordingReader answers prompts from a script and remembers them.
type recordingReader struct {
	lines   []string
	prompts []string
}

func (r *recordingReader) Readline(prompt string) (string, error) {
	r.prompts = append(r.prompts, prompt)
	if len(r.lines) == 0 {
		return "", io.EOF
	}
	l := r.lines[0]
	r.lines = r.lines[1:]
	return l, nil
}

func TestRunPromptsForMissingParamWhenInteractive(t *testing.T) {
	db, cat := activityStore(t)
	in := &recordingReader{lines: []string{".mode csv", ".run country_activities", "peruvian"}}
	var out, errb bytes.Buffer
	s := &Shell{DB: db.SQL(), Catalog: cat, In: in, Out: &out, Err: &errb, Interactive: true}
	if err := s.Run(context.Background()); err != nil {
		t.Fatalf("Run: %v (%s)", err, errb.String())
	}
	if want := "country (an ISO code (AL), a name (Albania), an alias or a demonym (Albanian), any case): "; !contains(in.prompts, want) {
		t.Errorf("prompts = %q, want one %q", in.prompts, want)
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != 3 || !strings.HasPrefix(got[1], "PE,Peru,trained,") || !strings.HasPrefix(got[2], "PE,Peru,attended,Border Forum,") {
		t.Errorf("output = %q", out.String())
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestRunMissingParamInScriptFails(t *testing.T) {
	db, cat := activityStore(t)
	var out, errb bytes.Buffer
	s := &Shell{DB: db.SQL(), Catalog: cat, Out: &out, Err: &errb,
		In: &ScriptReader{Scanner: bufio.NewScanner(strings.NewReader(".run country_activities\nSELECT 'next';\n"))}}
	err := s.Run(context.Background())
	if !errors.Is(err, ErrFailed) || !strings.Contains(errb.String(), `missing parameter "country"`) || out.String() != "next\n" {
		t.Errorf("err %v, stderr %q, out %q", err, errb.String(), out.String())
	}
}

func TestRunPivotQueryAndDotPivot(t *testing.T) {
	db, cat := activityStore(t)
	csvFile := filepath.Join(t.TempDir(), "m.csv")
	script := strings.Join([]string{
		".mode table",
		".run attendance_matrix",
		".export " + csvFile,
		".mode csv",
		".headers on",
		"SELECT iso2, action FROM activities ORDER BY iso2 DESC, action;",
		".pivot iso2 action total=total",
	}, "\n") + "\n"
	var out, errb bytes.Buffer
	s := &Shell{DB: db.SQL(), Catalog: cat, Out: &out, Err: &errb,
		In: &ScriptReader{Scanner: bufio.NewScanner(strings.NewReader(script))}}
	if err := s.Run(context.Background()); err != nil {
		t.Fatalf("Run: %v (%s)", err, errb.String())
	}
	text := out.String()
	table, rest, _ := strings.Cut(text, "(2 rows)\n")
	if !strings.Contains(table, "Asian Seminar") || strings.Index(table, "Asian Seminar") > strings.Index(table, "Border Forum") ||
		strings.Count(table, "✓") != 3 {
		t.Errorf("matrix table (Asian Seminar before Border Forum, 3 marks):\n%s", table)
	}
	if want := "iso2,action\nPE,attended\nPE,trained\nMY,attended\nMY,attended\niso2,attended,trained,total\nPE,1,1,2\nMY,2,0,2\n"; rest != want {
		t.Errorf("query then .pivot =\n%s\nwant\n%s", rest, want)
	}
	b, _ := os.ReadFile(csvFile)
	if want := "iso2,country,Asian Seminar,Border Forum,total\nMY,Malaysia,1,1,2\nPE,Peru,0,1,1\n"; string(b) != want {
		t.Errorf(".export after .run attendance_matrix =\n%s\nwant\n%s", b, want)
	}
}

func TestDotPivotNeedsAResult(t *testing.T) {
	_, errs, err := runScript(t, testDB(t), ".pivot a b\n", false)
	if !errors.Is(err, ErrFailed) || !strings.Contains(errs, "no result to pivot yet") {
		t.Errorf("err %v, stderr %q", err, errs)
	}
	_, errs, _ = runScript(t, testDB(t), "SELECT a, b FROM t;\n.pivot a\n", false)
	if !strings.Contains(errs, "usage: .pivot ROWCOL") {
		t.Errorf("bad .pivot: %q", errs)
	}
	out, _, _ := runScript(t, testDB(t), ".help\n", false)
	if !strings.Contains(out, ".pivot ROWCOL") {
		t.Errorf(".help does not list .pivot:\n%s", out)
	}
}

func TestQueriesListing(t *testing.T) {
	_, cat := activityStore(t)
	var b bytes.Buffer
	if err := WriteCatalog(&b, cat); err != nil {
		t.Fatal(err)
	}
	want := "search q=VALUE [limit=50]\n    Full-text search"
	if !strings.Contains(b.String(), want) || !strings.Contains(b.String(), "      limit  default 50: how many paragraphs at most\n") {
		t.Errorf("listing lacks %q:\n%s", want, b.String())
	}
	for _, n := range cat.Names() {
		if !strings.Contains(b.String(), "\n"+n) && !strings.HasPrefix(b.String(), n) {
			t.Errorf("listing lacks %s", n)
		}
	}
}

func TestParseParams(t *testing.T) {
	p, err := ParseParams([]string{"q=a=b", "country=", "x=x'; DROP TABLE cables; --"})
	if err != nil || p["q"] != "a=b" || p["country"] != "" || p["x"] != "x'; DROP TABLE cables; --" {
		t.Errorf("ParseParams = %v, %v", p, err)
	}
	for _, bad := range [][]string{{"novalue"}, {"=v"}, {"a=1", "a=2"}} {
		if _, err := ParseParams(bad); err == nil {
			t.Errorf("ParseParams(%q) succeeded", bad)
		}
	}
}
