package ingest

import (
	"github.com/cablesql/cablesql"
	"path/filepath"
	"strings"
	"testing"
)

// Cable Viewer pages whose line ends were lost run the first paragraph
// into a caption field (REF, Classified By); before the caption lines
// were cut at a paragraph's number or marking, these cables kept no
// paragraph at all, and the extractor saw none of their prose.
func TestParagraphRunIntoCaption(t *testing.T) {
	tests := []struct {
		file, marking, opens string
	}{
		{"../../../testdata/gold/cables/08TRIPOLI614.html", "C", "Summary. On July 20-22, a three-member Customs"}, // a gold cable
		{"07MANAMA1031.html", "U", "Pol/Econ Chief delivered reftel points"},
		{"08MANAMA287.html", "SBU", "Poloff delivered reftel message"},
		{"08MANAMA473.html", "C", "A/DCM delivered reftel points"},
		{"09CAIRO940.html", "C", "The Ambassador spoke to FM Aboul Ghayt"},
		{"09LONDON2183.html", "S/NF", "HMG agrees on the importance"}, // after a REF line and the reasons
		{"08LONDON1922.html", "C", "HMG is aware that Iran"},          // after reasons "1. 4 (b) and (d)"
		// unmarked paragraphs run into a REF line: cut where the prose opens
		{"08CAIRO2099.html", "", "We delivered points in reftel to MFA Deputy Director"},
		{"09CAIRO189.html", "", "As requested in reftel, contacts for NPT issues are"},
	}
	for _, tt := range tests {
		c := parseFile(t, filepath.Join("testdata/runon", tt.file))
		if len(c.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", tt.file)
			continue
		}
		p := c.Paragraphs[0]
		if p.Marking != tt.marking || !strings.HasPrefix(p.Text, tt.opens) {
			t.Errorf("%s: first paragraph (%s) %.60q, want (%s) %q...", tt.file, p.Marking, p.Text, tt.marking, tt.opens)
		}
		for _, r := range c.Refs {
			if len(r) > 20 {
				t.Errorf("%s: reference %q holds text", tt.file, r)
			}
		}
		if strings.Contains(c.ClassifiedBy, tt.opens[:10]) || len(c.ClassifiedBy) > 80 {
			t.Errorf("%s: Classified By %q holds the paragraph", tt.file, c.ClassifiedBy)
		}
	}
}

// A numbered, marked paragraph run into the one before on a page that lost
// its line ends ("... with the U.S. 8. (U) The Assistant Secretary cleared
// this cable.") is a paragraph of its own when its number follows the
// last one begun; a number out of sequence is text.
func TestNumberedParagraphRunIn(t *testing.T) {
	c := parseFile(t, filepath.Join("testdata/runon", "05BRASILIA1130.html"))
	var last cablesql.Paragraph
	for _, p := range c.Paragraphs {
		if strings.Contains(p.Text, " 8. (U) ") {
			t.Errorf("paragraph %d holds paragraph 8: %.80q", p.Num, p.Text)
		}
		last = p
	}
	if last.Num != 8 || last.Marking != "U" || !strings.HasPrefix(last.Text, "The Assistant Secretary cleared this cable") {
		t.Errorf("last paragraph %d (%s) %.60q, want 8 (U) The Assistant Secretary cleared this cable", last.Num, last.Marking, last.Text)
	}
	lines := []string{"5. (C) Text 7. (C) out of sequence.", "more 6. (C) Next one."}
	if got := splitRunInParagraphs(lines); len(got) != 3 || got[2] != "6. (C) Next one." {
		t.Errorf("splitRunInParagraphs(%q) = %q", lines, got)
	}
}

// endsWithReason reads the reason codes as parseClassifiedBy does, and a
// marking after them opens a paragraph only when the last code is closed.
func TestEndsWithReason(t *testing.T) {
	for s, want := range map[string]bool{
		"Classified By: Robin Quinville for Reason 1.4 (c)  ":             true,
		"Classified By: Richard Mills, Jr. for reasons 1. 4 (b) and (d) ": true,
		"Classified By: CDA for reasons 1.4 (B), ":                        false, // "(C) AND (D)" continues the list
		"Classified By: CDA for reasons 1.4 ":                             false,
		"REF: STATE 1234 ":                                                false,
	} {
		if got := endsWithReason(s); got != want {
			t.Errorf("endsWithReason(%q) = %v, want %v", s, got, want)
		}
	}
}
