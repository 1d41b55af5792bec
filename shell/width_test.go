package shell

import (
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"github.com/clipperhouse/displaywidth"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// widthPieces are what the random strings of TestDisplayWidthAsTwwidth
// are made of: ASCII, wide and fullwidth runes, combining marks and
// zero-width joiners, emoji, runes of ambiguous width (box drawing, "…",
// "↵", "�"), control characters and their pictures, escape sequences
// whole and cut, bytes that are not UTF-8.
var widthPieces = []string{"a", "Z", " ", "12", "-", "日本語", "한", "ｱ", "Ａ", "e\u0301", "\u200d", "\u200b",
	"👍", "👨\u200d👩", "❤\ufe0f", "🇯🇵", "─", "│", "┌", "…", "↵", "�", "é", "ß", "α", "Я", "°", "±", "×",
	"\x00", "\x07", "\x1b", "\x7f", "\u0085", "␛", "\n", "\r", boldOn, boldOff, "\x1b[", "\x1b[31;1m", "\x1b]0;title\x07",
	"\x1b]8;;http://x\x1b\\", "\x1b]", "\x1b\\", "\xff", "\xe6\x97", "[1m", "\U0010FFFF", "\ufeff"}

// TestDisplayWidthAsTwwidth holds displayWidth to tablewriter's
// twwidth, which it replaces, on random strings, in both of the
// terminals twwidth tells apart (ambiguous runes narrow or wide) and with
// box-drawing runes forced narrow. Tabs are left out: twwidth guessed
// their width from the files around the working directory.
func TestDisplayWidthAsTwwidth(t *testing.T) {
	defer termWidthsForTest(termWidth())
	rng := rand.New(rand.NewSource(1))
	for _, opts := range []twwidth.Options{{}, {EastAsianWidth: true}, {EastAsianWidth: true, ForceNarrowBorders: true}} {
		termWidthsForTest(termWidths{displaywidth.Options{EastAsianWidth: opts.EastAsianWidth}, opts.ForceNarrowBorders})
		for n := 0; n < 20000; n++ {
			var b strings.Builder
			for k := rng.Intn(8); k >= 0; k-- {
				b.WriteString(widthPieces[rng.Intn(len(widthPieces))])
			}
			s := b.String()
			if got, want := displayWidth(s), twwidth.WidthWithOptions(s, opts); got != want {
				t.Fatalf("%+v: displayWidth(%q) = %d, want %d", opts, s, got, want)
			}
			for _, r := range s {
				if got, want := runeWidth(r), twwidth.WidthWithOptions(string(r), opts); got != want {
					t.Fatalf("%+v: runeWidth(%q) = %d, want %d", opts, r, got, want)
				}
			}
		}
	}
	if got := displayWidth("a\tb"); got != 2+tabWidth {
		t.Errorf("displayWidth(%q) = %d, want %d", "a\tb", got, 2+tabWidth)
	}
}

// termWidthsForTest makes termWidth return tw.
func termWidthsForTest(tw termWidths) {
	termWidth = func() termWidths { return tw }
}

// TestTermWidthsAsTwwidth holds termWidthsFrom to twwidth's reading of
// the environment: whether ambiguous runes are wide, and whether
// box-drawing runes are forced narrow.
func TestTermWidthsAsTwwidth(t *testing.T) {
	vars := []string{"RUNEWIDTH_EASTASIAN", "LC_ALL", "LC_CTYPE", "LANG", "TERM", "TERM_PROGRAM", "TERM_PROGRAM_WSL",
		"VTE_VERSION", "ALACRITTY_LOG", "WT_PROFILE_ID", "ConEmuANSI"}
	values := map[string][]string{
		"RUNEWIDTH_EASTASIAN": {"", "1", "0", "on", "OFF", "true", "No", "yes", "maybe"},
		"LC_ALL":              {"", "C", "ja_JP.UTF-8", "en_US.UTF-8"},
		"LC_CTYPE":            {"", "POSIX", "zh_CN.GB18030", "de_DE@euro", "en_SG"},
		"LANG":                {"", "ko_KR.UTF-8", "en_GB.UTF-8", "C.UTF-8", ".UTF-8", "chinese", "fr_HK", "JA"},
		"TERM":                {"", "linux", "xterm-256color", "xterm-mono", "screen", "tmux-256color", "vt100", "xterm-kitty", "dumb"},
		"TERM_PROGRAM":        {"", "vscode", "iTerm.app", "Apple_Terminal", "WezTerm"},
		"TERM_PROGRAM_WSL":    {"", "1"},
		"VTE_VERSION":         {"", "6003"},
		"ALACRITTY_LOG":       {"", "/tmp/log"},
		"WT_PROFILE_ID":       {"", "x"},
		"ConEmuANSI":          {"", "ON"},
	}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		env := map[string]string{}
		for _, v := range vars {
			if n%3 == 0 || rng.Intn(3) == 0 { // a third of the runs: every variable set or unset at random
				env[v] = values[v][rng.Intn(len(values[v]))]
			}
			t.Setenv(v, env[v])
		}
		mode := twwidth.EastAsianMode()
		wantWide := mode == "override_on" || mode == "locale_cjk"
		wantNarrowBoxes := wantWide && twwidth.Debugging().Derived.IsModernEnv
		got := termWidthsFrom(func(k string) string { return env[k] }, runtime.GOOS)
		if got.options.EastAsianWidth != wantWide || got.narrowBoxes != wantNarrowBoxes {
			t.Fatalf("env %q: wide %v, narrow boxes %v; want %v, %v (twwidth: %s)",
				env, got.options.EastAsianWidth, got.narrowBoxes, wantWide, wantNarrowBoxes, mode)
		}
	}
}
