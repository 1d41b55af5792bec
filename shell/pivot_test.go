package shell

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cablesql/cablesql/store"
)

func mustSpec(t *testing.T, s string) *store.PivotSpec {
	t.Helper()
	p, err := store.ParsePivot(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// long is attendance as long rows: country, event, date.
func long(rows ...[]any) *Result {
	return &Result{Columns: []string{"iso2", "event", "n"}, Rows: rows}
}

func TestPivotCountsInFirstAppearanceOrder(t *testing.T) {
	res := long(
		[]any{"TR", "Plenary", int64(1)},
		[]any{"AL", "Conference", int64(1)},
		[]any{"AF", "Conference", int64(1)},
		[]any{"AL", "Academy", int64(1)},
		[]any{"AL", "Academy", int64(1)}, // said twice: counted twice
	)
	m, err := pivot(res, mustSpec(t, "iso2 event total=total"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Result{
		Columns: []string{"iso2", "Plenary", "Conference", "Academy", "total"},
		Rows: [][]any{
			{"TR", int64(1), int64(0), int64(0), int64(1)},
			{"AL", int64(0), int64(1), int64(2), int64(3)},
			{"AF", int64(0), int64(1), int64(0), int64(1)},
		},
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("pivot =\n%v\nwant\n%v", m, want)
	}
	// Reordering the long rows reorders the columns: they follow the data.
	res.Rows[0], res.Rows[3] = res.Rows[3], res.Rows[0]
	m, _ = pivot(res, mustSpec(t, "iso2 event"))
	if got := strings.Join(m.Columns, ","); got != "iso2,Academy,Conference,Plenary" {
		t.Errorf("columns after reordering = %s", got)
	}
}

func TestPivotSumsValuesAndSorts(t *testing.T) {
	res := &Result{Columns: []string{"iso2", "country", "action", "n"}, Rows: [][]any{
		{"AL", "Albania", "attended", int64(2)},
		{"AL", "Albania", "trained", int64(1)},
		{"AF", "Afghanistan", "attended", int64(2)},
		{"AF", "Afghanistan", "trained", int64(1)},
		{"AF", "Afghanistan", "urged", nil},
		{"DZ", "Algeria", "attended", 0.5},
		{"DZ", "Algeria", "attended", 0.25},
	}}
	m, err := pivot(res, mustSpec(t, "iso2,country action n total=all sort=-all,country"))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{
		{"AF", "Afghanistan", 2.0, 1.0, 0.0, 3.0},
		{"AL", "Albania", 2.0, 1.0, 0.0, 3.0},
		{"DZ", "Algeria", 0.75, 0.0, 0.0, 0.75},
	}
	if strings.Join(m.Columns, ",") != "iso2,country,attended,trained,urged,all" || !reflect.DeepEqual(m.Rows, want) {
		t.Errorf("pivot = %v %v\nwant %v", m.Columns, m.Rows, want)
	}
}

func TestPivotText(t *testing.T) {
	res := &Result{Columns: []string{"country", "event", "date_text"}, Rows: [][]any{
		{"Albania", "Conference", "June 2009"},
		{"Albania", "Conference", "June 25-27, 2009"},
		{"Albania", "Conference", "June 2009"},
		{"Armenia", "Update", "Oct 2009"},
		{"Armenia", "Conference", nil},
	}}
	m, err := pivot(res, mustSpec(t, "country event date_text total=n"))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]any{
		{"Albania", "June 2009; June 25-27, 2009", nil, int64(1)},
		{"Armenia", nil, "Oct 2009", int64(1)},
	}
	if !reflect.DeepEqual(m.Rows, want) {
		t.Errorf("text pivot = %v, want %v", m.Rows, want)
	}
}

func TestPivotHeadingsStayDistinct(t *testing.T) {
	res := &Result{Columns: []string{"k", "c"}, Rows: [][]any{
		{"a", int64(1)}, {"a", "1"}, {"a", nil}, {"a", "k"}, {"a", "total"},
	}}
	m, err := pivot(res, mustSpec(t, "k c total=total"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Columns, "|"); got != "k|1|1 (2)|NULL|k (2)|total (2)|total" {
		t.Errorf("headings = %s", got)
	}
}

func TestPivotErrors(t *testing.T) {
	res := long([]any{"AL", "X", int64(1)})
	for spec, want := range map[string]string{
		"iso2 nope":            `pivot: no column "nope" in the result (columns: iso2, event, n)`,
		"iso2 event n sort=zz": `pivot: no column "zz" in the result`,
	} {
		_, err := pivot(res, mustSpec(t, spec))
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("pivot(%s) = %v, want %s", spec, err, want)
		}
	}
	for _, bad := range []string{"", "iso2", "a b c d", "a b colour=red"} {
		if _, err := store.ParsePivot(bad); err == nil {
			t.Errorf("ParsePivot(%q) succeeded", bad)
		}
	}
}

func TestMarked(t *testing.T) {
	spec := mustSpec(t, "iso2 event total=total mark=✓")
	m := &Result{Columns: []string{"iso2", "A", "B", "total"}, Rows: [][]any{{"AL", int64(1), int64(0), int64(1)}}}
	got := Marked(m, spec)
	if want := []any{"AL", "✓", "", int64(1)}; !reflect.DeepEqual(got.Rows[0], want) {
		t.Errorf("Marked = %v, want %v", got.Rows[0], want)
	}
	if m.Rows[0][1] != int64(1) {
		t.Error("Marked changed its input")
	}
	if Marked(m, mustSpec(t, "iso2 event")) != m {
		t.Error("Marked without a mark should return the matrix itself")
	}
}

// BenchmarkPivot folds 100,000 long rows (200 countries × 500 events)
// into a matrix.
func BenchmarkPivot(b *testing.B) {
	res := &Result{Columns: []string{"iso2", "country", "event", "attended"}}
	for c := range 200 {
		for e := range 500 {
			res.Rows = append(res.Rows, []any{fmt.Sprintf("C%03d", c), fmt.Sprintf("Country %d", c), fmt.Sprintf("Event %d", e), int64(1)})
		}
	}
	spec, _ := store.ParsePivot("iso2,country event attended total=total sort=-total,country")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pivot(res, spec); err != nil {
			b.Fatal(err)
		}
	}
}
