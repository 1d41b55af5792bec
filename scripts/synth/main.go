// Command synth writes a benchmark corpus of N cables made from the real
// cables in testdata/bench, each under a unique reference id:
//
//	go run ./scripts/synth -n 25000 -csv cables.csv -rfc4180 cables.rfc.csv -dir cables/
//
// -csv writes the cables.csv layout (backslash escapes), -rfc4180 the same
// rows as RFC 4180 CSV for the sqlite3 shell, -dir one text file per cable.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cablesql/cablesql/internal/synth"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run() error {
	n := flag.Int("n", 25000, "number of cables")
	seeds := flag.String("seeds", "testdata/bench", "`DIR` of seed cables (*.html pages, *.csv in the cables.csv layout)")
	csvPath := flag.String("csv", "", "write the cables.csv layout to `FILE`")
	rfcPath := flag.String("rfc4180", "", "write RFC 4180 CSV to `FILE`")
	dir := flag.String("dir", "", "write one text file per cable into `DIR`")
	flag.Parse()
	if *csvPath == "" && *rfcPath == "" && *dir == "" {
		return fmt.Errorf("nothing to write: give -csv, -rfc4180 or -dir")
	}
	seedCables, err := synth.LoadSeeds(*seeds)
	if err != nil {
		return err
	}
	var outs []*os.File
	open := func(path string) (*bufio.Writer, error) {
		if path == "" {
			return nil, nil
		}
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		outs = append(outs, f)
		return bufio.NewWriterSize(f, 1<<20), nil
	}
	csvW, err := open(*csvPath)
	if err != nil {
		return err
	}
	rfcW, err := open(*rfcPath)
	if err != nil {
		return err
	}
	if *dir != "" {
		if err := os.MkdirAll(*dir, 0o755); err != nil {
			return err
		}
	}
	err = synth.Generate(seedCables, *n, func(c synth.Cable) error {
		if csvW != nil {
			if err := synth.WriteCablesCSV(csvW, c); err != nil {
				return err
			}
		}
		if rfcW != nil {
			if err := synth.WriteRFC4180(rfcW, c); err != nil {
				return err
			}
		}
		if *dir != "" {
			return os.WriteFile(filepath.Join(*dir, c.ID+".txt"), []byte(c.Text()), 0o644)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, w := range []*bufio.Writer{csvW, rfcW} {
		if w != nil {
			if err := w.Flush(); err != nil {
				return err
			}
		}
	}
	for _, f := range outs {
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
