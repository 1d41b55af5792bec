package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

var (
	// signerLineRE matches a signature alone on the last line: CLINTON,
	// VAN VOORST, Hrinak, GILLESPIE##, STRAUSZ-HUPE, O'DONOHUE.
	signerLineRE = lazyre.New(`^((?:(?:van|de|von|da|del|la|le|di)[ ]+)?[A-Z][A-Za-z'’\-]+(?:[ ]+[A-Z][A-Za-z'’\-]+){0,2})[ #.\\"]*$`)
	// signerInlineRE matches a signature after the last sentence:
	// "... xxxxxxxxxxxx. CLINTON".
	signerInlineRE = textmatch.NewLine(`[.!?"”][ \t]+([A-Z][A-Z'’\-]{2,}(?:[ ][A-Z][A-Z'’\-]{2,})?)[ #\\"]*$`)
	// trailerRE matches lines that may follow the signature: the
	// classification again, end markers, release notes.
	trailerRE = lazyre.New(`(?i)^(?:` + scan.ClassLevel + `|NNNN|BT|#+|END CABLE TEXT|DECLASSIFIED/RELEASED.*|SYSTEMATIC REVIEW.*|NOTE BY OC/T.*|CLASSIFICATION:.*|["\\ ]*|[=\-_* ]*(?:CABLE ENDS|END OF CABLE|END CABLE)?[=\-_* ]*|VISIT .*CLASSIFIED WEB ?SITE.*|(?:HTTPS?://|WWW\.)?\S*\.S?GOV\.GOV\S*)$`)
)

// notSigners returns the words that end a cable without being a signature.
var notSigners = scan.LazySet(`END TEXT COMMENT SUMMARY NOTE QUOTE UNQUOTE NNNN BT REGARDS THANKS
	CONFIDENTIAL SECRET UNCLASSIFIED UNCLAS SIPDIS NOFORN EXDIS NODIS LIMDIS OADR TEXT. ENDS
	MESSAGE CABLE ACTION REQUEST INFORMATION BACKGROUND CONCLUSION PARA PARAGRAPH`)

// findSigner returns the signature at the end of the body lines and
// whether it stands alone on its line (lines[at]).
func findSigner(lines []string) (signer string, at int, alone bool) {
	i := len(lines) - 1
	for ; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" || trailerRE.MatchString(t) || isMarkerLine(t) {
			continue
		}
		break
	}
	if i < 0 {
		return "", -1, false
	}
	t := strings.TrimSpace(lines[i])
	if len(t) <= 40 {
		if m := signerLineRE.FindStringSubmatch(t); m != nil && plausibleSigner(m[1]) {
			// A short mixed-case line ("Van Voorst") signs; a longer
			// mixed-case line is more likely a heading.
			if scan.IsUpper(m[1]) || len(strings.Fields(m[1])) <= 2 {
				return strings.ToUpper(m[1]), i, true
			}
		}
	}
	if m := signerInlineRE.FindStringSubmatch(t[signerInlineFrom(t):]); m != nil && plausibleSigner(m[1]) {
		return m[1], i, false
	}
	return "", -1, false
}

func plausibleSigner(s string) bool {
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		if notSigners()[w] {
			return false
		}
	}
	return true
}

// signerInlineFrom returns a byte of t at or before the start of every
// signerInlineRE match, at the start of a rune: the expression, which
// looks at nothing before its match, finds the same match in t[from:]
// without being tried from every byte of a long last line. After the
// mark that opens a match come only blanks, capitals, apostrophes,
// hyphens, and the '#', '\\' and '"' that may trail the name.
func signerInlineFrom(t string) int {
	q := len(t)
	for q > 0 && signerTailByte[t[q-1]] {
		q--
	}
	from := max(0, q-len("”"))
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	return from
}

// signerTailByte marks the bytes that may follow the mark opening a
// signerInlineRE match: those of [ \t A-Z'’\-#\\"], the bytes of ’
// included.
var signerTailByte = func() (b [256]bool) {
	for _, c := range []byte(" \t'-#\\\"’") {
		b[c] = true
	}
	for c := 'A'; c <= 'Z'; c++ {
		b[c] = true
	}
	return b
}()
