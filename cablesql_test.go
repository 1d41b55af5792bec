package cablesql_test

import (
	"testing"

	"github.com/cablesql/cablesql"
)

func TestEventKey(t *testing.T) {
	same := [][2]string{
		{"regional conference of anti-TIP national coalitions", "regional conference of national anti-TIP Coalitions"},
		{"Conference on Disarmament", "the Conference on Disarmament"},
		{"Missile Technology Control Regime (MTCR) Plenary", "Missile Technology Control Regime MTCR Plenary"},
	}
	for _, p := range same {
		if a, b := cablesql.EventKey(p[0]), cablesql.EventKey(p[1]); a != b {
			t.Errorf("EventKey(%q) = %q, EventKey(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"10th International Export Control Conference", "11th International Export Control Conference"},
		{"EU-3 meeting", "EU meeting"},
	}
	for _, p := range differ {
		if cablesql.EventKey(p[0]) == cablesql.EventKey(p[1]) {
			t.Errorf("EventKey(%q) = EventKey(%q): want two keys", p[0], p[1])
		}
	}
}
