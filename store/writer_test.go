package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/store"
)

// checkFTS fails the test unless paragraphs_fts matches paragraphs row for
// row: the FTS5 integrity check with rank 1 compares the index with the
// content table.
func checkFTS(t *testing.T, db *store.DB) {
	t.Helper()
	if _, err := db.SQL().Exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index out of step with paragraphs: %v", err)
	}
}

func cableWith(id, sha string, paras ...string) *cablesql.Cable {
	c := &cablesql.Cable{ID: id, DTG: "2009-10-29T15:42Z", Classification: "CONFIDENTIAL",
		Tags:   []cablesql.Tag{{Name: "PREL", Kind: "subject"}},
		Source: cablesql.Source{Path: id + ".txt", Format: "text", SHA256: sha, Line: 1}}
	for i, p := range paras {
		c.Paragraphs = append(c.Paragraphs, cablesql.Paragraph{Seq: i + 1, Num: i + 1, Text: p, Raw: p})
	}
	return c
}

func TestWriter_FailingCableRollsBackAlone(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	acts := []cablesql.Activity{{ISO2: "AL", Country: "Albania", Action: "attended", Event: "Export Control Conference",
		Sentence: "Albania attended.", Paragraph: 1, Topics: []string{"licensing"}}}
	if _, err := w.Put(ctx, cableWith("09AAA1", "a", "Albania attended the conference."), acts); err != nil {
		t.Fatal(err)
	}
	bad := cableWith("09BBB2", "b", "Brazil urged restraint.", "Brazil said more.")
	bad.Paragraphs[1].Seq = 1 // a duplicate key half way through the cable
	if _, err := w.Put(ctx, bad, acts); err == nil || errors.Is(err, store.ErrBatchLost) {
		t.Fatalf("Put(bad cable) = %v, want an error that leaves the batch", err)
	}
	if _, err := w.Put(ctx, cableWith("09CCC3", "c", "Chile hosted the plenary."), nil); err != nil {
		t.Fatal(err)
	}
	if got := w.Pending(); got != 2 {
		t.Errorf("Pending() = %d, want 2", got)
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM cables":                                               2,
		"SELECT count(*) FROM cables WHERE id = '09BBB2'":                           0,
		"SELECT count(*) FROM paragraphs WHERE cable_id = '09BBB2'":                 0,
		"SELECT count(*) FROM cable_tags":                                           2,
		"SELECT count(*) FROM cable_sources":                                        2,
		"SELECT count(*) FROM activities":                                           1,
		"SELECT count(*) FROM activity_topics":                                      1,
		"SELECT count(*) FROM events":                                               1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'brazil'":   0,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'plenary'":  1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'attended'": 1,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
	checkFTS(t, db)
}

func TestWriter_MergesTwoSourcesInOneBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	poor := cableWith("09STATE111693", "news", "Partial text about the MTCR.")
	poor.Subject, poor.SubjectSource = "Missile Technology Control Regime", "title"
	rich := cableWith("09STATE111693", "orig", "Full text about the MTCR.", "Albania attended the conference in June.")
	rich.Subject, rich.SubjectSource = "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S. REPORT", "subject"
	want := []store.PutResult{store.New, store.Updated, store.Unchanged, store.Unchanged}
	for i, c := range []*cablesql.Cable{poor, rich, poor, rich} {
		res, err := w.Put(ctx, c, nil)
		if err != nil || res != want[i] {
			t.Fatalf("Put #%d = %v, %v; want %v", i+1, res, err, want[i])
		}
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM cables":                                              1,
		"SELECT count(*) FROM cable_sources":                                       2,
		"SELECT count(*) FROM paragraphs":                                          2,
		"SELECT count(*) FROM cables WHERE subject_source = 'subject'":             1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'partial'": 0,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'albania'": 1,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
	checkFTS(t, db)
}

// A merge keeps the stored cable's tags, each with its kind and in the
// order of its TAGS line, a person tag ("ROE, JANE", which holds a
// space) as one tag too.
func TestWriter_MergeKeepsTheTags(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	stored := cableWith("09STATE111693", "news", "Partial text about the MTCR.")
	stored.Tags = []cablesql.Tag{{Name: "PREL", Kind: "subject"}, {Name: "OVIP", Kind: "subject"},
		{Name: "ROE, JANE", Kind: "person"}, {Name: "AL", Kind: "geo"}}
	longer := cableWith("09STATE111693", "orig", "Full text about the MTCR.", "Albania attended the conference in June.")
	longer.Tags = []cablesql.Tag{{Name: "ETTC", Kind: "subject"}}
	tags := func() string {
		t.Helper()
		var b strings.Builder
		writeRows(t, db.SQL(), `SELECT tag, kind FROM cable_tags ORDER BY rowid`, &b)
		writeRows(t, db.SQL(), `SELECT tags FROM cables`, &b)
		return b.String()
	}
	want := []store.PutResult{store.New, store.Updated}
	var before string
	for i, c := range []*cablesql.Cable{stored, longer} {
		if res, err := db.Put(ctx, c, nil); err != nil || res != want[i] {
			t.Fatalf("Put #%d = %v, %v; want %v", i+1, res, err, want[i])
		}
		if i == 0 {
			before = tags()
		}
	}
	if got := tags(); got != before {
		t.Errorf("tags after the merge:\n%s\nwant, as before it:\n%s", got, before)
	}
	if got := count(t, db, `SELECT count(*) FROM cable_tags WHERE tag = 'ROE, JANE' AND kind = 'person'`); got != 1 {
		t.Errorf("%d person tags ROE, JANE after the merge, want 1", got)
	}
}

// The writer numbers paragraphs itself and indexes a batch's as a range
// of rowids: a cable longer than one multi-row insert, a failed cable
// between two good ones, and a merge that replaces the paragraphs with the
// highest rowids must all leave the index in step with the table.
func TestWriter_IndexesEveryParagraphOfTheBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	var long []string
	for i := range 70 {
		long = append(long, fmt.Sprintf("Paragraph para%d of a long cable.", i+1))
	}
	bad := cableWith("09BBB2", "b", "Brazil urged restraint.", "Brazil said more.")
	bad.Paragraphs[1].Seq = 1
	for batch, cables := range [][]*cablesql.Cable{
		{cableWith("09AAA1", "a", long...), bad, cableWith("09CCC3", "old", "Chile wrote an outdated draft.")},
		{cableWith("09CCC3", "new", "Chile hosted the plenary.", "A second paragraph, longer than the draft.")},
		{cableWith("09DDD4", "d", "Denmark attended.")},
	} {
		w, err := db.NewWriter(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cables {
			if _, err := w.Put(ctx, c, nil); err != nil && c != bad {
				t.Fatalf("batch %d: %v", batch+1, err)
			}
		}
		if err := w.Commit(ctx); err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM paragraphs":                                           70 + 2 + 1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'para1'":    1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'para33'":   1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'para70'":   1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'brazil'":   0,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'outdated'": 0,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'plenary'":  1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'denmark'":  1,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
	checkFTS(t, db)
}

func TestWriter_CloseDropsTheUncommittedBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if _, err := w.Put(ctx, cableWith(fmt.Sprintf("09X%d", i+1), fmt.Sprint(i), "Text."), nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM cables"); got != 0 {
		t.Errorf("%d cables after Close without Commit, want 0", got)
	}
	checkFTS(t, db)
	// The writer's connection went back to the pool as the DSN set it.
	if got := count(t, db, "PRAGMA cache_size"); got != -2000 {
		t.Errorf("cache_size after Close = %d, want -2000", got)
	}
}

func TestWriter_FailingMergeLeavesTheStoredCable(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(ctx, cableWith("09STATE111693", "news", "Partial text about the MTCR."), nil); err != nil {
		t.Fatal(err)
	}
	bad := cableWith("09STATE111693", "orig", "The full text of the cable.", "Albania attended the conference.")
	bad.Paragraphs[1].Seq = 1
	if _, err := w.Put(ctx, bad, nil); err == nil || errors.Is(err, store.ErrBatchLost) {
		t.Fatalf("Put(bad merge) = %v, want an error that leaves the batch", err)
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	for query, want := range map[string]int{
		"SELECT count(*) FROM cables":                                              1,
		"SELECT count(*) FROM cable_sources":                                       1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'partial'": 1,
		"SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'albania'": 0,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
	checkFTS(t, db)
}

// A version 1 store indexed new paragraphs by an insert trigger; opening
// it migrates it, so that the writer's own full-text rows are not doubled.
func TestOpen_MigratesVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// What version 1 had: the insert trigger (as now), plainer indexes,
	// no date or published_id.
	for _, stmt := range []string{
		`DROP INDEX cables_date`, `DROP INDEX cables_published_id`, `DROP INDEX cables_origin`,
		`ALTER TABLE cables DROP COLUMN date`, `ALTER TABLE cables DROP COLUMN published_id`,
		`CREATE INDEX cables_origin ON cables(origin)`,
		`PRAGMA user_version = 1`,
	} {
		if _, err := db.SQL().Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	db, err = store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got := count(t, db, "PRAGMA user_version"); got != store.SchemaVersion {
		t.Errorf("user_version = %d after open, want %d", got, store.SchemaVersion)
	}
	if got := count(t, db, "SELECT count(*) FROM sqlite_schema WHERE name = 'paragraphs_ai'"); got != 1 {
		t.Error("no insert trigger after the migration")
	}
	if _, err := db.Put(ctx, cableWith("09AAA1", "a", "Albania attended the conference."), nil); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'albania'"); got != 1 {
		t.Errorf("search finds %d paragraphs, want 1", got)
	}
	checkFTS(t, db)
}

// Two cables name one event in two spellings (as the corpus does: "regional
// conference of anti-TIP national coalitions" and "regional conference of
// national anti-TIP Coalitions"): the store keeps one event, under the
// name stored first, in two batches as in one, and a rolled-back cable's
// new event is forgotten.
func TestWriter_OneEventForTwoSpellings(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	put := func(id, event string) {
		t.Helper()
		w, err := db.NewWriter(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		acts := []cablesql.Activity{{ISO2: "AL", Country: "Albania", Action: "attended", Event: event,
			Sentence: "Albania attended.", Paragraph: 1}}
		if _, err := w.Put(ctx, cableWith(id, id, "Albania attended."), acts); err != nil {
			t.Fatal(err)
		}
		if err := w.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	put("09AAA1", "regional conference of anti-TIP national coalitions")
	put("09BBB2", "regional conference of national anti-TIP Coalitions")
	put("09CCC3", "Regional Conference of Anti-TIP National Coalitions")
	put("09DDD4", "Export Control Conference")
	for query, want := range map[string]int{
		"SELECT count(*) FROM events":                     2,
		"SELECT count(DISTINCT event_id) FROM activities": 2,
		"SELECT count(*) FROM activities WHERE event = 'regional conference of anti-TIP national coalitions'": 3,
	} {
		if got := count(t, db, query); got != want {
			t.Errorf("%s = %d, want %d", query, got, want)
		}
	}
}

// A cable that rolls back after naming an event stored before must leave
// that event known: the next cable naming it reuses it rather than
// inserting the name again (events.name is UNIQUE); a rollback forgets
// only the keys of the events its cable inserted. The event is stored by
// an earlier writer, so this one learns it from the store, and the cable
// fails after its activities went in (at its sources).
func TestWriter_RollbackKeepsStoredEvents(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	acts := []cablesql.Activity{{ISO2: "AL", Country: "Albania", Action: "attended", Event: "Export Control Conference",
		Sentence: "Albania attended.", Paragraph: 1}}
	if _, err := db.Put(ctx, cableWith("09AAA1", "a", "Albania attended."), acts); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(`CREATE TRIGGER fail BEFORE INSERT ON cable_sources WHEN new.cable_id = '09BBB2'
		BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); err != nil {
		t.Fatal(err)
	}
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Put(ctx, cableWith("09BBB2", "b", "Albania attended."), acts); err == nil {
		t.Fatal("Put(bad cable): no error")
	}
	if _, err := w.Put(ctx, cableWith("09CCC3", "c", "Albania attended."), acts); err != nil {
		t.Fatalf("Put after a rollback: %v", err)
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if got := count(t, db, "SELECT count(*) FROM events"); got != 1 {
		t.Errorf("events = %d, want 1", got)
	}
}
