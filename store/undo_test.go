package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
)

// dumpStore is every row of every table of db with its rowid where it has
// one, and the full-text index term by term, position by position (its
// segments left out: where they split is not content). The time a cable
// was ingested is blanked, in db too.
func dumpStore(t *testing.T, db *store.DB) string {
	t.Helper()
	if _, err := db.SQL().Exec(`UPDATE cables SET ingested_at = ''`); err != nil {
		t.Fatal(err)
	}
	var tables []string
	rows, err := db.SQL().Query(`SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table'
		AND name NOT IN ('paragraphs_fts', 'paragraphs_fts_data', 'paragraphs_fts_idx') ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var name string
		var noRowid bool
		if err := rows.Scan(&name, &noRowid); err != nil {
			t.Fatal(err)
		}
		q := fmt.Sprintf(`SELECT rowid, * FROM "%s" ORDER BY rowid`, name)
		if noRowid {
			q = fmt.Sprintf(`SELECT * FROM "%s" ORDER BY 1, 2`, name)
		}
		tables = append(tables, name, q)
	}
	rows.Close()
	tables = append(tables, "full-text index", `SELECT term, doc, col, offset FROM temp.v ORDER BY term, doc, col, offset`)
	if _, err := db.SQL().Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, paragraphs_fts, 'instance')`); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := 0; i < len(tables); i += 2 {
		fmt.Fprintf(&b, "# %s\n", tables[i])
		writeRows(t, db.SQL(), tables[i+1], &b)
	}
	return b.String()
}

// writeRows writes the rows of query to b, a line each, columns quoted.
func writeRows(t *testing.T, db *sql.DB, query string, b *strings.Builder) {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			if bs, ok := v.([]byte); ok {
				v = string(bs)
			}
			fmt.Fprintf(b, "%#v\t", v)
		}
		b.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// undoCables are the cables of the undo tests: a good one, the one made to
// fail, another good one; each names an event of its own and has topics.
func undoCables() (cables []*cablesql.Cable, acts [][]cablesql.Activity) {
	for i, id := range []string{"09GOOD1", "09BAD2", "09GOOD3"} {
		c := cableWith(id, id, fmt.Sprintf("Paragraph one of %s about %s.", id, strings.ToLower(id)),
			fmt.Sprintf("Albania attended the conference number%d.", i))
		c.Refs = []string{"08STATE1", fmt.Sprintf("08STATE%d", i+2)}
		c.Tags = append(c.Tags, cablesql.Tag{Name: fmt.Sprintf("K%d", i), Kind: "geo"})
		cables = append(cables, c)
		acts = append(acts, []cablesql.Activity{
			{ISO2: "AL", Country: "Albania", Action: "attended", Event: "Export Control Conference",
				Sentence: "Albania attended.", Paragraph: 2, Topics: []string{"licensing"}},
			{ISO2: "AL", Country: "Albania", Action: "attended", Event: fmt.Sprintf("Conference Number %d", i),
				Sentence: "Albania attended again.", Paragraph: 2, Topics: []string{"enforcement", "outreach"}},
		})
	}
	return cables, acts
}

