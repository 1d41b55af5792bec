package source

import (
	"bytes"
	"encoding/csv"
	"strings"
)

// notCable says why a text file is not a cable at all, from its first
// bytes, or returns "" when it may hold one: a Markdown document (a
// README, notes about a corpus), a tab-separated table (an index of
// cables), or CSV rows of a few fields that are not cables.csv (a list
// of cables' metadata without their text). Telling these apart from a
// cable with no classification line gives the user the right message.
func notCable(head []byte) string {
	h := bytes.TrimLeft(head, " \t\r\n")
	first, _, _ := bytes.Cut(h, []byte("\n"))
	switch {
	case bytes.HasPrefix(first, []byte("# ")) || bytes.HasPrefix(first, []byte("## ")):
		return "a Markdown document"
	case sameFields(h, '\t') > 1:
		return "a tab-separated table"
	case sameFields(h, ',') > 1:
		return "CSV rows without cable text (cables.csv rows have 8 fields: id, date, reference id, origin, classification, references, header, body)"
	}
	return ""
}

// sameFields returns the number of fields of the first lines of h when
// each of them (at least three, all whole in h) splits at sep into the
// same number of fields, at least three; else 0.
func sameFields(h []byte, sep rune) int {
	lines := bytes.Split(h, []byte("\n"))
	if len(lines) < 4 {
		return 0
	}
	lines = lines[:min(len(lines)-1, 5)] // the last may be cut short
	n := 0
	for _, line := range lines {
		r := csv.NewReader(strings.NewReader(string(line)))
		r.Comma = sep
		r.LazyQuotes = true
		rec, err := r.Read()
		if err != nil || len(rec) < 3 || (n != 0 && len(rec) != n) {
			return 0
		}
		n = len(rec)
	}
	return n
}
