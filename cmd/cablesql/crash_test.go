package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cablesql/cablesql/internal/synth"
	"github.com/cablesql/cablesql/store"
)

// writeCorpus writes n distinct cables in the cables.csv layout, made
// from the varied real cables of testdata/bench, each under its own id.
func writeCorpus(t *testing.T, path string, n int) {
	t.Helper()
	seeds, err := synth.LoadSeeds("../../testdata/bench")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if err := synth.Generate(seeds, n, func(c synth.Cable) error { return synth.WriteCablesCSV(w, c) }); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// cableSignatures describes every cable in the store by what it holds:
// its header fields and the count and size of its paragraphs, tags,
// references, sources and activities.
func cableSignatures(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT c.id, concat_ws('|', c.dtg, c.classification, c.subject, c.tags,
		(SELECT count(*) || ':' || total(length(text)) FROM paragraphs p WHERE p.cable_id = c.id),
		(SELECT count(*) FROM cable_tags g WHERE g.cable_id = c.id),
		(SELECT count(*) FROM cable_refs r WHERE r.cable_id = c.id),
		(SELECT count(*) FROM cable_sources s WHERE s.cable_id = c.id),
		(SELECT count(*) || ':' || total(length(sentence)) FROM activities a WHERE a.cable_id = c.id),
		(SELECT count(*) FROM activity_topics t JOIN activities a ON a.id = t.activity_id WHERE a.cable_id = c.id))
		FROM cables c`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	sigs := map[string]string{}
	for rows.Next() {
		var id, sig string
		if err := rows.Scan(&id, &sig); err != nil {
			t.Fatal(err)
		}
		sigs[id] = sig
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return sigs
}

// checkIntegrity runs SQLite's and FTS5's integrity checks.
func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer db.Close()
	var res string
	if err := db.SQL().QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	if _, err := db.SQL().Exec(`INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("fts integrity-check: %v", err)
	}
}

// TestKillDuringIngest kills the real binary with SIGKILL at random points
// of an ingest while readers query the store every 200 ms. The readers
// must never fail, the store must pass its integrity checks, every cable
// in it must match a clean ingest, and running the ingest again must
// complete it.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a running ingest; skipped in -short mode")
	}
	dir := t.TempDir()
	const n = 2000
	corpus := filepath.Join(dir, "cables.csv")
	writeCorpus(t, corpus, n)

	ref := filepath.Join(dir, "ref.db")
	start := time.Now()
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", ref, corpus); code != 0 {
		t.Fatalf("clean ingest: %s %s exit %d", out, errs, code)
	}
	clean := time.Since(start)
	want := cableSignatures(t, ref)
	if len(want) != n {
		t.Fatalf("clean ingest holds %d cables, want %d", len(want), n)
	}

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	var db string
	for round := 0; round < 3; round++ {
		// Each round kills a fresh ingest at its own random point.
		db = filepath.Join(dir, fmt.Sprintf("crash%d.db", round))
		cmd := exec.Command(binary, "ingest", "-q", "-db", db, corpus)
		cmd.Env = append(os.Environ(), "CABLESQL_DB=")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		stopReaders := startReaders(t, db, 2)
		delay := time.Duration(float64(clean) * (0.1 + 0.7*rng.Float64()))
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if errs := stopReaders(); len(errs) > 0 {
			t.Errorf("round %d: readers failed while the ingest ran: %v", round, errs)
		}
		checkIntegrity(t, db)
		got := cableSignatures(t, db)
		for id, sig := range got {
			if want[id] != sig {
				t.Errorf("round %d (killed after %v): cable %s = %s, clean ingest has %s", round, delay, id, sig, want[id])
			}
		}
		t.Logf("round %d: killed after %v with %d of %d cables in", round, delay.Round(time.Millisecond), len(got), len(want))
	}
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, corpus); code != 0 {
		t.Fatalf("re-run: %s %s exit %d", out, errs, code)
	}
	checkIntegrity(t, db)
	got := cableSignatures(t, db)
	if len(got) != len(want) {
		t.Errorf("after the re-run the store holds %d cables, want %d", len(got), len(want))
	}
	for id, sig := range want {
		if got[id] != sig {
			t.Errorf("after the re-run cable %s = %q, want %q", id, got[id], sig)
		}
	}
}

// startReaders runs n readers that query the store every 200 ms until the
// returned stop function is called; stop returns their errors.
func startReaders(t *testing.T, path string, n int) (stop func() []error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tick := time.NewTicker(200 * time.Millisecond)
			defer tick.Stop()
			var db *store.DB
			defer func() {
				if db != nil {
					db.Close()
				}
			}()
			for {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				if db == nil {
					if _, err := os.Stat(path); err != nil {
						continue // the ingest has not created the store yet
					}
					var err error
					if db, err = store.Open(ctx, path, store.Options{ReadOnly: true}); err != nil {
						if strings.Contains(err.Error(), "schema version 0") {
							db = nil
							continue // created but the schema is not committed yet
						}
						mu.Lock()
						errs = append(errs, err)
						mu.Unlock()
						return
					}
				}
				var cables, paras int
				err := db.SQL().QueryRowContext(ctx, `SELECT count(*), (SELECT count(*) FROM paragraphs) FROM cables`).Scan(&cables, &paras)
				if err != nil && ctx.Err() == nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	return func() []error {
		cancel()
		wg.Wait()
		return errs
	}
}
