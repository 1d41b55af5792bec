package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cablesql/cablesql/ingest/source"
	"github.com/cablesql/cablesql/internal/synth"
	"github.com/cablesql/cablesql/store"
)

// sharedCorpus is the real corpus beside the repository, when present.
const sharedCorpus = "../../../shared/corpus"

// synthDir writes n cables made from the bench seeds as text files in a
// temporary directory.
func synthDir(t *testing.T, n int) string {
	t.Helper()
	seeds, err := synth.LoadSeeds("../../testdata/bench")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	err = synth.Generate(seeds, n, func(c synth.Cable) error {
		return os.WriteFile(filepath.Join(dir, c.ID+".txt"), []byte(c.Text()), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// openStore opens a new store in a temporary directory.
func openStore(t *testing.T) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db, path
}

// storeCount runs a count query on the store at path.
func storeCount(t *testing.T, path, query string) int {
	t.Helper()
	db, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// checkWholeCables fails unless every cable in the store at path is whole:
// it has its source and paragraphs, and the full-text index matches the
// paragraphs.
func checkWholeCables(t *testing.T, path string) {
	t.Helper()
	for _, q := range []string{
		"SELECT count(*) FROM cables c WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.cable_id = c.id)",
		"SELECT count(*) FROM cables c WHERE NOT EXISTS (SELECT 1 FROM cable_sources s WHERE s.cable_id = c.id)",
	} {
		if n := storeCount(t, path, q); n != 0 {
			t.Errorf("%s = %d, want 0", q, n)
		}
	}
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SQL().Exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index out of step with paragraphs: %v", err)
	}
}

// recorder is a Reporter that keeps what it is told.
type recorder struct {
	errs     []error
	bytes    int64
	cables   int
	progress int // calls of Progress
}

func (r *recorder) Error(err error) { r.errs = append(r.errs, err) }

func (r *recorder) Progress(bytesRead int64, cables, errors int) {
	r.bytes, r.cables = bytesRead, cables
	r.progress++
}

func TestIngestReportsErrorsAndProgress(t *testing.T) {
	cable, err := os.ReadFile("../../testdata/09STATE111693.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":        string(cable),
		"b.md":         "# Notes\n\nNot a cable.\n",
		"skip.txt":     "excluded, never read",
		".hidden.txt":  "hidden, never read",
		"sub/again.md": "# More notes\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db, path := openStore(t)
	rec := &recorder{}
	run := &Run{DB: db, Exclude: []string{"skip.*"}, Report: rec}
	want := int64(len(files["a.txt"]) + len(files["b.md"]) + len(files["sub/again.md"]))
	if got := run.InputBytes([]Input{{Path: dir}}); got != want {
		t.Errorf("InputBytes = %d, want %d", got, want)
	}
	if err := run.Ingest(context.Background(), []Input{{Path: dir}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if run.Counts[store.New] != 1 || run.Errors != 2 || run.Interrupted {
		t.Errorf("counts %v, %d errors, interrupted %v; want 1 new, 2 errors", run.Counts, run.Errors, run.Interrupted)
	}
	if len(rec.errs) != 2 {
		t.Fatalf("reported %v, want 2 errors", rec.errs)
	}
	for i, name := range []string{"b.md", filepath.Join("sub", "again.md")} {
		if prefix := filepath.Join(dir, name) + ":1: not a cable"; !strings.HasPrefix(rec.errs[i].Error(), prefix) {
			t.Errorf("error %d = %q, want it to start %q", i, rec.errs[i], prefix)
		}
	}
	if rec.progress == 0 || rec.cables != 1 || rec.bytes != want {
		t.Errorf("last progress: %d bytes, %d cables after %d calls; want %d bytes, 1 cable", rec.bytes, rec.cables, rec.progress, want)
	}
	if got := storeCount(t, path, "SELECT count(*) FROM cables"); got != 1 {
		t.Errorf("store holds %d cables, want 1", got)
	}
}

func TestIngestIsRepeatable(t *testing.T) {
	src := synthDir(t, 60)
	db, path := openStore(t)
	first := &Run{DB: db}
	if err := first.Ingest(context.Background(), []Input{{Path: src}}); err != nil {
		t.Fatal(err)
	}
	again := &Run{DB: db}
	if err := again.Ingest(context.Background(), []Input{{Path: src}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	stored := first.Counts[store.New] + first.Counts[store.Updated] + first.Counts[store.Unchanged]
	if again.Counts[store.New] != 0 || again.Counts[store.Updated] != 0 || again.Counts[store.Unchanged] != stored {
		t.Errorf("second run counts %v, want all %d unchanged", again.Counts, stored)
	}
	if got := storeCount(t, path, "SELECT count(*) FROM cables"); got != first.Counts[store.New] {
		t.Errorf("store holds %d cables, the run counted %d new", got, first.Counts[store.New])
	}
	checkWholeCables(t, path)
}

// blockingReader stands for a source that stalls (a pipe, a slow disk):
// it says when it is first read, then blocks until ctx ends.
type blockingReader struct {
	ctx     context.Context
	reached chan struct{}
	once    sync.Once
}

func (b *blockingReader) Read([]byte) (int, error) {
	b.once.Do(func() { close(b.reached) })
	<-b.ctx.Done()
	return 0, b.ctx.Err()
}

func TestIngestInterruptedMidRunKeepsWholeCables(t *testing.T) {
	src := synthDir(t, 400)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, path := openStore(t)
	stall := &blockingReader{ctx: ctx, reached: make(chan struct{})}
	go func() {
		// Every file has been read into the pipeline; many are still
		// being parsed or written when the run is cancelled.
		<-stall.reached
		cancel()
	}()
	run := &Run{DB: db}
	err := run.Ingest(ctx, []Input{{Path: src}, {Path: "-", R: stall}})
	db.Close()
	if !errors.Is(err, context.Canceled) || !run.Interrupted {
		t.Fatalf("Ingest = %v, interrupted %v; want context.Canceled", err, run.Interrupted)
	}
	if got := storeCount(t, path, "SELECT count(*) FROM cables"); got != run.Counts[store.New] {
		t.Errorf("store holds %d cables, the run counted %d new", got, run.Counts[store.New])
	}
	checkWholeCables(t, path)
	t.Logf("interrupted after %d new cables, %d errors", run.Counts[store.New], run.Errors)
}

// FuzzParseAndExtract runs the ingest pipeline's parse step (parsing and
// extracting activities, where a panic is an internal error) on any
// input. Seeded from the test cables and, when present, a sample of
// ../shared/corpus (08BRASILIA523 made the extractor panic).
func FuzzParseAndExtract(f *testing.F) {
	seeds := []string{"../../testdata/09STATE111693.txt", "../../sample/09STATE111693.scoop.txt"}
	for _, root := range []string{"../../ingest/testdata/corpus", sharedCorpus} {
		n := 0
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && (n < 40 || strings.Contains(p, "08BRASILIA523")) {
				seeds = append(seeds, p)
				n++
			}
			return nil
		})
	}
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil && len(b) < 1<<20 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		source.Read("fuzz", bytes.NewReader(b), func(d *source.Document, err error) error {
			if p := parse(d, err); p.err != nil && strings.Contains(p.err.Error(), "internal error") {
				t.Fatal(p.err)
			}
			return nil
		})
	})
}
