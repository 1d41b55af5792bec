package shell

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/cablesql/cablesql/store"
)

func testVocabulary() *vocabulary {
	return &vocabulary{
		Tables: []string{"activities", "cable_tags", "cables", "countries"},
		Columns: map[string][]string{
			"activities": {"id", "cable_id", "iso2", "country", "action"},
			"cable_tags": {"cable_id", "tag", "kind"},
			"cables":     {"id", "dtg", "classification", "classified_by", "subject"},
			"countries":  {"iso2", "name", "fips"},
		},
		Queries: map[string][]string{
			"participation_by_country": nil,
			"event_attendees":          {"event", "year"},
		},
		Values: func(table, column string) []string {
			switch table + "." + column {
			case "cables.classification":
				return []string{"CONFIDENTIAL", "SECRET", "SECRET//NOFORN", "UNCLASSIFIED"}
			case "countries.iso2":
				return []string{"DE", "DK", "FR"}
			case "activities.iso2":
				return []string{"DE", "FR"}
			case "activities.action":
				return []string{"attended", "hosted", "trained"}
			case "countries.name":
				return []string{"Côte d'Ivoire", "Cuba"}
			}
			return nil
		},
	}
}

func TestComplete(t *testing.T) {
	v := testVocabulary()
	for _, tc := range []struct {
		pending, before string
		want            []string
		wordLen         int
	}{
		// Dot-commands and their arguments.
		{"", ".tab", []string{".tables "}, 4},
		{"", ".", DotCommandsWith(" "), 1},
		{"", ".t", []string{".tables ", ".timer "}, 2},
		{"", "  .sch", []string{".schema "}, 4},
		{"", ".schema ca", []string{"cable_tags", "cables"}, 2},
		{"", ".mode cs", []string{"csv"}, 2},
		{"", ".headers o", []string{"on", "off"}, 1},
		{"", ".run ", []string{"event_attendees ", "participation_by_country "}, 0},
		{"", ".run ev", []string{"event_attendees "}, 2},
		{"", ".run event_attendees ", []string{"event=", "year="}, 0},
		{"", ".run event_attendees year=1999 ", []string{"event="}, 0},
		{"", ".run event_attendees e", []string{"event="}, 1},
		{"", ".bogus x", nil, 0},
		// A dot is not a command inside a statement.
		{"SELECT\n", ".t", nil, 0},
		// Tables after FROM and JOIN, any case.
		{"", "SELECT * FROM ca", []string{"cable_tags", "cables"}, 2},
		{"", "select * from CA", []string{"CAble_tags", "CAbles"}, 2},
		{"SELECT *\n", "FROM cables c JOIN coun", []string{"countries"}, 4},
		// Columns of the tables in the statement, through aliases.
		{"", "SELECT c.cl", nil, 0}, // no table c yet
		{"SELECT x FROM cables c\n", "WHERE c.cl", []string{"classification", "classified_by"}, 2},
		{"SELECT x FROM cables AS k JOIN countries n ON\n", "n.", []string{"iso2", "name", "fips"}, 0},
		{"SELECT x FROM activities\n", "WHERE act", []string{"action", "activities"}, 3},
		// Without a FROM yet: every column, tables and keywords.
		{"", "SELECT classi", []string{"classification", "classified_by"}, 6},
		{"", "sel", []string{"select"}, 3},
		{"", "SEL", []string{"SELECT"}, 3},
		// Values of low-cardinality columns inside a string.
		{"", "SELECT * FROM cables WHERE classification = '", []string{"'CONFIDENTIAL'", "'SECRET'", "'SECRET//NOFORN'", "'UNCLASSIFIED'"}, 1},
		{"", "SELECT * FROM cables WHERE classification = 'SEC", []string{"'SECRET'", "'SECRET//NOFORN'"}, 4},
		{"", "SELECT * FROM cables c WHERE c.classification <> 'U", []string{"'UNCLASSIFIED'"}, 2},
		{"", "SELECT * FROM countries WHERE iso2 IN ('FR', 'D", []string{"'DE'", "'DK'"}, 2},
		{"SELECT * FROM activities a\n", "WHERE a.iso2 = '", []string{"'DE'", "'FR'"}, 1},
		{"", "SELECT * FROM activities WHERE action LIKE 'h", []string{"'hosted'"}, 2},
		{"", "SELECT * FROM countries WHERE name = 'C", []string{"'Côte d''Ivoire'", "'Cuba'"}, 2},
		// No values for a column that has none worth offering, or outside a comparison.
		{"", "SELECT * FROM cables WHERE subject = '", nil, 0},
		{"", "SELECT 'CON", nil, 0},
		// After a closed string, with no word begun: the columns in play.
		{"", "SELECT * FROM cables WHERE classification = 'SECRET' ", []string{"id", "dtg", "classification", "classified_by", "subject"}, 0},
	} {
		got, n := complete(v, tc.pending, tc.before)
		sort.Strings(got)
		want := append([]string(nil), tc.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) || n != tc.wordLen && len(want) > 0 {
			t.Errorf("Complete(%q, %q) = %q, %d; want %q, %d", tc.pending, tc.before, got, n, want, tc.wordLen)
		}
	}
}

