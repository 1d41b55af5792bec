package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// hostileCase is one malformed input for TestIngestHostileInput.
type hostileCase struct {
	name string
	// write creates the input file at path.
	write func(t *testing.T, path string)
	// wantErr matches the error line: "file:line: message".
	wantErr string
	// wantCables is how many cables of the file itself still go in.
	wantCables int
}

func writeBytes(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// csvRow builds one cables.csv row with backslash escapes.
func csvRow(seq int, id, body string) string {
	esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	serial := strings.TrimLeft(id[len("09STATE"):], "0")
	return fmt.Sprintf(`"%d","10/29/2009 15:42","%s","Secretary of State","CONFIDENTIAL","","P 291542Z OCT 09","%s"`+"\n",
		seq, id, esc.Replace("C O N F I D E N T I A L STATE "+fmt.Sprintf("%06s", serial)+"\n\nSUBJECT: TEST CABLE\n\n1. (C) "+body))
}

func hostileCases(t *testing.T) []hostileCase {
	orig, err := os.ReadFile("../../testdata/09STATE111693.txt")
	if err != nil {
		t.Fatal(err)
	}
	twoRows := csvRow(1, "09STATE900001", "First good row.") + csvRow(2, "09STATE900002", "Second good row.")
	bigLine := bytes.Repeat([]byte("A"), 50<<20)
	return []hostileCase{
		{"binary", writeBytes(append([]byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, bytes.Repeat([]byte{0, 0xff, 0x13, 0x88}, 4096)...)), `:1: .*(binary|not a cable)`, 0},
		{"empty", writeBytes(nil), `:1: empty`, 0},
		{"whitespace", writeBytes([]byte(" \n\t\r\n   \n")), `:1: empty`, 0},
		{"invalid-utf8", writeBytes(bytes.Repeat([]byte{0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, '\n'}, 1000)), `:\d+: `, 0},
		{"nul-bytes", writeBytes(bytes.ReplaceAll(orig, []byte("Reason 1.4"), []byte("Reason\x00\x001.4"))), `:\d+: `, 0},
		{"50MB-line", writeBytes(bigLine), `:1: `, 0},
		{"100MB-csv-field", func(t *testing.T, path string) {
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			f.WriteString(twoRows)
			f.WriteString(`"3","10/29/2009 15:42","09STATE900003","Secretary of State","CONFIDENTIAL","","","`)
			chunk := bytes.Repeat([]byte("x"), 1<<20)
			for i := 0; i < 100; i++ {
				f.Write(chunk)
			}
			f.WriteString("\"\n")
		}, `:11: `, 2},
		{"csv-unterminated-quote", writeBytes([]byte(twoRows + `"3","10/29/2009 15:42","09STATE900003","Secretary of State","CONFIDENTIAL","","","C O N F I D E N T I A L STATE 900003` + "\n\nno closing quote\n")), `:11: `, 2},
		{"page-without-pre", writeBytes([]byte("<?xml version=\"1.0\"?>\n<html><head><title>Cable Viewer</title></head>\n<body><h3>Viewing cable 09STATE1, X</h3>\n<p>nothing here</p></body></html>\n")), `:\d+: `, 0},
		{"no-classification-line", writeBytes([]byte("P 291542Z OCT 09\nFM SECSTATE WASHDC\n\nE.O. 12958: DECL: 10/29/2029\nSUBJECT: NO BANNER\n\n1. (U) Text.\n")), `:\d+: .*(classification|reference id)`, 0},
		{"deeply-nested-html", writeBytes([]byte("<html><body>" + strings.Repeat("<div>", 200000) + "x" + strings.Repeat("</div>", 200000) + "</body></html>")), `:\d+: `, 0},
	}
}

// TestIngestHostileInput ingests each malformed input beside a good cable:
// the bad one must be reported as file:line: message with a non-zero exit,
// within 30 s and bounded memory, and the good cables of the run stay in.
func TestIngestHostileInput(t *testing.T) {
	good, err := filepath.Abs("../../sample/09STATE111693.scoop.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range hostileCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := filepath.Join(dir, tc.name+".in")
			tc.write(t, bad)
			db := filepath.Join(dir, "c.db")
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, "ingest", "-db", db, bad, good)
			cmd.Env = append(os.Environ(), "CABLESQL_DB=")
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			if ctx.Err() != nil {
				t.Fatalf("ingest took more than 30 s")
			}
			if err == nil {
				t.Fatalf("ingest of %s exited 0; stderr %q", tc.name, errb.String())
			}
			if !regexp.MustCompile(regexp.QuoteMeta(bad) + tc.wantErr).MatchString(errb.String()) {
				t.Errorf("stderr = %q, want %s%s", errb.String(), bad, tc.wantErr)
			}
			if rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss; rss > 400<<10 {
				t.Errorf("peak RSS %d MB, want bounded memory", rss>>10)
			}
			stdout, _, _ := runBinary(t, dir, "", "query", "-db", db, "-format", "csv", "SELECT count(*) FROM cables")
			if want := fmt.Sprintf("count(*)\n%d\n", tc.wantCables+1); stdout != want {
				t.Errorf("store holds %q cables, want %q (the good cable and the good rows stay in)", stdout, want)
			}
		})
	}
}

// TestIngestCROnlyLineEnds checks a cable with old Mac line ends (CR
// only) is read like the same cable with LF.
func TestIngestCROnlyLineEnds(t *testing.T) {
	orig, err := os.ReadFile("../../testdata/09STATE111693.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	lf, cr := filepath.Join(dir, "lf.txt"), filepath.Join(dir, "cr.txt")
	os.WriteFile(lf, orig, 0o644)
	os.WriteFile(cr, bytes.ReplaceAll(orig, []byte("\n"), []byte("\r")), 0o644)
	q := "SELECT id, dtg, classification, subject, (SELECT count(*) FROM paragraphs) FROM cables"
	var results []string
	for _, f := range []string{lf, cr} {
		db := filepath.Join(dir, filepath.Base(f)+".db")
		if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, f); code != 0 {
			t.Fatalf("ingest %s: %s %s", f, out, errs)
		}
		out, _, _ := runBinary(t, dir, "", "query", "-db", db, "-format", "csv", q)
		results = append(results, out)
	}
	if results[0] != results[1] {
		t.Errorf("CR-only cable reads as\n%s\nLF cable as\n%s", results[1], results[0])
	}
}
