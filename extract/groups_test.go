package extract

import (
	"slices"
	"testing"
	"time"
)

// TestGroupMembers checks that a group's members are those of the cable's
// date and never the United States.
func TestGroupMembers(t *testing.T) {
	at := func(y int) time.Time { return time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC) }
	if m := groupMembers("@G8", at(1995)); slices.Contains(m, "RU") || len(m) != 6 {
		t.Errorf("G8 in 1995 = %v, want the G7 without the United States", m)
	}
	if m := groupMembers("@G8", at(2009)); !slices.Contains(m, "RU") || slices.Contains(m, "US") {
		t.Errorf("G8 in 2009 = %v, want Russia and not the United States", m)
	}
	for key, g := range countryGroups() {
		for _, m := range groupMembers(key, time.Time{}) {
			if loadGazetteer().byISO[m] == nil {
				t.Errorf("%s: member %q is no country", key, m)
			}
		}
		if len(g.names) == 0 {
			t.Errorf("%s has no name", key)
		}
	}
}
