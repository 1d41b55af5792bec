//go:build unix

package main

import (
	"bytes"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

func TestIngestSIGINTCommitsWhatIsDoneAndExits130(t *testing.T) {
	src := synthDir(t, 50)
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	cmd := exec.Command(binary, "ingest", "-db", db, src, "-")
	// Standard input stays open: after the files, the run waits on it,
	// as an ingest of a slow pipe would.
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The writer commits at least every second; wait for the first commit.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if n, err := tryCount(db, "SELECT count(*) FROM cables"); err == nil && n > 0 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no cable committed in 30 s; stderr %q", errb.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
		t.Fatalf("exit = %v, want status 130; stderr %q", err, errb.String())
	}
	n := parseSummary(t, out.String())
	if !strings.HasSuffix(out.String(), " (interrupted)\n") {
		t.Errorf("summary %q does not say the run was interrupted", out.String())
	}
	if got := storeCount(t, db, "SELECT count(*) FROM cables"); got != n[0] {
		t.Errorf("store holds %d cables, summary says %d new", got, n[0])
	}
	checkWholeCables(t, db)
}

// redrawRE matches a carriage return that is not a line end (the terminal
// turns "\n" into "\r\n"): a line drawn over in place.
var redrawRE = regexp.MustCompile("\r[^\n]")

func TestIngestShowsProgressOnATerminal(t *testing.T) {
	src := synthDir(t, 200)
	dir := t.TempDir()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	defer ptmx.Close()
	cmd := exec.Command(binary, "ingest", "-db", filepath.Join(dir, "c.db"), src)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, tty
	screen := make(chan string)
	go func() {
		b, _ := io.ReadAll(ptmx)
		screen <- string(b)
	}()
	err = cmd.Run()
	tty.Close()
	drawn := <-screen
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	// The bar shows the cables stored and the bytes read, redrawn in place.
	if !strings.Contains(drawn, " cables") || !strings.Contains(drawn, "%") {
		t.Errorf("terminal shows %q, want a progress bar", drawn)
	}
	if !strings.Contains(drawn, "B") || !redrawRE.MatchString(drawn) {
		t.Errorf("terminal shows %q, want bytes redrawn in place", drawn)
	}
	parseSummary(t, out.String())

	// -q: nothing on the terminal but errors.
	ptmx2, tty2, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx2.Close()
	cmd = exec.Command(binary, "ingest", "-q", "-db", filepath.Join(dir, "c.db"), src)
	cmd.Stderr = tty2
	go func() {
		b, _ := io.ReadAll(ptmx2)
		screen <- string(b)
	}()
	cmd.Run()
	tty2.Close()
	if drawn := <-screen; redrawRE.MatchString(drawn) {
		t.Errorf("-q drew %q on the terminal", drawn)
	}
}
