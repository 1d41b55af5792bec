// Package matchtest is the test harness of the fast paths: the texts a
// matcher's shortcut (a prefilter, a quick test before an expression, a
// search faster than regexp) is held to the plain code it stands for on,
// and the check that it turns away no text that code accepts.
//
// The texts are real cable text (the repository's test and gold cables,
// and the corpus in /work/shared/corpus when it is there, which no test
// needs) and random text: random bytes, and random strings of the pieces
// a matcher looks for, where a shortcut could slip.
package matchtest

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root returns the repository's root: the directory above the test's
// that holds go.mod.
func root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("matchtest: no go.mod above the test's directory")
		}
		dir = up
	}
}

// readFiles returns the text of the files that pattern, relative to the
// repository's root, names.
func readFiles(t testing.TB, pattern string) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(root(t), pattern))
	texts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestCables returns the text of the test cables (extract/testdata and
// testdata), one string a cable.
func TestCables(t testing.TB) []string {
	t.Helper()
	cables := append(readFiles(t, "extract/testdata/*.txt"), readFiles(t, "testdata/*.txt")...)
	if len(cables) < 10 {
		t.Fatalf("only %d test cables", len(cables))
	}
	return cables
}

// CableTexts returns the sentences of the test cables (their text cut at
// ". ") and windows of width bytes every step bytes.
func CableTexts(t testing.TB, step, width int) []string {
	t.Helper()
	var texts []string
	for _, s := range TestCables(t) {
		texts = append(texts, strings.Split(s, ". ")...)
		for i := 0; i < len(s); i += step {
			texts = append(texts, s[i:min(len(s), i+width)])
		}
	}
	return texts
}

// GoldLines returns every line of the gold cables (testdata/gold/cables).
func GoldLines(t testing.TB) []string {
	t.Helper()
	cables := readFiles(t, "testdata/gold/cables/*")
	if len(cables) == 0 {
		t.Fatal("no gold cables")
	}
	var lines []string
	for _, c := range cables {
		lines = append(lines, strings.Split(c, "\n")...)
	}
	return lines
}

// CorpusLines returns every step-th line of the corpus's cables in
// /work/shared/corpus (or $CABLESQL_CORPUS), up to n lines, or none when
// there is no corpus: more real text where there is some.
func CorpusLines(step, n int) []string {
	dir := os.Getenv("CABLESQL_CORPUS")
	if dir == "" {
		dir = "/work/shared/corpus"
	}
	var lines []string
	k := 0
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || len(lines) >= n {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		for _, l := range strings.Split(string(b), "\n") {
			if k++; k%step == 0 && len(lines) < n {
				lines = append(lines, l)
			}
		}
		return nil
	})
	return lines
}

// RandomTexts returns n texts of 1 to maxPieces pieces each, drawn with a
// fixed seed, each piece followed by one of seps (none when seps is nil):
// text made of a matcher's own words, where its fast path could slip.
func RandomTexts(seed uint64, pieces, seps []string, maxPieces, n int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([]string, n)
	for i := range texts {
		var b strings.Builder
		for range 1 + rng.IntN(maxPieces) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if seps != nil {
				b.WriteString(seps[rng.IntN(len(seps))])
			}
		}
		texts[i] = b.String()
	}
	return texts
}

// RandomBytes returns n texts of up to maxLen random bytes each, drawn
// with a fixed seed, mostly ASCII letters and blanks so that words form.
func RandomBytes(seed uint64, maxLen, n int) []string {
	const common = "etaoinshrdlu ETAOIN  -.,"
	rng := rand.New(rand.NewPCG(seed, seed+1))
	texts := make([]string, n)
	for i := range texts {
		b := make([]byte, rng.IntN(maxLen+1))
		for j := range b {
			if rng.IntN(4) == 0 {
				b[j] = byte(rng.IntN(256))
			} else {
				b[j] = common[rng.IntN(len(common))]
			}
		}
		texts[i] = string(b)
	}
	return texts
}

// Cased returns each piece as written, in capitals and capitalised.
func Cased(pieces ...string) []string {
	var out []string
	for _, p := range pieces {
		out = append(out, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:])
	}
	return out
}

// MixedCase returns each text with the case of each ASCII letter drawn
// at random, with a fixed seed: "sPrINg", which a shortcut that folds
// case by hand could miss.
func MixedCase(seed uint64, texts []string) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, len(texts))
	for i, s := range texts {
		b := []byte(s)
		for j, c := range b {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				b[j] = c&^0x20 | byte(rng.IntN(2))<<5
			}
		}
		out[i] = string(b)
	}
	return out
}

// HoldGate checks that gate, a quick test run before match, turns away no
// text of texts that match accepts, and that match accepts some of them
// (else the check holds nothing). It returns how many match accepts.
func HoldGate(t testing.TB, name string, gate, match func(string) bool, texts []string) int {
	t.Helper()
	matched := 0
	for _, s := range texts {
		if !match(s) {
			continue
		}
		matched++
		if !gate(s) {
			t.Errorf("%s turns away %q, which its expression matches", name, s)
			return matched
		}
	}
	if matched == 0 {
		t.Errorf("%s: no text matched its expression; the check holds nothing", name)
	}
	return matched
}
