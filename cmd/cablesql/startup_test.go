package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkQueryStartup is cablesql query -db STORE 'SELECT 1' in
// process: what the command does after the packages are initialised
// (scripts/startup.sh times the whole process).
func BenchmarkQueryStartup(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "s.db")
	if err := Run(ctx, []string{"ingest", "-q", "-db", path, "../../testdata/09STATE111693.txt"}, nil, io.Discard, io.Discard); err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct {
		name string
		args []string
	}{
		{"readwrite", []string{"query", "-db", path, "SELECT 1"}},
		{"readonly", []string{"query", "-readonly", "-db", path, "SELECT 1"}},
	} {
		b.Run(mode.name, func(b *testing.B) {
			for b.Loop() {
				if err := Run(ctx, mode.args, nil, io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
