package extract

import (
	"slices"
	"testing"
)

// TestTriggerWords holds a few words of the triggers to what they mean:
// "exchange houses" name no talks, "Exchanges" in a heading and
// "exchanges with" do.
func TestTriggerWords(t *testing.T) {
	tests := []struct {
		text string
		want bool // a Discussed trigger matches
	}{
		{"such as exchange houses and stock brokerages", false},
		{"the foreign exchange market", false},
		{"U.S.-Senegal Exchanges on trade", true},
		{"regular exchanges with the MFA", true},
	}
	for _, tt := range tests {
		var actions []string
		for _, tr := range triggers {
			if tr.re.MatchString(tt.text) {
				actions = append(actions, tr.action)
			}
		}
		if got := slices.Contains(actions, Discussed); got != tt.want {
			t.Errorf("%q: a discussed trigger matches: %v, want %v (actions %v)", tt.text, got, tt.want, actions)
		}
	}
}
