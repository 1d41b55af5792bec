package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// binary is the cablesql binary built once for the tests that run it as a
// user would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cablesql-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "cablesql")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runBinary runs the binary in dir with stdin and returns stdout, stderr
// and the exit status.
func runBinary(t *testing.T, dir, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runCommand(t, dir, stdin, binary, args...)
}

// runCommand runs name (the binary, or a command that runs it) as
// runBinary does.
func runCommand(t *testing.T, dir, stdin, name string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	cmd.Env = append(os.Environ(), "CABLESQL_DB=", "XDG_CONFIG_HOME="+t.TempDir(), "XDG_STATE_HOME="+t.TempDir())
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestShellOnBundledSample(t *testing.T) {
	out, errs, code := runBinary(t, t.TempDir(), "SELECT id FROM cables;\n")
	if code != 0 || out != "09STATE111693\n" {
		t.Errorf("piped SELECT id = %q, %q, exit %d; want 09STATE111693", out, errs, code)
	}
}

func TestShellFailingStatementExitsNonZero(t *testing.T) {
	out, errs, code := runBinary(t, t.TempDir(), "SELECT nope FROM cables;\nSELECT 2;\n")
	if code == 0 || !strings.Contains(errs, "no such column: nope") || out != "2\n" {
		t.Errorf("got %q, %q, exit %d; want the error, the next result, non-zero exit", out, errs, code)
	}
	out, _, code = runBinary(t, t.TempDir(), "SELECT nope FROM cables;\nSELECT 2;\n", "-bail")
	if code == 0 || out != "" {
		t.Errorf("-bail: got %q, exit %d; want nothing after the failure", out, code)
	}
}

func TestQueryCSV(t *testing.T) {
	out, errs, code := runBinary(t, t.TempDir(), "", "query", "-format", "csv", "SELECT count(*) AS n FROM cables")
	if code != 0 || out != "n\n1\n" {
		t.Errorf("query -format csv = %q, %q, exit %d", out, errs, code)
	}
	_, errs, code = runBinary(t, t.TempDir(), "", "query", "SELECT * FROM nowhere")
	if code == 0 || !strings.Contains(errs, "no such table: nowhere") {
		t.Errorf("bad query: %q, exit %d", errs, code)
	}
}

func TestIngestBothSourcesMakeOneCable(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	scoop, _ := filepath.Abs("../../sample/09STATE111693.scoop.txt")
	orig, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	out, errs, code := runBinary(t, dir, "", "ingest", "-db", db, scoop, orig)
	if code != 0 {
		t.Fatalf("ingest: %q %q exit %d", out, errs, code)
	}
	if !strings.Contains(out, "1 new, 1 merged") {
		t.Errorf("ingest summary = %q", out)
	}
	out, _, _ = runBinary(t, dir, "", "ingest", "-db", db, scoop, orig)
	if !strings.Contains(out, "0 new, 0 merged, 2 unchanged") {
		t.Errorf("second ingest summary = %q, want all unchanged", out)
	}
	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-format", "csv",
		"SELECT id, subject_source, (SELECT count(*) FROM cable_sources) AS sources FROM cables")
	if code != 0 || out != "id,subject_source,sources\n09STATE111693,subject,2\n" {
		t.Errorf("after merge: %q %q", out, errs)
	}
}

func TestIngestBadInputReportsFileAndLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "empty.txt")
	os.WriteFile(bad, nil, 0o644)
	good, _ := filepath.Abs("../../sample/09STATE111693.scoop.txt")
	db := filepath.Join(dir, "c.db")
	out, errs, code := runBinary(t, dir, "", "ingest", "-db", db, bad, good)
	if code == 0 || !strings.Contains(errs, bad+":1: empty file") || !strings.Contains(out, "1 new") {
		t.Errorf("got %q, %q, exit %d", out, errs, code)
	}
}

func TestRunInProcess(t *testing.T) {
	var out, errb bytes.Buffer
	t.Setenv("CABLESQL_DB", "")
	err := Run(context.Background(), []string{"query", "-format", "json", "SELECT id FROM cables"}, strings.NewReader(""), &out, &errb)
	if err != nil || out.String() != "[\n  {\"id\": \"09STATE111693\"}\n]\n" {
		t.Errorf("Run query json = %q, %v (%s)", out.String(), err, errb.String())
	}
}
