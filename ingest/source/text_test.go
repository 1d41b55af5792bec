package source

import (
	"strings"
	"testing"
)

// TestSplitCables checks where a text holding cables one after the other
// is cut: at each transmission id that opens a cable, not at a copy of
// the header printed after a cable's text (as some Cable Viewer pages
// print it, 08PARIS988).
func TestSplitCables(t *testing.T) {
	header := func(serial string) string {
		return "VZCZCXRO2010\nOO RUEHAG\nDE RUEHFR #" + serial + "/01 1441337\nZNY CCCCC ZZH\nO 231337Z MAY 08\nFM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3125\n"
	}
	body := func(serial string) string {
		return "C O N F I D E N T I A L PARIS 000" + serial + "\n\nSIPDIS\n\n1. (C) Text.\n\nSTAPLETON\n\n"
	}
	tests := []struct {
		name string
		text string
		want []string // the serial of each part's classification line
	}{
		{"one cable", header("988") + body("988"), []string{"988"}},
		{"two cables", header("988") + body("988") + header("989") + body("989"), []string{"988", "989"}},
		{"a cable and a copy of its header", header("988") + body("988") + header("988"), []string{"988"}},
		{"two cables, the second's header copied after it",
			header("988") + body("988") + header("989") + body("989") + header("989"), []string{"988", "989"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range splitCables(tt.text) {
				serial := "?"
				if i := strings.Index(p, "PARIS 000"); i >= 0 {
					serial = strings.Fields(p[i+len("PARIS 000"):])[0]
				}
				got = append(got, serial)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("splitCables gives parts %q, want %q", got, tt.want)
			}
		})
	}
}
