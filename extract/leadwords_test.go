package extract

import (
	"slices"
	"testing"
)

func TestFirstWordsOf(t *testing.T) {
	tests := []struct {
		expr string
		want []string
	}{
		{`(?i)\b(review(?:ed|s|ing)? (?:[\w'-]+ ){0,6}?with)\b`, []string{"review", "reviewed", "reviewing", "reviews"}},
		{`(?i)\b(co-hosted|cohosted|hosted)\b`, []string{"co-hosted", "cohosted", "hosted"}},
		{`(?i)\b(called (?:on|upon)|demarched)\b`, []string{"called", "demarched"}},
		{`(?i)\b(?:(?:was|were) represented at|sent (?:a\s+)?delegations? to)\b`, []string{"sent", "was", "were"}},
	}
	for _, tt := range tests {
		got, ok := firstWordsOf(tt.expr)
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("firstWordsOf(%q) = %q, %v; want %q", tt.expr, got, ok, tt.want)
		}
	}
	for _, expr := range []string{`\b[a-z]+ed\b`, `(?i)\b\w+ing\b`} {
		if _, ok := firstWordsOf(expr); ok {
			t.Errorf("firstWordsOf(%q): ok, want no list", expr)
		}
	}
}
