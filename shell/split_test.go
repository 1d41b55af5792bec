package shell

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in    string
		stmts []string
		rest  string
	}{
		{"SELECT 1;", []string{"SELECT 1;"}, ""},
		{"SELECT 1; SELECT 2;\n", []string{"SELECT 1;", "SELECT 2;"}, "\n"},
		{"SELECT 1", nil, "SELECT 1"},
		{"SELECT ';'", nil, "SELECT ';'"},
		{"SELECT 'a;b';", []string{"SELECT 'a;b';"}, ""},
		{"SELECT 'it''s;';", []string{"SELECT 'it''s;';"}, ""},
		{"SELECT 'it''s;", nil, "SELECT 'it''s;"},
		{`SELECT "a;b" FROM t;`, []string{`SELECT "a;b" FROM t;`}, ""},
		{`SELECT "a"";b" FROM t;`, []string{`SELECT "a"";b" FROM t;`}, ""},
		{"SELECT [a;b] FROM t;", []string{"SELECT [a;b] FROM t;"}, ""},
		{"SELECT `a;b` FROM t;", []string{"SELECT `a;b` FROM t;"}, ""},
		{"SELECT 1 -- ; not the end\n;", []string{"SELECT 1 -- ; not the end\n;"}, ""},
		{"SELECT 1 -- it's not a quote\n;", []string{"SELECT 1 -- it's not a quote\n;"}, ""},
		{"SELECT /* ; */ 1;", []string{"SELECT /* ; */ 1;"}, ""},
		{"SELECT /* it's */ 1;", []string{"SELECT /* it's */ 1;"}, ""},
		{"SELECT /* ; ", nil, "SELECT /* ; "},
		{"SELECT 1 - 2;", []string{"SELECT 1 - 2;"}, ""},
		{"SELECT 4 / 2;", []string{"SELECT 4 / 2;"}, ""},
		{";;", nil, ""},
		{"-- just a comment\n;", nil, ""},
		{"/* c */ ; SELECT 1;", []string{"SELECT 1;"}, ""},
		// Trigger bodies: only "; END ;" ends the statement, as in sqlite3_complete.
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO y VALUES (1); UPDATE z SET a = 1; END;",
			[]string{"CREATE TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO y VALUES (1); UPDATE z SET a = 1; END;"}, ""},
		{"CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END; SELECT 3;",
			[]string{"CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END;", "SELECT 3;"}, ""},
		{"create temporary trigger t after insert on x begin select 1; end ;",
			[]string{"create temporary trigger t after insert on x begin select 1; end ;"}, ""},
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;", nil, "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;"},
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 'END;'; END;",
			[]string{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 'END;'; END;"}, ""},
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; -- END;\nEND;",
			[]string{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; -- END;\nEND;"}, ""},
		{"EXPLAIN CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;",
			[]string{"EXPLAIN CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;"}, ""},
		// Not triggers: a table, or a column named like a keyword.
		{"CREATE TABLE trigger_log(a); SELECT 1;", []string{"CREATE TABLE trigger_log(a);", "SELECT 1;"}, ""},
		{"SELECT trigger FROM t; SELECT 2;", []string{"SELECT trigger FROM t;", "SELECT 2;"}, ""},
		{"SELECT 'é;ü';", []string{"SELECT 'é;ü';"}, ""},
	} {
		stmts, rest := splitStatements(tc.in)
		if !reflect.DeepEqual(stmts, tc.stmts) || rest != tc.rest {
			t.Errorf("splitStatements(%q) = %q, %q; want %q, %q", tc.in, stmts, rest, tc.stmts, tc.rest)
		}
	}
}

func TestSplitterFeed(t *testing.T) {
	var s splitter
	feed := func(line string) []statement {
		t.Helper()
		return s.Feed(line)
	}
	if got := feed("SELECT"); got != nil || !s.Pending() {
		t.Fatalf("Feed(SELECT) = %v, pending %v", got, s.Pending())
	}
	if got := feed("  1;"); !reflect.DeepEqual(got, []statement{{"SELECT\n  1;", 1}}) || s.Pending() {
		t.Fatalf("Feed(1;) = %+v, pending %v", got, s.Pending())
	}
	// A comment alone is not a pending statement.
	if got := feed("-- a comment"); got != nil || s.Pending() {
		t.Fatalf("Feed(comment) = %+v, pending %v", got, s.Pending())
	}
	// An open block comment and an open string are.
	feed("/* open")
	if !s.Pending() {
		t.Fatal("open comment not pending")
	}
	if got := feed("still */ SELECT 'a"); got != nil || !s.Pending() {
		t.Fatalf("open string: %+v, pending %v", got, s.Pending())
	}
	got := feed("b;c'; SELECT 2; SELECT")
	want := []statement{{"SELECT 'a\nb;c';", 5}, {"SELECT 2;", 6}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Feed = %+v, want %+v", got, want)
	}
	got = feed("3;")
	if want := []statement{{"SELECT\n3;", 6}}; !reflect.DeepEqual(got, want) || s.Pending() {
		t.Fatalf("Feed(3;) = %+v, want %+v (pending %v)", got, want, s.Pending())
	}
	s.Reset()
	if got := feed("SELECT 9;"); !reflect.DeepEqual(got, []statement{{"SELECT 9;", 8}}) {
		t.Fatalf("after Reset: %v", got)
	}
}

// TestSplitterLineByLine checks that feeding text a line at a time cuts
// the same statements as splitStatements on the whole text.
func TestSplitterLineByLine(t *testing.T) {
	text := "SELECT 1;\nCREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  INSERT INTO u VALUES ('x;');\n  SELECT CASE WHEN 1 THEN 2 END;\nEND;\n" +
		"SELECT 'multi\nline'; -- trailing\n/* block\n;*/ SELECT \"q;\"\n, 2;\n"
	whole, _ := splitStatements(text)
	var s splitter
	var fed []string
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		for _, st := range s.Feed(line) {
			fed = append(fed, st.Text)
		}
	}
	if !reflect.DeepEqual(fed, whole) || s.Pending() {
		t.Errorf("line by line = %q (pending %v)\nwhole text  = %q", fed, s.Pending(), whole)
	}
	if len(whole) != 4 {
		t.Errorf("got %d statements, want 4: %q", len(whole), whole)
	}
}

// FuzzSplitterLines checks that feeding text line by line cuts the same
// statements as splitting it whole, and leaves pending exactly what is
// neither a statement nor blank.
func FuzzSplitterLines(f *testing.F) {
	for _, seed := range []string{
		"SELECT 1;\nSELECT\n2;", "SELECT 'a\n;b';", "/* x\n; */ SELECT 1; -- ;\n",
		"CREATE TRIGGER t AFTER INSERT ON x BEGIN\nSELECT 1;\nEND;\nSELECT 2",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ReplaceAll(text, "\r", "")
		whole, rest := splitStatements(text + "\n")
		var s splitter
		var fed []string
		for _, line := range strings.Split(text, "\n") {
			for _, st := range s.Feed(line) {
				fed = append(fed, st.Text)
			}
		}
		if !reflect.DeepEqual(fed, whole) {
			t.Fatalf("line by line %q, whole %q", fed, whole)
		}
		if s.Pending() != !blank(rest) {
			t.Fatalf("pending %v (%q), rest %q", s.Pending(), s.Buffered(), rest)
		}
	})
}
