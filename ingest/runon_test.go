package ingest

import (
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
		// unmarked paragraphs run into a REF line: cut where the prose opens
		{"../../../testdata/gold/cables/08CAIRO2099.html", "", "We delivered points in reftel to MFA Deputy Director"},
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
