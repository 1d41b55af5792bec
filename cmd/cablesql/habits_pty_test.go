//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/creack/pty"
)

// wait waits for the binary to end and returns all it wrote, escapes
// and all.
func (tm *terminal) wait() string {
	tm.t.Helper()
	select {
	case <-tm.done:
	case <-time.After(waitFor):
		tm.t.Fatalf("still running after %v:\n%s", waitFor, tm.screen())
	}
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.out.String()
}

func TestTerminalBannerAndInitFile(t *testing.T) {
	cfg := t.TempDir()
	os.MkdirAll(filepath.Join(cfg, "cablesql"), 0o755)
	os.WriteFile(filepath.Join(cfg, "cablesql", "init.sql"), []byte(".mode csv\n.headers off\n"), 0o644)
	tm := runInTerminal(t, 40, 100, []string{"XDG_CONFIG_HOME=" + cfg, "XDG_STATE_HOME=" + t.TempDir()})
	tm.expect("Try: .tables  .queries  .run participation_by_country\n")
	tm.expect("cablesql> ")
	tm.send("SELECT 1, 'a b';" + enter)
	tm.expect("1,a b\n") // the init file's mode
	tm.expect("cablesql> ")
	if code := tm.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestTerminalHomeAndEndKeys(t *testing.T) {
	for _, keys := range [][2]string{{"\x1b[1~", "\x1b[4~"}, {"\x1b[7~", "\x1b[8~"}, {"\x1bOH", "\x1bOF"}, {"\x1b[H", "\x1b[F"}} {
		tm := startTerminal(t, t.TempDir())
		// Typed without its S; Home, S, End, the end of the statement.
		tm.send("ELECT 40+2" + keys[0] + "S" + keys[1] + " + 1000 AS n;" + enter)
		tm.expect("1042 │")
		tm.expect("cablesql> ") // back at the prompt before Ctrl-D
		tm.exit()
	}
}

func TestTerminalRowLimitFollowsResize(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	const hundred = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 100) SELECT i FROM r;"
	tm.send(hundred + enter)
	tm.expect("(32 of 100)") // 40 rows, less the header and the footer
	if err := pty.Setsize(tm.pty, &pty.Winsize{Rows: 24, Cols: 100}); err != nil {
		t.Fatal(err)
	}
	tm.send(hundred + enter)
	tm.expect("(16 of 100)")
	tm.send(".maxrows 50" + enter + hundred + enter)
	tm.expect("(50 of 100)")
	tm.expect("cablesql> ")
	tm.exit()
}

func TestTerminalCompletesParameterValues(t *testing.T) {
	tm := startTerminal(t, t.TempDir())
	tm.send(".run country_activities country=alb" + tab)
	tm.expect("country=albania") // as typed; readline only appends
	tm.send(enter)
	tm.expect("AL")
	tm.send(`.run country_activities country="Bosnia` + tab)
	tm.expect(`country="Bosnia and Herzegovina"`)
	tm.send(enter)
	tm.expect("BA")
	tm.send(`.run event_attendees event="10th` + tab)
	tm.expect(`event="10th International Export Control Conference"`)
	tm.send(enter)
	tm.expect("Afghanistan")
	tm.send(`.run participation_by_country country=alb` + tab + enter) // takes no country: nothing completed
	tm.expect(`unknown parameter "country"`)
	tm.expect("cablesql> ")
	tm.exit()
}

func TestQueryAndRunFitTheTerminal(t *testing.T) {
	dir, db := habitStore(t)
	wide := func(s string) int {
		n := 0
		for _, l := range strings.Split(escapeRE.ReplaceAllString(s, ""), "\n") {
			n = max(n, utf8.RuneCountInString(l))
		}
		return n
	}
	tm := runInTerminal(t, 40, 70, nil, "query", "-db", db, "SELECT * FROM cables")
	out := tm.wait()
	if w := wide(out); w > 70 || !strings.Contains(out, "more columns not shown") {
		t.Errorf("query on a 70-column terminal: %d wide:\n%s", w, out)
	}
	if piped := run1(t, dir, "", "query", "-db", db, "SELECT * FROM cables"); wide(piped) <= 70 || strings.Contains(piped, "not shown") {
		t.Errorf("query piped is cut: %d wide", wide(piped))
	}
	// A matrix keeps its keys and its total when columns are dropped.
	tm = runInTerminal(t, 40, 60, nil, "run", "-db", db, "attendance_matrix")
	out = escapeRE.ReplaceAllString(tm.wait(), "")
	header := strings.SplitN(out, "\n", 3)[1]
	if !strings.Contains(out, "not shown") || !strings.HasPrefix(strings.TrimSpace(header), "| iso2") || !strings.HasSuffix(strings.TrimSpace(header), "total |") {
		t.Errorf("matrix on 60 columns:\n%s", out)
	}
	// Search matches in the terminal's bold, not between ** marks.
	tm = runInTerminal(t, 40, 200, nil, "run", "-db", db, "search", "q=Albania")
	out = tm.wait()
	if !strings.Contains(out, "\x1b[1mAlbania\x1b[22m") || strings.Contains(out, "**") {
		t.Errorf("search on a terminal:\n%q", out)
	}
	if piped := run1(t, dir, "", "run", "-db", db, "search", "q=Albania"); !strings.Contains(piped, "**Albania**") {
		t.Errorf("search piped lost its marks:\n%s", piped)
	}
}
