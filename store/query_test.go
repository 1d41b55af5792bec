package store

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cablesql/cablesql"
)

func TestParseQueries(t *testing.T) {
	qs, err := ParseQueries("x.sql", `-- preamble
-- name: one
-- description: First query.
-- param: country required country
-- param: limit default 10 how many rows
SELECT :country, :limit;

-- name: two
-- description: Second.
-- param: q default "a b" search terms
SELECT :q;
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 2 {
		t.Fatalf("got %d queries, want 2", len(qs))
	}
	one := qs[0]
	if one.Name != "one" || one.Description != "First query." || one.Line != 2 || one.SQL != "SELECT :country, :limit;" {
		t.Errorf("one = %+v", one)
	}
	if len(one.Params) != 2 || one.Params[0].HasDefault || one.Params[1].Default != "10" || one.Params[1].Description != "how many rows" {
		t.Errorf("one params = %+v", one.Params)
	}
	if p := qs[1].Params[0]; p.Default != "a b" || p.Description != "search terms" {
		t.Errorf("two param = %+v", p)
	}
	if _, err := one.Bind(map[string]string{}); !errors.Is(err, cablesql.ErrMissingParam) {
		t.Errorf("Bind without country = %v, want ErrMissingParam", err)
	}
	if _, err := one.Bind(map[string]string{"country": "AL", "bogus": "1"}); !errors.Is(err, cablesql.ErrUnknownParam) {
		t.Errorf("Bind with bogus = %v, want ErrUnknownParam", err)
	}
	if args, err := one.Bind(map[string]string{"country": "AL"}); err != nil || len(args) != 2 {
		t.Errorf("Bind = %v, %v", args, err)
	}
}

func TestParseQueriesErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"SELECT 1;", "x.sql:1: no `-- name:` header"},
		{"-- name: a\n-- param: 1bad\nSELECT 1;", "x.sql:2: bad parameter name \"1bad\""},
		{"-- name: a\n", `x.sql:1: query "a" has no SQL`},
	} {
		_, err := ParseQueries("x.sql", tc.text)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ParseQueries(%q) = %v, want %s", tc.text, err, tc.want)
		}
	}
}

func TestLoadCatalogOverride(t *testing.T) {
	user := fstest.MapFS{"mine.sql": {Data: []byte("-- name: cables_by_origin\n-- description: mine\nSELECT 1;\n")}}
	c, err := LoadCatalog(cablesql.Queries(), user)
	if err != nil {
		t.Fatal(err)
	}
	if q, _ := c.Lookup("cables_by_origin"); q.Description != "mine" {
		t.Errorf("override not applied: %+v", q)
	}
	if len(c.Notices) != 1 {
		t.Errorf("notices = %v, want one", c.Notices)
	}
	if _, err := c.Lookup("nope"); !errors.Is(err, cablesql.ErrNotFound) {
		t.Errorf("Lookup(nope) = %v", err)
	}
}

func TestParseQueriesPivotAndParamChecks(t *testing.T) {
	qs, err := ParseQueries("m.sql", `-- name: m
-- description: A matrix.
-- pivot: iso2,country event attended total=total mark=✓ sort=-total,country
-- param: since default "" earliest date, or all
SELECT iso2, country, event, 1 AS attended, '%H:%M' AS t, ':notaparam' AS s -- :nor_this
FROM activities /* :nor
 this */ WHERE date_from >= :since;
`)
	if err != nil {
		t.Fatal(err)
	}
	p := qs[0].Pivot
	want := &PivotSpec{Rows: []string{"iso2", "country"}, Column: "event", Value: "attended", Total: "total", Mark: "✓", Sort: []string{"-total", "country"}}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("pivot = %+v, want %+v", p, want)
	}
	if again, err := ParsePivot(p.String()); err != nil || !reflect.DeepEqual(again, p) {
		t.Errorf("ParsePivot(String()) = %+v, %v", again, err)
	}
	if ps := qs[0].Params; len(ps) != 1 || !ps[0].HasDefault || ps[0].Default != "" {
		t.Errorf("params = %+v", ps)
	}

	for _, tc := range []struct{ text, want string }{
		{"-- name: a\n-- pivot: onlyone\nSELECT 1;", "x.sql:2: pivot: want ROWCOLS COLCOL [VALUECOL], got \"onlyone\""},
		{"-- name: a\n-- param: p x\n-- param: p y\nSELECT :p;", "x.sql:3: parameter p declared twice"},
		{"-- name: a-b\nSELECT 1;", "x.sql:1: bad query name \"a-b\" (use letters, digits and _)"},
	} {
		_, err := ParseQueries("x.sql", tc.text)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ParseQueries(%q) = %v, want %s", tc.text, err, tc.want)
		}
	}
}

// TestUndeclaredParamsAreInferred: every :name of the SQL is a
// parameter, declared or not, in the order of first use after the
// declared ones; a header adds a default and a description.
func TestUndeclaredParamsAreInferred(t *testing.T) {
	qs, err := ParseQueries("x.sql", "-- name: a\n-- param: limit default 5 at most\nSELECT :who, @n, :who LIMIT :limit;")
	if err != nil {
		t.Fatal(err)
	}
	want := []Param{{Name: "limit", Default: "5", HasDefault: true, Description: "at most"}, {Name: "who"}, {Name: "n"}}
	if !reflect.DeepEqual(qs[0].Params, want) {
		t.Errorf("params = %+v, want %+v", qs[0].Params, want)
	}
}

// TestBadUserQueryIsSkipped: an error in a user's file leaves out that
// query, with a file:line warning, and keeps the rest.
func TestBadUserQueryIsSkipped(t *testing.T) {
	user := fstest.MapFS{"mine.sql": {Data: []byte("-- name: good\nSELECT 1;\n-- name: bad\n-- pivot: onlyone\nSELECT 2;\n-- name: after\nSELECT 3;\n")}}
	c, err := LoadQueryDirs(QueryDir{Name: "builtin", FS: fstest.MapFS{}, Builtin: true}, QueryDir{Name: "u", FS: user})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Names(), " "); got != "after good" {
		t.Errorf("queries %q, want after good", got)
	}
	if len(c.Warnings) != 1 || !strings.HasPrefix(c.Warnings[0], "u/mine.sql:4: pivot:") {
		t.Errorf("warnings %q", c.Warnings)
	}
	if _, err := LoadQueryDirs(QueryDir{Name: "builtin", FS: user, Builtin: true}); err == nil {
		t.Errorf("a built-in error was not returned")
	}
}

func TestBindPassesValuesAsValues(t *testing.T) {
	q := &SavedQuery{Name: "q", Params: []Param{{Name: "country"}, {Name: "limit", Default: "50", HasDefault: true}}}
	hostile := "x'; DROP TABLE cables; --"
	args, err := q.Bind(map[string]string{"country": hostile})
	if err != nil {
		t.Fatal(err)
	}
	want := []any{sql.Named("country", hostile), sql.Named("limit", "50")}
	if !reflect.DeepEqual(args, want) {
		t.Errorf("Bind = %v, want %v", args, want)
	}
	if m := q.Missing(map[string]string{}); len(m) != 1 || m[0].Name != "country" {
		t.Errorf("Missing = %v", m)
	}
	if v := q.Values(map[string]string{"country": "AL", "limit": "5"}); v["limit"] != "5" || v["country"] != "AL" {
		t.Errorf("Values = %v", v)
	}
	if _, err = q.Bind(map[string]string{}); err == nil || !strings.Contains(err.Error(), `missing parameter "country"`) {
		t.Errorf("Bind without country = %v", err)
	}
}

func TestLoadQueryDirsNamesFiles(t *testing.T) {
	user := fstest.MapFS{"t.sql": {Data: []byte("-- name: timeline\nSELECT 1;\n-- name: extra\nSELECT 2;\n")}}
	more := fstest.MapFS{"x.sql": {Data: []byte("-- name: extra\nSELECT 3;\n")}}
	c, err := LoadQueryDirs(QueryDir{Name: "queries", FS: cablesql.Queries(), Builtin: true},
		QueryDir{Name: "/home/u/q", FS: user}, QueryDir{Name: "more", FS: more})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"query timeline from /home/u/q/t.sql:1 overrides the built-in one",
		"query extra from more/x.sql:1 overrides /home/u/q/t.sql",
	}
	if !reflect.DeepEqual(c.Notices, want) {
		t.Errorf("notices = %q, want %q", c.Notices, want)
	}
	if q, _ := c.Lookup("extra"); q.SQL != "SELECT 3;" || q.Builtin {
		t.Errorf("extra = %+v", q)
	}
	if q, _ := c.Lookup("search"); q.Source != "queries/search.sql" || !q.Builtin {
		t.Errorf("search = %+v", q)
	}
	dup := fstest.MapFS{"d.sql": {Data: []byte("-- name: a\nSELECT 1;\n-- name: a\nSELECT 2;\n")}}
	if _, err := LoadQueryDirs(QueryDir{Name: "u", FS: dup}); err == nil || err.Error() != `u/d.sql:3: query "a" already defined at u/d.sql:1` {
		t.Errorf("duplicate in one file: %v", err)
	}
}

// Every built-in query parses, declares what it uses, and runs on an
// empty store with its defaults and a sample value for each required
// parameter.
func TestBuiltinQueriesRun(t *testing.T) {
	c, err := LoadCatalog(cablesql.Queries())
	if err != nil {
		t.Fatal(err)
	}
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "e.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, name := range c.Names() {
		q := c.Queries[name]
		if q.Description == "" {
			t.Errorf("%s has no description", name)
		}
		args := map[string]string{}
		for _, p := range q.Missing(args) {
			args[p.Name] = "x"
		}
		bound, err := q.Bind(args)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := db.SQL().Query(q.SQL, bound...)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		rows.Close()
	}
}

// ParseQueries is parseQueries with its first error, as the tests ask.
func ParseQueries(file, text string) ([]*SavedQuery, error) {
	qs, errs := parseQueries(file, text)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return qs, nil
}

// LoadCatalog loads the queries of fsyss as the shell does: the first as
// the built-in ones, the others as the user's directories.
func LoadCatalog(fsyss ...fs.FS) (*Catalog, error) {
	dirs := make([]QueryDir, len(fsyss))
	for i, fsys := range fsyss {
		dirs[i] = QueryDir{FS: fsys, Builtin: i == 0}
		if i == 0 {
			dirs[i].Name = "queries"
		}
	}
	return LoadQueryDirs(dirs...)
}
