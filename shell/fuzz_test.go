package shell

import (
	"strings"
	"testing"
)

// FuzzSplit checks the statement splitter on arbitrary input: it never
// panics, every statement it returns ends with ";", and splitting a
// returned statement again gives back exactly that statement.
func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"SELECT 1;", "SELECT 'a;b'; SELECT \"c;d\";", "-- c;\nSELECT 2;", "/* ; */ SELECT 3;",
		"CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT CASE WHEN 1 THEN 2 END; END;",
		"SELECT [a;b] FROM `t;`;", "SELECT 'unterminated;", "x'';'\n;", "END; BEGIN; CASE;",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		stmts, rest := splitStatements(in)
		if !strings.HasSuffix(in, rest) {
			t.Fatalf("rest %q is not a suffix of the input", rest)
		}
		for _, s := range stmts {
			if !strings.HasSuffix(s, ";") {
				t.Fatalf("statement %q does not end with ;", s)
			}
			again, r := splitStatements(s)
			if len(again) != 1 || again[0] != s || r != "" {
				t.Fatalf("splitStatements(%q) = %q, %q; want the statement back", s, again, r)
			}
		}
	})
}
