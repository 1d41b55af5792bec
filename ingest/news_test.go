package ingest

import (
	"strings"
	"testing"
)

// TestNewsFooterNotProse checks that a wrapped line of a non-paper that
// follows the last numbered paragraph and opens with a word of the site's
// furniture ("subscribe to the HCOC") stays in the cable.
func TestNewsFooterNotProse(t *testing.T) {
	text := "Site boilerplate\n\nCablegate: Mtcr: Outreach\n\nDE RUEHC #4417 2571410\nP 141405Z SEP 10\n\n" +
		"C O N F I D E N T I A L STATE 094417\n\nE.O. 12958: DECL: 09/14/2020\n\n3. (C) Begin non-paper:\n\n" +
		"-- In January 2010, U.S. officials urged the Ivorian government to\nsubscribe to the HCOC. Ivorian officials\n" +
		"share this view.\n\nEnd non-paper.\nCLINTON\n\n© Scoop Media\n\nSubscribe to Scoop\n"
	c := mustParse(t, text)
	if n := len(c.Paragraphs); n == 0 || !strings.Contains(c.Body, "subscribe to the HCOC") || !strings.Contains(c.Body, "End non-paper.") ||
		strings.Contains(c.Body, "Scoop Media") {
		t.Errorf("body %q: the cable must run to its end and stop at the site's footer", c.Body)
	}
}

// TestNewsFooterNotMarking checks that the portion marking opening a
// paragraph of a cable whose paragraphs have no numbers ("(C) As part
// of", 07MADRID177) is not read as the site's copyright line "(c) ...",
// which ended the cable before its text, and that a copyright line in
// that form still ends it.
func TestNewsFooterNotMarking(t *testing.T) {
	text := "Site boilerplate\n\nCablegate: Ilsa: Spanish Mfa Already In Touch With Repsol\n\nDE RUEHMD #0177 0330908\nP 020908Z FEB 07\n\n" +
		"C O N F I D E N T I A L MADRID 000177\n\nE.O. 12958: DECL: 02/01/2017\n\n" +
		"Classified By: DCM Hugo Llorens for reasons 1.4 (b) & (d).\n\n" +
		"(C) As part of a broader discussion on February 1 (ref A),\nDCM presented MFA Political Director Rafael Dezcallar with\nref B points.\n\n" +
		"(C) 2010 Scoop Media\n\nSubscribe to Scoop\n"
	c := mustParse(t, text)
	if !strings.Contains(c.Body, "DCM presented MFA Political Director") || strings.Contains(c.Body, "Scoop Media") {
		t.Errorf("body %q: the cable must keep its marked paragraph and stop at the site's footer", c.Body)
	}
}
