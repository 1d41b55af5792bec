package shell

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/clipperhouse/displaywidth"
)

// displayWidth is the number of terminal cells s takes, as tablewriter's
// twwidth.Width measured it: ANSI escape sequences (the bold of search
// snippets) take none, and the rest is the sum of its runes' widths
// (runeWidth). twwidth's init compiled its expression and allocated an
// 8192-entry cache in every process (2-7 ms of start-up); this does its
// work on first use. TestDisplayWidthAsTwwidth holds the two equal.
func displayWidth(s string) int {
	if strings.IndexByte(s, '\x1b') >= 0 {
		s = ansiRE.Compiled().ReplaceAllLiteralString(s, "")
	}
	width := 0
	for _, r := range s {
		width += runeWidth(r)
	}
	return width
}

// ansiRE is twwidth's expression for the escape sequences a width leaves
// out: CSI (ESC [ ... final byte) and OSC (ESC ] ... ST or BEL).
var ansiRE = lazyre.New("(\x1b\\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]|\x1b\\].*?(\x1b\\\\|\x07))")

// tabWidth is the width given to a tab. Values have their tabs turned to
// spaces before they are measured (cellText); twwidth guessed a tab's
// width from the environment and the files around the working directory,
// 8 when it found no hint.
const tabWidth = 8

// runeWidth is the number of terminal cells r takes: 2 for East Asian
// wide and fullwidth runes and emoji, 0 for combining marks, other
// zero-width runes and control characters, 1 for the rest. Runes of
// ambiguous width take 2 where the terminal is taken to be East Asian
// (termWidth).
func runeWidth(r rune) int {
	switch {
	case r == '\t':
		return tabWidth
	case r < utf8.RuneSelf:
		return displaywidth.Rune(r)
	}
	tw := termWidth()
	if tw.narrowBoxes && r >= 0x2500 && r <= 0x257f {
		return 1
	}
	return tw.options.Rune(r)
}

// termWidths says how the terminal draws runes of ambiguous width.
type termWidths struct {
	options displaywidth.Options
	// narrowBoxes: box-drawing runes take one cell even where ambiguous
	// runes take two (a modern terminal told to be East Asian).
	narrowBoxes bool
}

// termWidth reads the environment once, when a width is first needed.
var termWidth = sync.OnceValue(func() termWidths { return termWidthsFrom(os.Getenv, runtime.GOOS) })

// termWidthsFrom decides as twwidth did at start-up: RUNEWIDTH_EASTASIAN
// when set (as go-runewidth reads it); else narrow in the terminals that
// draw ambiguous runes narrow whatever the locale (modernTerminal); else
// wide in a Chinese, Japanese or Korean locale.
func termWidthsFrom(getenv func(string) string, goos string) termWidths {
	modern := modernTerminal(getenv, goos)
	eastAsian := !modern && cjkLocale(getenv)
	switch strings.ToLower(getenv("RUNEWIDTH_EASTASIAN")) {
	case "0", "off", "false", "no":
		eastAsian = false
	case "1", "on", "true", "yes":
		eastAsian = true
	}
	return termWidths{
		options:     displaywidth.Options{EastAsianWidth: eastAsian},
		narrowBoxes: eastAsian && modern,
	}
}

// modernTerminal reports whether the environment names a terminal that
// draws ambiguous runes narrow whatever the locale (twwidth's list).
func modernTerminal(getenv func(string) string, goos string) bool {
	modern := func(name string) bool {
		switch name {
		case "vscode", "visual studio code", "iterm.app", "iterm2", "windows terminal", "windowsterminal",
			"alacritty", "kitty", "hyper", "tabby", "terminus", "fluentterminal", "warp", "ghostty", "rio",
			"jetbrains-jediterm", "xterm-kitty", "xterm-ghostty", "wezterm":
			return true
		}
		return false
	}
	if modern(strings.ToLower(getenv("TERM_PROGRAM"))) || getenv("TERM_PROGRAM_WSL") != "" {
		return true
	}
	term := strings.ToLower(getenv("TERM"))
	if goos == "windows" && (getenv("WT_PROFILE_ID") != "" || getenv("ConEmuANSI") == "ON" ||
		strings.Contains(term, "xterm") || strings.Contains(term, "vt")) {
		return true
	}
	if getenv("VTE_VERSION") != "" || getenv("ALACRITTY_LOG") != "" {
		return true
	}
	return modern(term) ||
		strings.Contains(term, "xterm") && !strings.Contains(term, "xterm-mono") ||
		strings.Contains(term, "screen") || strings.Contains(term, "tmux")
}

// cjkLocale reports whether the locale (LC_ALL, LC_CTYPE or LANG, the
// first set) is Chinese, Japanese or Korean by its language or region.
func cjkLocale(getenv func(string) string) bool {
	locale := getenv("LC_ALL")
	if locale == "" {
		locale = getenv("LC_CTYPE")
	}
	if locale == "" {
		locale = getenv("LANG")
	}
	if locale == "C" || locale == "POSIX" {
		return false
	}
	if i := strings.IndexByte(locale, '.'); i >= 0 {
		locale = locale[:i]
	}
	if i := strings.IndexByte(locale, '@'); i >= 0 {
		locale = locale[:i]
	}
	locale = strings.ToLower(locale)
	if locale == "" {
		return false
	}
	for _, lang := range []string{"zh", "ja", "ko", "chi", "zho", "jpn", "kor"} {
		if strings.HasPrefix(locale, lang) {
			return true
		}
	}
	parts := strings.Split(locale, "_")
	for _, region := range parts[1:] {
		switch region {
		case "cn", "tw", "hk", "mo", "jp", "kr", "kp", "sg":
			return true
		}
	}
	return false
}
