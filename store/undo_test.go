package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
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

// A merge that fails leaves the stored cable as it was, whether SQLite
// undoes the failed statement alone (RAISE(ABORT)), the writer rolling
// back to the merge's savepoint and the batch going on, or rolls the
// whole transaction back (RAISE(ROLLBACK), or a full disk), which Put
// reports as ErrBatchLost, as it does for a new cable: the cables put
// before it in the batch are gone, and the next cable begins another
// batch. Either way, a new cable failing after it is undone alone, and
// the store is row for row one where the lost cables were never put.
func TestWriter_FailedMerge(t *testing.T) {
	m := newFailedMerge()
	for _, fail := range []injectedFailure{
		{"cables", "new.id = '09BAD2'"},
		{"cable_tags", "new.cable_id = '09BAD2'"},
		{"cable_refs", "new.cable_id = '09BAD2' AND new.ref_id = '08STATE99'"},
		{"paragraphs", "new.cable_id = '09BAD2' AND new.seq = 40"},
		{"events", "new.name = 'Conference Number 9'"},
		{"activities", "new.cable_id = '09BAD2'"},
		{"activity_topics", "new.activity_id IN (SELECT id FROM activities WHERE cable_id = '09BAD2')"},
		{"cable_sources", "new.sha256 = '09BAD2-merge'"},
	} {
		for _, raise := range []string{"ABORT", "ROLLBACK"} {
			t.Run(fail.table+"/"+raise, func(t *testing.T) {
				m.check(t, raise == "ROLLBACK", func(db *store.DB) {
					if _, err := db.SQL().Exec(fmt.Sprintf(`CREATE TRIGGER fail BEFORE INSERT ON %s WHEN %s
						BEGIN SELECT RAISE(%s, 'injected failure'); END`, fail.table, fail.when, raise)); err != nil {
						t.Fatal(err)
					}
				})
			})
		}
	}
	// The merged cables row, with the merge's body, needs more pages than
	// the store may grow by: SQLITE_FULL in a statement without a
	// statement journal, on which SQLite rolls the transaction back.
	t.Run("SQLITE_FULL", func(t *testing.T) {
		err := m.check(t, true, func(db *store.DB) {
			// One connection, the writer's: max_page_count is its own.
			db.SQL().SetMaxOpenConns(1)
			count(t, db, fmt.Sprintf("PRAGMA max_page_count = %d", count(t, db, "PRAGMA page_count")+8))
		})
		if se := (*sqlite.Error)(nil); !errors.As(err, &se) || se.Code() != sqlite3.SQLITE_FULL {
			t.Errorf("the merge failed with %v, want SQLITE_FULL", err)
		}
	})
}

// failedMerge are the cables of TestWriter_FailedMerge: 09BAD2 as stored,
// then in one batch a new cable, 09BAD2 from another source (a merge,
// made to fail), a new cable that fails (09BAD4) and another new one.
type failedMerge struct {
	cables []*cablesql.Cable
	acts   [][]cablesql.Activity
}

// newFailedMerge makes the cables of TestWriter_FailedMerge from
// undoCables. The merge brings a longer text (70 paragraphs, three
// multi-row inserts), its own activity and event, a reference more and a
// body of 300 KB.
func newFailedMerge() failedMerge {
	cables, acts := undoCables()
	merge := *cables[1]
	merge.Source = cablesql.Source{Path: "09BAD2.html", Format: "html", SHA256: "09BAD2-merge", Line: 1}
	merge.Refs = append(slices.Clip(merge.Refs), "08STATE99")
	merge.Body = strings.Repeat("Body of 09BAD2. ", 20000)
	merge.Paragraphs = nil
	for i := range 70 {
		text := fmt.Sprintf("Paragraph mergeword%d of 09BAD2, the longer text.", i+1)
		merge.Paragraphs = append(merge.Paragraphs, cablesql.Paragraph{Seq: i + 1, Num: i + 1, Text: text, Raw: text})
	}
	mergeActs := []cablesql.Activity{{ISO2: "AL", Country: "Albania", Action: "attended", Event: "Conference Number 9",
		Sentence: "Albania attended once more.", Paragraph: 40, Topics: []string{"licensing"}}}
	bad := cableWith("09BAD4", "09BAD4", "Paragraph one of 09BAD4.", "A paragraph of 09BAD4 under the same seq.")
	bad.Paragraphs[1].Seq = 1
	return failedMerge{
		cables: []*cablesql.Cable{cables[1], cables[0], &merge, bad, cables[2]},
		acts:   [][]cablesql.Activity{acts[1], acts[0], mergeActs, nil, acts[2]},
	}
}

