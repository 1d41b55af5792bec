package shell

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// DefaultHistorySize is how many entries the history file keeps.
const DefaultHistorySize = 2000

// HistoryPath returns where the shell keeps its history:
// $XDG_STATE_HOME/cablesql/history, by default
// $HOME/.local/state/cablesql/history. getenv is os.Getenv, or a map
// lookup in tests.
func HistoryPath(getenv func(string) string) (string, error) {
	if dir := getenv("XDG_STATE_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "cablesql", "history"), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("no history: neither $XDG_STATE_HOME nor $HOME is set")
	}
	return filepath.Join(home, ".local", "state", "cablesql", "history"), nil
}

// historyEscaper and historyUnescaper keep an entry on one line of the
// file: a multi-line statement is one entry.
var (
	historyEscaper   = strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`)
	historyUnescaper = strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\r`, "\r")
)

// formatHistoryEntry encodes an entry as one line of the history file,
// without the line end: backslash, newline and CR are escaped.
func formatHistoryEntry(entry string) string {
	return historyEscaper.Replace(entry)
}

// parseHistory reads the entries of a history file, oldest first.
func parseHistory(r io.Reader) ([]string, error) {
	var entries []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			entries = append(entries, historyUnescaper.Replace(line))
		}
	}
	return entries, sc.Err()
}

// History is the shell's history file. Entries are appended as they are
// made, so that a session killed midway keeps its history, and two
// sessions at once both keep theirs.
type History struct {
	Path string
	Max  int // entries kept; DefaultHistorySize when 0
	last string
}

// Load returns the saved entries, oldest first. A missing file is an
// empty history. When the file holds more than twice Max entries it is
// rewritten with the last Max.
func (h *History) Load() ([]string, error) {
	f, err := os.Open(h.Path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	entries, err := parseHistory(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("read history %s: %w", h.Path, err)
	}
	max := h.Max
	if max <= 0 {
		max = DefaultHistorySize
	}
	if len(entries) > max {
		entries = entries[len(entries)-max:]
		if len(entries) > 0 {
			h.last = entries[len(entries)-1]
		}
		return entries, h.rewrite(entries)
	}
	if len(entries) > 0 {
		h.last = entries[len(entries)-1]
	}
	return entries, nil
}

// rewrite replaces the file with entries, by renaming a new file over it.
func (h *History) rewrite(entries []string) error {
	tmp, err := os.CreateTemp(filepath.Dir(h.Path), ".history-*")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	for _, e := range entries {
		w.WriteString(formatHistoryEntry(e) + "\n")
	}
	err = w.Flush()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), h.Path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// Append adds an entry to the file, creating it (and its directory, only
// the user may read) when needed. An entry equal to the previous one is
// not added again.
func (h *History) Append(entry string) error {
	if strings.TrimSpace(entry) == "" || entry == h.last {
		return nil
	}
	h.last = entry
	if err := os.MkdirAll(filepath.Dir(h.Path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(h.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	_, err = f.WriteString(formatHistoryEntry(entry) + "\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// OneLine rewrites a multi-line entry as one line for a line editor that
// cannot edit several: line breaks between tokens become spaces and
// "-- comments" become "/* comments */". Line breaks inside string
// literals and quoted names are kept, since they are part of the value.
func OneLine(entry string) string {
	if !strings.ContainsAny(entry, "\r\n") {
		return entry
	}
	var b strings.Builder
	for i := 0; i < len(entry); {
		tok, next := scanToken(entry, i)
		if next < 0 {
			b.WriteString(entry[i:])
			break
		}
		text := entry[i:next]
		switch {
		case tok != tkWS:
			b.WriteString(text)
		case strings.HasPrefix(text, "--"):
			body := strings.TrimSpace(text[2:])
			if strings.Contains(body, "*/") {
				b.WriteString(text) // cannot become a block comment
			} else if next < len(entry) {
				b.WriteString("/* " + body + " */ ")
			} else {
				b.WriteString("-- " + body)
			}
		case strings.HasPrefix(text, "/*"):
			b.WriteString(strings.Join(strings.Fields(text), " "))
		case text == "\n" || text == "\r":
			if next < len(entry) && !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		case text == " " || text == "\t":
			if !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		default:
			b.WriteString(text)
		}
		i = next
	}
	return strings.TrimSpace(b.String())
}
