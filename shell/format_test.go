package shell

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
)

func TestCSVProfile(t *testing.T) {
	res := &Result{Columns: []string{"a", "b", "c", "d", "e"}, Rows: [][]any{{nil, "", `x"y`, "é", "p,q"}}}
	var b bytes.Buffer
	if err := Write(&b, res, Options{Format: "csv", Headers: true}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "a,b,c,d,e\n,\"\",\"x\"\"y\",é,\"p,q\"\n"; got != want {
		t.Errorf("csv = %q, want %q", got, want)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	res := &Result{Columns: []string{"text", "n"}, Rows: [][]any{
		{"line one\nline two", int64(3)}, {"with \"quotes\", commas", 2.5}, {"trailing\r\n", int64(-1)}, {"", nil},
	}}
	for _, crlf := range []bool{false, true} {
		var b bytes.Buffer
		if err := Write(&b, res, Options{Format: "csv", Headers: true, CRLF: crlf}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
		if err != nil {
			t.Fatalf("encoding/csv cannot read our CSV: %v\n%s", err, b.String())
		}
		if len(recs) != len(res.Rows)+1 {
			t.Fatalf("got %d records, want %d", len(recs), len(res.Rows)+1)
		}
		for i, row := range res.Rows {
			for j, v := range row {
				want := formatValue(v)
				if strings.Contains(want, "\r\n") {
					want = strings.ReplaceAll(want, "\r\n", "\n") // encoding/csv folds CRLF inside quotes
				}
				if recs[i+1][j] != want {
					t.Errorf("crlf=%v row %d col %d = %q, want %q", crlf, i, j, recs[i+1][j], want)
				}
			}
		}
	}
}

func TestJSONTyped(t *testing.T) {
	res := &Result{Columns: []string{"s", "i", "f", "n"}, Rows: [][]any{{"x", int64(1), 1.5, nil}}}
	var b bytes.Buffer
	if err := Write(&b, res, Options{Format: "json"}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "[\n  {\"s\": \"x\", \"i\": 1, \"f\": 1.5, \"n\": null}\n]\n"; got != want {
		t.Errorf("json = %q, want %q", got, want)
	}
}

func TestTableTruncatesAndCaps(t *testing.T) {
	res := &Result{Columns: []string{"id", "text"}}
	for i := 0; i < 5; i++ {
		res.Rows = append(res.Rows, []any{int64(i), strings.Repeat("word ", 40)})
	}
	res.Rows[0][1] = nil
	res.Rows[1][1] = ""
	var b bytes.Buffer
	if err := Write(&b, res, Options{Format: "table", MaxWidth: 60, MaxRows: 3}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := len([]rune(line)); n > 60 && !strings.HasPrefix(line, "(") {
			t.Errorf("line wider than 60: %d %q", n, line)
		}
	}
	for _, want := range []string{"NULL", "…", "2 more rows"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestFitColumns(t *testing.T) {
	for _, tc := range []struct {
		natural []int
		max     int
		want    []int
	}{
		{[]int{5, 10}, 0, []int{5, 10}},                  // no limit
		{[]int{5, 10}, 22, []int{5, 10}},                 // 1 + 8 + 13 = 22 fits
		{[]int{5, 40}, 30, []int{5, 18}},                 // the wide column is cut
		{[]int{30, 4, 30}, 50, []int{18, 4, 18}},         // both wide ones cut alike
		{[]int{30, 4, 30}, 51, []int{19, 4, 18}},         // a spare cell goes to the left
		{[]int{30, 4, 30}, 40, []int{29, 4}},             // too narrow for both: one dropped
		{[]int{20, 20, 20, 20}, 40, []int{17, 16}},       // too many: columns dropped
		{[]int{3, 3, 3, 3, 3, 3}, 30, []int{3, 3, 3, 3}}, // narrow ones kept whole
		{[]int{100}, 20, []int{16}},                      // one column always shown
	} {
		got := fitColumns(tc.natural, tc.max)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("fitColumns(%v, %d) = %v, want %v", tc.natural, tc.max, got, tc.want)
		}
		if tc.max > 0 {
			total := 1
			for _, w := range got {
				total += w + 3
			}
			if total > tc.max {
				t.Errorf("fitColumns(%v, %d) = %v is %d wide", tc.natural, tc.max, got, total)
			}
		}
	}
}

func TestWriteTableFitsAndNotes(t *testing.T) {
	res := &Result{Columns: []string{"id", "only_nulls", "subject", "body", "more", "most"}}
	for i := 0; i < 3; i++ {
		res.Rows = append(res.Rows, []any{int64(i), nil, "\x1b[31mred\ttab and a long subject line", strings.Repeat("ü", 50), "m", "n"})
	}
	for _, tc := range []struct {
		width int
		want  []string
	}{
		{80, []string{"│  0 │ NULL       │ ␛[31mred tab and a l… │ üüüüüüüüüüüüüüüüüüü… │ m    │ n    │", "(3 rows)"}},
		{60, []string{"│  0 │ NULL       │ ␛[31mred tab and … │ üüüüüüüüüüüüüüüü… │", "2 more columns not shown: more, most.", "See them: .mode line"}},
	} {
		var b bytes.Buffer
		if err := Write(&b, res, Options{Format: "box", MaxWidth: tc.width}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if w := len([]rune(line)); w > tc.width {
				t.Errorf("line %d wide, more than %d: %q", w, tc.width, line)
			}
		}
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("width %d: table lacks %q:\n%s", tc.width, want, out)
			}
		}
		if strings.Contains(out, "\x1b") || strings.Contains(out, "\t") {
			t.Errorf("control characters reach the terminal:\n%q", out)
		}
	}
}

// TestTableWriterShowsEarly checks that a capped table is written as soon
// as the cap is passed, before the rest of the rows are counted.
func TestTableWriterShowsEarly(t *testing.T) {
	var b bytes.Buffer
	rw, err := newRowWriter(&b, []string{"n"}, Options{Format: "table", MaxRows: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		rw.Row([]any{int64(i)})
	}
	if !strings.Contains(b.String(), "| 1 |") || strings.Contains(b.String(), "| 2 |") {
		t.Fatalf("after 3 rows with a cap of 2, output is %q", b.String())
	}
	for i := 3; i < 10; i++ {
		rw.Row([]any{int64(i)})
	}
	if err := rw.Close(errStatementInterrupted); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(b.String(), "at least 8 more rows not shown (2 shown; counting stopped by the interrupt)\n") {
		t.Errorf("interrupted footer: %q", b.String())
	}
}

func TestInfinity(t *testing.T) {
	db := testDB(t)
	out, errs, err := runScript(t, db, "SELECT 1e300*1e10 AS big, -1e300*1e10 AS small;\n.mode json\nSELECT 1e300*1e10 AS big, -1e300*1e10 AS small;\n", false)
	if err != nil {
		t.Fatalf("%v: %s", err, errs)
	}
	if want := "Inf|-Inf\n[\n  {\"big\": 9e999, \"small\": -9e999}\n]\n"; out != want {
		t.Errorf("output %q, want %q", out, want)
	}
}

func TestCellText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":              "plain",
		"é and 中文":           "é and 中文",
		"a\nb\r\nc\rd":       "a↵b↵c↵d",
		"tab\there":          "tab here",
		"\x1b[2Jcleared":     "␛[2Jcleared",
		"bell\x07":           "bell␇",
		"del\x7f":            "del␡",
		"csi\u009b2J":        "csi�2J",
		"bad \xff\xfe bytes": "bad �� bytes",
	} {
		if got := cellText(in); got != want {
			t.Errorf("cellText(%q) = %q, want %q", in, got, want)
		}
	}
}