// DotCommandsWith returns the dot-command names followed by suffix.
func DotCommandsWith(suffix string) []string {
	return withSuffix(dotCommandNames(), suffix)
}

func TestCompletePath(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "report.csv"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "report.sql"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "reports"), 0o755)
	got, n := complete(&vocabulary{}, "", ".read "+dir+"/rep")
	sort.Strings(got)
	want := []string{dir + "/report.csv", dir + "/report.sql", dir + "/reports/"}
	if !reflect.DeepEqual(got, want) || n != len(dir)+4 {
		t.Errorf("path completion = %q, %d; want %q", got, n, want)
	}
}

// TestShellComplete completes against a real database: names come from
// the schema, are refreshed after DDL, and values from the data.
func TestShellComplete(t *testing.T) {
	db := testDB(t)
	if _, err := db.Exec(`CREATE TABLE cables(id TEXT, classification TEXT, subject TEXT);
		INSERT INTO cables VALUES ('a', 'SECRET', 's1'), ('b', 'CONFIDENTIAL', 's2'), ('c', 'SECRET', 's3');`); err != nil {
		t.Fatal(err)
	}
	cat, err := store.LoadQueryDirs(store.QueryDir{FS: os.DirFS(filepath.Join("..", "queries")), Builtin: true, Name: "queries"})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := &Shell{DB: db, Out: &out, Err: &out, Catalog: cat}
	defer s.Close()
	ctx := context.Background()
	s.init()
	if err := s.Exec(ctx, "SELECT 1"); err != nil { // opens the connection
		t.Fatal(err)
	}
	check := func(before string, want ...string) {
		t.Helper()
		got, _ := s.Complete(before)
		sort.Strings(got)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Complete(%q) = %q, want %q", before, got, want)
		}
	}
	check("SELECT * FROM ca", "cables")
	check("SELECT * FROM cables WHERE classification = '", "'CONFIDENTIAL'", "'SECRET'")
	check(".run partic", "participation_by_country ")
	// DDL here is seen at the next Tab.
	if err := s.Exec(ctx, "CREATE TABLE cable_notes(cable_id TEXT, note TEXT)"); err != nil {
		t.Fatal(err)
	}
	check("SELECT * FROM ca", "cable_notes", "cables")
	check("SELECT * FROM cable_notes WHERE no", "not", "note")
	// So are new values, after a statement changed the data.
	if err := s.Exec(ctx, "INSERT INTO cables VALUES ('d', 'UNCLASSIFIED', 's4')"); err != nil {
		t.Fatal(err)
	}
	check("SELECT * FROM cables WHERE classification = 'U", "'UNCLASSIFIED'")
	// A temporary table is on the shell's connection, and completed.
	if err := s.Exec(ctx, "CREATE TEMP TABLE scratch(x)"); err != nil {
		t.Fatal(err)
	}
	check("SELECT * FROM scr", "scratch")
}
