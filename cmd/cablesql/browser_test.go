package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromium finds a Chromium to open pages in, or skips the test.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium to open the HTML pages: install Debian's package chromium (apt-get install chromium)")
	return ""
}

// pageReport is what a page showed the browser.
type pageReport struct {
	Cells    []string // heat-map cells: row, column and value, tab-separated
	Bars     []string // bar rows
	Outside  []string // labels drawn outside the chart
	Shapes   int      // countries drawn with a value
	Requests []string // anything fetched besides the page
	Errors   []string // console errors and exceptions
}

const inspectJS = `(() => {
  const svg = document.querySelector('svg.chart');
  if (!svg) return {Cells: [], Bars: [], Outside: ['no chart'], Shapes: 0};
  const b = svg.getBoundingClientRect();
  const out = [...svg.querySelectorAll('text')].filter(t => {
    const r = t.getBoundingClientRect();
    return r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5;
  }).map(t => t.textContent);
  return {
    Cells: [...svg.querySelectorAll('rect.cell')].map(c => c.dataset.row + '\t' + c.dataset.col + '\t' + c.dataset.value),
    Bars: [...new Set([...svg.querySelectorAll('rect.bar')].map(c => c.dataset.row))],
    Outside: out,
    Shapes: svg.querySelectorAll('path.country.valued').length,
  };
})()`

// openPage opens a file in headless Chromium with the network watched
// and reports what it showed; with shot set, it saves a screenshot.
func openPage(t *testing.T, ctx context.Context, path, shot string) pageReport {
	t.Helper()
	ctx, cancel := chromedp.NewContext(ctx)
	defer cancel()
	ctx, stop := context.WithTimeout(ctx, 60*time.Second)
	defer stop()
	var mu sync.Mutex
	var rep pageReport
	url := "file://" + path
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if e.Request.URL != url {
				rep.Requests = append(rep.Requests, e.Request.URL)
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				rep.Errors = append(rep.Errors, string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			rep.Errors = append(rep.Errors, e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				rep.Errors = append(rep.Errors, e.Entry.Text)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx, enable(network.Enable, network.EnableParams{}), enable(log.Enable, cdp.Empty{}),
		enable(runtime.Enable, cdp.Empty{}), chromedp.EmulateViewport(1100, 800), chromedp.Navigate(url))
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[pageReport](inspectJS))
	if err != nil {
		t.Fatalf("inspect %s: %v", path, err)
	}
	if shot != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			err = os.WriteFile(shot, png, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	got.Requests, got.Errors = rep.Requests, rep.Errors
	return got
}

// enable is a protocol command as an action.
func enable[P any](cmd cdp.Command[P, cdp.Empty], params P) chromedp.Action[chromedp.Void] {
	return func(ctx context.Context, _ *chromedp.Target) (chromedp.Void, error) {
		_, err := chromedp.Call(ctx, cmd, params)
		return chromedp.Void{}, err
	}
}

// TestHTMLPagesInChromium opens each chart's page offline in headless
// Chromium: nothing fetched, no console errors, labels inside the chart,
// and a heat-map cell for every country and event of the result.
// CABLESQL_SCREENSHOT=FILE.png saves the attendance matrix page, as
// docs/attendance-matrix.png was made.
func TestHTMLPagesInChromium(t *testing.T) {
	exe := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	dir := t.TempDir()
	pages := map[string][]string{
		"matrix":   {"run", "attendance_matrix"},
		"bars":     {"run", "participation_by_country"},
		"timeline": {"run", "timeline"},
		"map":      {"query", "SELECT iso2, count(*) AS activities FROM activities GROUP BY iso2"},
	}
	for name, args := range pages {
		path := filepath.Join(dir, name+".html")
		mustRun(t, append(args, "-o", path)...)
		shot := ""
		if name == "matrix" {
			shot = os.Getenv("CABLESQL_SCREENSHOT")
		}
		rep := openPage(t, actx, path, shot)
		if len(rep.Requests) > 0 || len(rep.Errors) > 0 || len(rep.Outside) > 0 {
			t.Errorf("%s: requests %q, console errors %q, labels outside the chart %q", name, rep.Requests, rep.Errors, rep.Outside)
		}
		_, rows := csvCells(t, args...)
		switch name {
		case "matrix":
			checkMatrixCells(t, rep.Cells, args)
		case "bars":
			if len(rep.Bars) != len(rows) {
				t.Errorf("bars: %d countries have bars, the result has %d", len(rep.Bars), len(rows))
			}
		case "map":
			if rep.Shapes < len(rows)-8 { // a few are too small to draw at 1:110m
				t.Errorf("map: %d countries shaded for %d rows", rep.Shapes, len(rows))
			}
		}
	}
}

// checkMatrixCells holds the page's heat-map cells to the CSV of the
// same result: one per country and event, with its value.
func checkMatrixCells(t *testing.T, cells []string, args []string) {
	t.Helper()
	cols, rows := csvCells(t, args...)
	events := cols[2 : len(cols)-1] // iso2, country, the events, total
	var want []string
	attended := 0
	for _, r := range rows {
		for j, e := range events {
			want = append(want, r[1].text+"\t"+e+"\t"+r[2+j].text)
			if r[2+j].text == "1" {
				attended++
			}
		}
	}
	if strings.Join(cells, "\n") != strings.Join(want, "\n") {
		t.Errorf("heat map has %d cells, want %d (%d countries × %d events)", len(cells), len(want), len(rows), len(events))
	}
	shaded := 0
	for _, c := range cells {
		if strings.HasSuffix(c, "\t1") {
			shaded++
		}
	}
	if shaded != attended || attended == 0 {
		t.Errorf("%d cells shaded as attended, the result has %d attendances", shaded, attended)
	}
}
