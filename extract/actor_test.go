package extract

import "testing"

func TestIrrealis(t *testing.T) {
	for _, lead := range []string{"Azerbaijani officials will ", "Post recommends that EXBS continue to ",
		"Kenya's willingness to ", "Uganda offered to ", "they did not ", "he didn't ", "the U.S. plans to ",
		"Azimov asked for U.S. ", "the Department would like to ", "if Brazil ", "the U.S. is seeking ",
		"in the event of no progress in ", "XXXX urged the United States and China to have a ",
		"Post advocates a sustained, continued investment in "} {
		if !irrealis(lead) {
			t.Errorf("irrealis(%q) = false, want true", lead)
		}
	}
	for _, lead := range []string{"In June 2009, Albania ", "the United States ", "EXBS continued to ",
		"the U.S. has continued ", "Since 2003 the EXBS program has "} {
		if irrealis(lead) {
			t.Errorf("irrealis(%q) = true, want false", lead)
		}
	}
}
