//go:build linux

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// These tests drive the real binary in a pseudo-terminal, for what only
// a terminal shows: line editing, completion, Ctrl-C as a key at the
// prompt and as a signal during a statement, history across sessions.

// waitFor bounds every wait for the shell; generous for a loaded
// machine, and only reached when a test fails.
const waitFor = 10 * time.Second

// terminal is the binary running in a pseudo-terminal.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	seen int // offset in out up to which expect has matched
	// done has the process's exit, sent once its output has been read to
	// the end (drained): its last words may still be in the pty when Wait
	// returns.
	done    chan error
	drained chan struct{}
}

// startTerminal runs the shell on the bundled sample with its history
// under state.
func startTerminal(t *testing.T, state string) *terminal {
	t.Helper()
	return startTerminalArgs(t, state)
}

// startTerminalArgs runs cablesql with args on a terminal, with its
// history under state, and waits for the prompt.
func startTerminalArgs(t *testing.T, state string, args ...string) *terminal {
	t.Helper()
	term := runInTerminal(t, 40, 100, []string{"XDG_STATE_HOME=" + state}, args...)
	term.expect("cablesql> ")
	return term
}

// runInTerminal runs the binary with args in a pseudo-terminal of the
// given size, with env added to the environment.
func runInTerminal(t *testing.T, rows, cols uint16, env []string, args ...string) *terminal {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "CABLESQL_DB=", "HOME="+t.TempDir(), "XDG_CONFIG_HOME="+t.TempDir(), "TERM=xterm")
	cmd.Env = append(cmd.Env, env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: rows, Cols: cols})
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
		t.Skipf("no pseudo-terminal here: %v", err) // e.g. a container without /dev/ptmx
	}
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, cmd: cmd, pty: f, done: make(chan error, 1), drained: make(chan struct{})}
	go func() {
		defer close(term.drained)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			term.mu.Lock()
			term.out.Write(buf[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() {
		err := cmd.Wait()
		select {
		case <-term.drained: // the output up to the exit, read, before anyone hears of it
		case <-time.After(waitFor):
		}
		term.done <- err
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		f.Close()
	})
	return term
}

var escapeRE = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\r`)

// screen returns the output so far without terminal escapes.
func (tm *terminal) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return escapeRE.ReplaceAllString(tm.out.String(), "")
}

// expect waits until want appears in the output after the last match.
func (tm *terminal) expect(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(waitFor)
	for {
		s := tm.screen()
		if i := strings.Index(s[tm.seen:], want); i >= 0 {
			tm.seen += i + len(want)
			return
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("no %q on the screen after %v; it shows:\n%s", want, waitFor, s[tm.seen:])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitPrompt waits until the output ends with the prompt, as a user
// waits to see it before typing.
func (tm *terminal) waitPrompt() {
	tm.t.Helper()
	deadline := time.Now().Add(waitFor)
	for !strings.HasSuffix(strings.TrimRight(tm.screen(), " \b"), ">") {
		if time.Now().After(deadline) {
			tm.t.Fatalf("no prompt after %v; the screen ends %q", waitFor, tail(tm.screen(), 40))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// rest returns the output since the last match.
func (tm *terminal) rest() string { return tm.screen()[tm.seen:] }

func (tm *terminal) send(keys string) {
	tm.t.Helper()
	if _, err := tm.pty.Write([]byte(keys)); err != nil {
		tm.t.Fatal(err)
	}
}

// exit waits for the prompt, presses Ctrl-D and returns the exit status.
// Waiting matters: a key sent while a statement still runs reaches a
// terminal in cooked mode, where Ctrl-D is not a key but end of input.
func (tm *terminal) exit() int {
	tm.t.Helper()
	tm.waitPrompt()
	tm.send("\x04")
	select {
	case err := <-tm.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			tm.t.Fatal(err)
		}
		return 0
	case <-time.After(waitFor):
		tm.t.Fatalf("still running %v after Ctrl-D:\n%s", waitFor, tm.rest())
	}
	return -1
}

const (
	ctrlC = "\x03"
	tab   = "\t"
	up    = "\x1b[A"
	enter = "\r"
)

func TestTerminalCompletion(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	// Tables complete before any statement ran.
	tm.send("SELECT count(*) FROM countri" + tab)
	tm.expect("FROM countries")
	tm.send(ctrlC)
	tm.expect("cablesql> ")
	tm.send(".tab" + tab)
	tm.expect(".tables")
	tm.send(enter)
	tm.expect("cables") // the list of tables
	tm.expect("cablesql> ")
	// A table name after FROM, then a classification value after = '.
	tm.send("SELECT count(*) FROM cable" + tab + "s WHERE classification = 'CONF" + tab + ";" + enter)
	tm.expect("WHERE classification = 'CONFIDENTIAL';")
	tm.expect("│        1 │")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

func TestTerminalCtrlCAtPrompt(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	tm.send("SELECT 'dropped',")
	tm.expect("'dropped',")
	tm.send(enter)
	tm.expect("...> ")
	tm.send("'line'" + ctrlC)
	tm.expect("^C")
	tm.expect("cablesql> ") // a fresh statement, not a continuation
	tm.send("SELECT 'kept' AS k;" + enter)
	tm.expect("│ kept │") // the result, not the echo
	tm.expect("cablesql> ")
	if s := tm.screen(); strings.Contains(s, "│ dropped") {
		t.Errorf("the statement Ctrl-C dropped ran:\n%s", s)
	}
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

func TestTerminalCtrlCDuringStatement(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	tm.send("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM r) SELECT count(*) FROM r;" + enter)
	tm.expect("FROM r;\n")
	// Let the statement start: Ctrl-C is a signal once readline has left
	// raw mode.
	time.Sleep(300 * time.Millisecond)
	start := time.Now()
	tm.send(ctrlC)
	tm.expect("Interrupted.")
	d := time.Since(start)
	if d > 3*time.Second {
		t.Errorf("the statement stopped %v after Ctrl-C, want about a second at most", d)
	}
	t.Logf("stopped %v after Ctrl-C", d)
	tm.expect("cablesql> ")
	tm.send("SELECT 'next' || 'one';" + enter)
	tm.expect("nextone")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

func TestTerminalHistoryAcrossSessions(t *testing.T) {
	state := t.TempDir()
	tm := startTerminal(t, state)
	tm.send("SELECT 'from' ||" + enter)
	tm.expect("...> ")
	tm.send("  ' the first session' AS said;" + enter)
	tm.expect("from the first session")
	if code := tm.exit(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	b, err := os.ReadFile(filepath.Join(state, "cablesql", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `SELECT 'from' ||\n  ' the first session' AS said;` + "\n"; string(b) != want {
		t.Errorf("history file = %q, want the statement as one entry %q", b, want)
	}

	tm = startTerminal(t, state)
	tm.waitPrompt()
	tm.send(up)
	tm.expect("SELECT 'from' || ' the first session' AS said;")
	tm.send(enter)
	tm.expect("from the first session")
	// Ctrl-R finds it too, once the prompt is back (a key sent before
	// readline reads again is lost under load).
	tm.waitPrompt()
	tm.send("\x12first")
	tm.expect("first")
	tm.send(enter)
	tm.expect("from the first session")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status %d", code)
	}
}

// TestTerminalCtrlDRestores checks that Ctrl-D exits with status 0 and
// leaves the terminal in its normal (cooked, echoing) mode.
func TestTerminalCtrlDRestores(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	// At the prompt readline has the terminal in raw mode (which also
	// shows this test can tell the modes apart).
	raw, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if raw.Lflag&unix.ICANON != 0 {
		t.Fatalf("terminal not in raw mode at the prompt: lflag %#x", raw.Lflag)
	}
	if code := tm.exit(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	after, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag&unix.ICANON == 0 || after.Lflag&unix.ECHO == 0 {
		t.Errorf("terminal left in raw mode: lflag %#x", after.Lflag)
	}
}

// TestTerminalSIGTERM checks that SIGTERM at the prompt ends the shell
// with the terminal restored.
func TestTerminalSIGTERM(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	if err := tm.cmd.Process.Signal(unix.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-tm.done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 143 {
			t.Errorf("after SIGTERM: %v, want exit status 143", err)
		}
	case <-time.After(waitFor):
		t.Fatalf("still running %v after SIGTERM", waitFor)
	}
	mode, err := unix.IoctlGetTermios(int(tm.pty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if mode.Lflag&unix.ICANON == 0 || mode.Lflag&unix.ECHO == 0 {
		t.Errorf("terminal left in raw mode: lflag %#x", mode.Lflag)
	}
}

func tail(s string, n int) string { return s[max(0, len(s)-n):] }
