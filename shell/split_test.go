package shell

import (
	"reflect"
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
		{"SELECT ';'", nil, "SELECT ';'"},
		{"SELECT 'a;b';", []string{"SELECT 'a;b';"}, ""},
		{"SELECT 'it''s;';", []string{"SELECT 'it''s;';"}, ""},
		{`SELECT "a;b" FROM t;`, []string{`SELECT "a;b" FROM t;`}, ""},
		{"SELECT 1 -- ; not the end\n;", []string{"SELECT 1 -- ; not the end\n;"}, ""},
		{"SELECT /* ; */ 1;", []string{"SELECT /* ; */ 1;"}, ""},
		{"SELECT /* ; ", nil, "SELECT /* ; "},
		{";;", nil, ""},
		{"-- just a comment\n;", nil, ""},
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO y VALUES (1); UPDATE z SET a = 1; END;",
			[]string{"CREATE TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO y VALUES (1); UPDATE z SET a = 1; END;"}, ""},
		{"CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END; SELECT 3;",
			[]string{"CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END;", "SELECT 3;"}, ""},
		{"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;", nil, "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;"},
	} {
		stmts, rest := Split(tc.in)
		if !reflect.DeepEqual(stmts, tc.stmts) || rest != tc.rest {
			t.Errorf("Split(%q) = %q, %q; want %q, %q", tc.in, stmts, rest, tc.stmts, tc.rest)
		}
	}
}

func TestSplitterFeed(t *testing.T) {
	var s Splitter
	if got := s.Feed("SELECT"); got != nil || !s.Pending() {
		t.Fatalf("Feed(SELECT) = %q, pending %v", got, s.Pending())
	}
	if got := s.Feed("  1;"); !reflect.DeepEqual(got, []string{"SELECT\n  1;"}) || s.Pending() {
		t.Fatalf("Feed(1;) = %q, pending %v", got, s.Pending())
	}
}