// putAll puts cables (skipping skip) in one batch and commits it; the put
// of fail must fail, and leave the batch.
func putAll(t *testing.T, db *store.DB, cables []*cablesql.Cable, acts [][]cablesql.Activity, skip, fail string) {
	t.Helper()
	ctx := context.Background()
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for i, c := range cables {
		if c.ID == skip {
			continue
		}
		_, err := w.Put(ctx, c, acts[i])
		switch {
		case c.ID == fail && (err == nil || errors.Is(err, store.ErrBatchLost)):
			t.Fatalf("Put(%s) = %v, want an error that leaves the batch", c.ID, err)
		case c.ID != fail && err != nil:
			t.Fatalf("Put(%s): %v", c.ID, err)
		}
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
}

// injectedFailure is a statement of the failing cable made to fail: an
// insert into table where the condition when holds.
type injectedFailure struct{ table, when string }

// A new cable that fails at any of its statements leaves the store as if
// it had never been put: the same rows under the same rowids (the next
// cable's paragraphs, activities and events numbered as they would be),
// and the same full-text index, as a rollback to a savepoint would.
func TestWriter_FailedNewCableIsUndone(t *testing.T) {
	cables, acts := undoCables()
	checkUndone(t, cables, acts, []injectedFailure{
		{"cables", "new.id = '09BAD2'"},
		{"cable_tags", "new.cable_id = '09BAD2' AND new.tag = 'K1'"},
		{"cable_refs", "new.cable_id = '09BAD2' AND new.ref_id = '08STATE3'"},
		{"paragraphs", "new.cable_id = '09BAD2' AND new.seq = 2"},
		{"events", "new.name = 'Conference Number 1'"},
		{"activities", "new.cable_id = '09BAD2' AND new.event = 'Conference Number 1'"},
		{"activity_topics", "new.topic = 'outreach' AND new.activity_id IN (SELECT id FROM activities WHERE cable_id = '09BAD2')"},
		{"cable_sources", "new.cable_id = '09BAD2'"},
	})
}

// A new cable longer than one multi-row insert of paragraphs (70: rows
// 1-32, 33-64 and 65-70) that fails after the first insert went in, its
// paragraphs rows in the table but not yet in the full-text index, is
// undone as a short one is: nothing of it stays, in any table or in the
// index, and the cables before and after it are whole.
func TestWriter_FailedLongCableIsUndone(t *testing.T) {
	cables, acts := undoCables()
	bad := cables[1]
	for i := len(bad.Paragraphs); i < 70; i++ {
		text := fmt.Sprintf("Paragraph badword%d of 09BAD2.", i+1)
		bad.Paragraphs = append(bad.Paragraphs, cablesql.Paragraph{Seq: i + 1, Num: i + 1, Text: text, Raw: text})
	}
	checkUndone(t, cables, acts, []injectedFailure{
		{"paragraphs", "new.cable_id = '09BAD2' AND new.seq = 33"},
		{"paragraphs", "new.cable_id = '09BAD2' AND new.seq = 50"},
		{"paragraphs", "new.cable_id = '09BAD2' AND new.seq = 70"},
		{"activities", "new.cable_id = '09BAD2' AND new.event = 'Conference Number 1'"},
		{"cable_sources", "new.cable_id = '09BAD2'"},
	})
}

// checkUndone puts cables in one batch once for each failure in fails,
// made to happen to 09BAD2, and holds the store to one 09BAD2 was never
// put in: every table row for row, rowids included, and the full-text
// index term by term and in step with paragraphs.
func checkUndone(t *testing.T, cables []*cablesql.Cable, acts [][]cablesql.Activity, fails []injectedFailure) {
	t.Helper()
	want := MustOpenDB(t)
	putAll(t, want, cables, acts, "09BAD2", "")
	wantDump := dumpStore(t, want)
	for _, fail := range fails {
		t.Run(fail.table, func(t *testing.T) {
			db := MustOpenDB(t)
			if _, err := db.SQL().Exec(fmt.Sprintf(`CREATE TRIGGER fail BEFORE INSERT ON %s WHEN %s
				BEGIN SELECT RAISE(ABORT, 'injected failure'); END`, fail.table, fail.when)); err != nil {
				t.Fatal(err)
			}
			putAll(t, db, cables, acts, "", "09BAD2")
			if _, err := db.SQL().Exec(`DROP TRIGGER fail`); err != nil {
				t.Fatal(err)
			}
			checkFTS(t, db)
			for query, want := range map[string]int{
				"SELECT count(*) FROM cables WHERE id = '09BAD2'":                         0,
				"SELECT count(*) FROM paragraphs WHERE cable_id = '09BAD2'":               0,
				"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '09bad2'": 0,
				"SELECT count(*) FROM activities WHERE cable_id = '09BAD2'":               0,
				"SELECT count(*) FROM events WHERE name = 'Conference Number 1'":          0,
				"SELECT count(*) FROM cables":                                             2,
			} {
				if got := count(t, db, query); got != want {
					t.Errorf("%s = %d, want %d", query, got, want)
				}
			}
			if got := dumpStore(t, db); got != wantDump {
				t.Errorf("the store differs from one the failed cable was never put in:\n%s", firstDiff(wantDump, got))
			}
		})
	}
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\nwant %s\ngot  %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("%d lines against %d", len(al), len(bl))
}

// When SQLite rolls the whole transaction back on an error, the writer
// says the batch is lost and begins another with the next cable.
func TestWriter_RolledBackTransactionIsLost(t *testing.T) {
	ctx := context.Background()
	cables, acts := undoCables()
	db := MustOpenDB(t)
	if _, err := db.SQL().Exec(`CREATE TRIGGER fail BEFORE INSERT ON activities WHEN new.cable_id = '09BAD2'
		BEGIN SELECT RAISE(ROLLBACK, 'injected rollback'); END`); err != nil {
		t.Fatal(err)
	}
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(ctx, cables[0], acts[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Put(ctx, cables[1], acts[1]); !errors.Is(err, store.ErrBatchLost) {
		t.Fatalf("Put(%s) = %v, want ErrBatchLost", cables[1].ID, err)
	}
	if _, err := w.Put(ctx, cables[2], acts[2]); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM cables":                      1,
		"SELECT count(*) FROM cables WHERE id = '09GOOD3'": 1,
		"SELECT count(*) FROM events":                      2,
		"SELECT count(*) FROM activities":                  2,
		"SELECT count(*) FROM paragraphs":                  2,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
	checkFTS(t, db)
}
