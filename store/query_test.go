package store

import (
	"errors"
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
