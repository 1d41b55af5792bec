package shell

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestWriteCSVProfile(t *testing.T) {
	res := &Result{Columns: []string{"a", "b", "c", "d", "e"}, Rows: [][]any{{nil, "", `x"y`, "é", "p,q"}}}
	var b bytes.Buffer
	if err := WriteCSV(&b, res, true, false); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "a,b,c,d,e\n,\"\",\"x\"\"y\",é,\"p,q\"\n"; got != want {
		t.Errorf("WriteCSV = %q, want %q", got, want)
	}
}

func TestWriteCSVRoundTrip(t *testing.T) {
	res := &Result{Columns: []string{"text", "n"}, Rows: [][]any{
		{"line one\nline two", int64(3)}, {"with \"quotes\", commas", 2.5}, {"trailing\r\n", int64(-1)}, {"", nil},
	}}
	for _, crlf := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteCSV(&b, res, true, crlf); err != nil {
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
				want := FormatValue(v)
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

func TestWriteJSONTyped(t *testing.T) {
	res := &Result{Columns: []string{"s", "i", "f", "n"}, Rows: [][]any{{"x", int64(1), 1.5, nil}}}
	var b bytes.Buffer
	if err := WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "[\n  {\"s\": \"x\", \"i\": 1, \"f\": 1.5, \"n\": null}\n]\n"; got != want {
		t.Errorf("WriteJSON = %q, want %q", got, want)
	}
}

func TestWriteTableTruncatesAndCaps(t *testing.T) {
	res := &Result{Columns: []string{"id", "text"}}
	for i := 0; i < 5; i++ {
		res.Rows = append(res.Rows, []any{int64(i), strings.Repeat("word ", 40)})
	}
	res.Rows[0][1] = nil
	res.Rows[1][1] = ""
	var b bytes.Buffer
	if err := WriteTable(&b, res, Options{MaxWidth: 60, MaxRows: 3}); err != nil {
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
