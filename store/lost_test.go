package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
)

// TestLostRollbackFails holds a writer whose ROLLBACK of a lost batch
// fails to refuse every later batch, rather than go on as if the
// transaction had ended: here the connection is gone, so the batch's
// state is unknown.
func TestLostRollbackFails(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w, err := db.NewWriter(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := &cablesql.Cable{ID: "09STATE1", DTG: "2009-10-29T15:42Z",
		Source:     cablesql.Source{Path: "a.txt", Format: "text", SHA256: "a", Line: 1},
		Paragraphs: []cablesql.Paragraph{{Seq: 1, Num: 1, Text: "Text.", Raw: "Text."}}}
	if _, err := w.Put(ctx, c, nil); err != nil {
		t.Fatal(err)
	}
	w.conn.Close() // the ROLLBACK below cannot run
	err = w.lost(ctx, errors.New("disk I/O error"))
	if !errors.Is(err, ErrBatchLost) || !strings.Contains(err.Error(), "roll back the lost batch") {
		t.Fatalf("lost = %v, want the failed rollback named and ErrBatchLost", err)
	}
	c2 := *c
	c2.ID, c2.Source.SHA256 = "09STATE2", "b"
	if _, err := w.Put(ctx, &c2, nil); !errors.Is(err, ErrBatchLost) || !strings.Contains(err.Error(), "roll back the lost batch") {
		t.Fatalf("Put after a failed rollback = %v, want it refused with the rollback's error", err)
	}
}