// check stores the first cable, lets fail prepare the merge's failure,
// puts the rest in one writer (putFailedMerge) and holds the store to one
// where the failed merge, 09BAD4 and, when lost, the new cable before the
// merge were never put: every table row for row and the full-text index
// term by term, and in step with paragraphs. It returns the merge's error.
func (m failedMerge) check(t *testing.T, lost bool, fail func(*store.DB)) error {
	t.Helper()
	want := MustOpenDB(t)
	putAll(t, want, m.cables[:1], m.acts[:1], "", "")
	if lost {
		putAll(t, want, m.cables[4:], m.acts[4:], "", "")
	} else {
		putAll(t, want, []*cablesql.Cable{m.cables[1], m.cables[4]}, [][]cablesql.Activity{m.acts[1], m.acts[4]}, "", "")
	}
	db := MustOpenDB(t)
	putAll(t, db, m.cables[:1], m.acts[:1], "", "")
	fail(db)
	err := putFailedMerge(t, db, lost, m.cables[1:], m.acts[1:])
	if _, err := db.SQL().Exec(`DROP TRIGGER IF EXISTS fail`); err != nil {
		t.Fatal(err)
	}
	checkFTS(t, db)
	if got := count(t, db, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'mergeword40'"); got != 0 {
		t.Errorf("the failed merge's text is found %d times", got)
	}
	if got, want := dumpStore(t, db), dumpStore(t, want); got != want {
		t.Errorf("the store differs from one the failed merge was never put in:\n%s", firstDiff(want, got))
	}
	return err
}

// putFailedMerge puts cables in one writer and commits: the first is
// new, the second a merge made to fail, which must lose the batch when
// lost says so and leave it else; the third a new cable that fails and
// must leave the batch, the fourth a new cable. It returns the merge's
// error.
func putFailedMerge(t *testing.T, db *store.DB, lost bool, cables []*cablesql.Cable, acts [][]cablesql.Activity) error {
	t.Helper()
	ctx := context.Background()
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if res, err := w.Put(ctx, cables[0], acts[0]); res != store.New || err != nil {
		t.Fatalf("Put(%s) = %v, %v; want new", cables[0].ID, res, err)
	}
	_, mergeErr := w.Put(ctx, cables[1], acts[1])
	switch {
	case mergeErr == nil:
		t.Fatalf("Put(%s): no error", cables[1].ID)
	case errors.Is(mergeErr, store.ErrBatchLost) != lost:
		t.Fatalf("Put(%s) = %v; want ErrBatchLost %v", cables[1].ID, mergeErr, lost)
	case !strings.Contains(mergeErr.Error(), cables[1].ID):
		t.Errorf("Put(%s) = %v; want the cable named", cables[1].ID, mergeErr)
	}
	if want := map[bool]int{true: 0, false: 1}[lost]; w.Pending() != want {
		t.Errorf("Pending() after the failed merge = %d, want %d", w.Pending(), want)
	}
	if _, err := w.Put(ctx, cables[2], acts[2]); err == nil || errors.Is(err, store.ErrBatchLost) {
		t.Fatalf("Put(%s) = %v, want an error that leaves the batch", cables[2].ID, err)
	}
	if res, err := w.Put(ctx, cables[3], acts[3]); res != store.New || err != nil {
		t.Fatalf("Put(%s) = %v, %v; want new", cables[3].ID, res, err)
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	return mergeErr
}
