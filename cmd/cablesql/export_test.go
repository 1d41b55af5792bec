package main

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cablesql/cablesql"
)

func TestCSVProfileExactLine(t *testing.T) {
	out := mustRun(t, "query", "-format", "csv", `SELECT NULL AS a, '' AS b, 'x"y' AS c, 'é' AS d, 'p,q' AS e`)
	if want := "a,b,c,d,e\n,\"\",\"x\"\"y\",é,\"p,q\"\n"; out != want {
		t.Errorf("CSV = %q, want %q", out, want)
	}
	out = mustRun(t, "query", "-format", "csv", "-crlf", `SELECT NULL AS a, 'two
lines' AS b`)
	if want := "a,b\r\n,\"two\nlines\"\r\n"; out != want {
		t.Errorf("CSV -crlf = %q, want %q", out, want)
	}
}

// tricky are values a CSV writer gets wrong: separators, quotes, line
// ends, spaces at the edges, non-ASCII text, NULL and the empty string.
const tricky = `SELECT 1 AS n, 'plain' AS text UNION ALL
SELECT 2, NULL UNION ALL
SELECT 3, '' UNION ALL
SELECT 4, 'comma, inside' UNION ALL
SELECT 5, 'say "hi"' UNION ALL
SELECT 6, 'two' || char(10) || 'lines' UNION ALL
SELECT 7, 'cr' || char(13) || char(10) || 'lf' UNION ALL
SELECT 8, '  padded  ' UNION ALL
SELECT 9, 'Türkiye, Côte d''Ivoire — 東京' UNION ALL
SELECT 10, '"' UNION ALL
SELECT 11, ','`

// readCSVFields parses RFC 4180 CSV and reports, per field, whether it
// was quoted, which is how the profile tells "" from NULL.
func readCSVFields(t *testing.T, data string) (rows [][]string, quoted [][]bool) {
	t.Helper()
	var row []string
	var q []bool
	i := 0
	for i < len(data) {
		var field strings.Builder
		wasQuoted := data[i] == '"'
		if wasQuoted {
			i++
			for {
				if i >= len(data) {
					t.Fatalf("unterminated quoted field in %q", data)
				}
				if data[i] == '"' {
					if i+1 < len(data) && data[i+1] == '"' {
						field.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				field.WriteByte(data[i])
				i++
			}
		} else {
			for i < len(data) && data[i] != ',' && data[i] != '\n' && data[i] != '\r' {
				if data[i] == '"' {
					t.Fatalf("bare quote in unquoted field at byte %d", i)
				}
				field.WriteByte(data[i])
				i++
			}
		}
		row, q = append(row, field.String()), append(q, wasQuoted)
		switch {
		case i < len(data) && data[i] == ',':
			i++
		case strings.HasPrefix(data[i:], "\r\n"):
			i += 2
			rows, quoted, row, q = append(rows, row), append(quoted, q), nil, nil
		case i < len(data) && data[i] == '\n':
			i++
			rows, quoted, row, q = append(rows, row), append(quoted, q), nil, nil
		case i < len(data):
			t.Fatalf("junk after field at byte %d", i)
		}
	}
	if row != nil {
		t.Fatalf("last record has no line end")
	}
	return rows, quoted
}

func TestCSVRoundTrip(t *testing.T) {
	dir := t.TempDir()
	js := mustRun(t, "query", "-format", "json", tricky)
	var want []map[string]any
	if err := json.Unmarshal([]byte(js), &want); err != nil {
		t.Fatal(err)
	}
	for _, crlf := range []bool{false, true} {
		file := filepath.Join(dir, "t.csv")
		args := []string{"query", "-o", file, tricky}
		if crlf {
			args = append(args, "-crlf")
		}
		if out := mustRun(t, args...); out != "" {
			t.Errorf("-o FILE also wrote to stdout: %q", out)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		rows, quoted := readCSVFields(t, string(b))
		if strings.Join(rows[0], ",") != "n,text" || len(rows)-1 != len(want) {
			t.Fatalf("crlf=%v: %d records, header %v", crlf, len(rows), rows[0])
		}
		for i, w := range want {
			r, q := rows[i+1], quoted[i+1]
			text, isNull := w["text"].(string)
			isNull = !isNull
			switch {
			case r[0] != jsonNumber(w["n"]):
				t.Errorf("row %d: n = %q, want %v", i, r[0], w["n"])
			case isNull && (r[1] != "" || q[1]):
				t.Errorf("row %d: NULL written as %q (quoted %v), want an empty unquoted field", i, r[1], q[1])
			case !isNull && r[1] != text:
				t.Errorf("row %d: %q read back as %q", i, text, r[1])
			case !isNull && q[1] != (text == "" || strings.ContainsAny(text, ",\"\r\n")):
				t.Errorf("row %d: %q quoted=%v; only the empty string and fields with , \" CR LF are quoted", i, text, q[1])
			}
		}
		// And a standard reader agrees with the values.
		recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
		if err != nil || len(recs) != len(rows) {
			t.Errorf("encoding/csv: %v, %d records", err, len(recs))
		}
	}
}

func jsonNumber(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestJSONHasTypedValues(t *testing.T) {
	out := mustRun(t, "query", "-format", "json", "SELECT 1 AS i, 2.5 AS f, 'x' AS s, NULL AS z, '7' AS digits")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	r := rows[0]
	if _, ok := r["i"].(float64); !ok || r["f"] != 2.5 || r["s"] != "x" || r["z"] != nil || r["digits"] != "7" {
		t.Errorf("JSON row = %#v", r)
	}
	if !strings.Contains(out, `"i": 1,`) {
		t.Errorf("integers should print as integers: %s", out)
	}
	// A pivot's cells stay numbers in JSON, with no marks.
	db := asiaOutreach().build(t)
	out = mustRun(t, "run", "-db", db, "-format", "json", "attendance_matrix")
	if strings.Contains(out, "✓") || !strings.Contains(out, `"Alpha Licensing Forum": 1`) {
		t.Errorf("matrix JSON:\n%s", out)
	}
}

func TestOutputFormatsAndFiles(t *testing.T) {
	dir := t.TempDir()
	db := nonPartners().build(t)
	// The format follows the extension when -format is not given.
	for ext, check := range map[string]func(string) bool{
		".csv":  func(s string) bool { return strings.HasPrefix(s, "iso2,country,total,attended,") },
		".json": func(s string) bool { return strings.HasPrefix(s, "[\n  {\"iso2\": ") },
		".md":   func(s string) bool { return strings.HasPrefix(s, "| iso2 | country | total |") },
		".tsv":  func(s string) bool { return strings.HasPrefix(s, "iso2\tcountry\ttotal\t") },
	} {
		file := filepath.Join(dir, "p"+ext)
		mustRun(t, "run", "-db", db, "-o", file, "participation_by_country")
		b, _ := os.ReadFile(file)
		if !check(string(b)) {
			t.Errorf("-o p%s wrote:\n%s", ext, b)
		}
	}
	// -format wins over the extension.
	file := filepath.Join(dir, "p.txt")
	mustRun(t, "run", "-db", db, "-o", file, "-format", "csv", "participation_by_country")
	if b, _ := os.ReadFile(file); !strings.HasPrefix(string(b), "iso2,country,total") {
		t.Errorf("-format csv -o p.txt wrote %q", b)
	}
	// A failing query leaves no file behind.
	failed := filepath.Join(dir, "failed.csv")
	if _, _, code := cli(t, nil, "query", "-db", db, "-o", failed, "SELECT * FROM nowhere"); code == 0 {
		t.Error("failing query exited 0")
	}
	if _, err := os.Stat(failed); !os.IsNotExist(err) {
		t.Errorf("failed export left %s: %v", failed, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
	if _, errs, code := cli(t, nil, "query", "-format", "xml", "SELECT 1"); code != 2 || !strings.Contains(errs, `unknown -format "xml"`) {
		t.Errorf("-format xml: exit %d %q", code, errs)
	}
}

func TestProvenanceSidecar(t *testing.T) {
	d := nonPartners()
	db := d.build(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "ecc.csv")
	before := time.Now().UTC().Add(-time.Second)
	mustRun(t, "run", "-db", db, "-o", file, "-provenance", "event_attendees", "event=export control")
	b, err := os.ReadFile(file + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var p struct {
		Tool, Version, Query string
		ExportedAt           string `json:"exported_at"`
		Command              []string
		Parameters           map[string]string
		Output               struct {
			File, Format, SHA256 string
			Rows                 int
			Columns              []string
		}
		SavedQuery struct {
			Name, Source string
			Builtin      bool
		} `json:"saved_query"`
		Database struct {
			File       string
			Cables     int
			LastIngest string `json:"last_ingest"`
		}
	}
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	csvData, _ := os.ReadFile(file)
	sum := sha256.Sum256(csvData)
	wantRows := strings.Count(string(csvData), "\n") - 1 // no value in this export spans lines
	exported, err := time.Parse(time.RFC3339, p.ExportedAt)
	switch {
	case p.Tool != "cablesql" || p.Version != cablesql.Version:
		t.Errorf("tool %q version %q", p.Tool, p.Version)
	case err != nil || exported.Before(before.Truncate(time.Second)) || exported.After(time.Now().Add(time.Second)):
		t.Errorf("exported_at %q: %v", p.ExportedAt, err)
	case !strings.Contains(p.Query, "instr(lower(event), lower(:event))"):
		t.Errorf("query text = %q", p.Query)
	case p.Parameters["event"] != "export control" || len(p.Parameters) != 1:
		t.Errorf("parameters = %v", p.Parameters)
	case p.Database.File != db || p.Database.Cables != len(d.cables) || p.Database.LastIngest == "":
		t.Errorf("database = %+v, want %s with %d cables", p.Database, db, len(d.cables))
	case p.Output.File != file || p.Output.Format != "csv" || p.Output.SHA256 != hex.EncodeToString(sum[:]):
		t.Errorf("output = %+v", p.Output)
	case p.Output.Rows != wantRows || wantRows == 0:
		t.Errorf("rows = %d, the file has %d", p.Output.Rows, wantRows)
	case p.SavedQuery.Name != "event_attendees" || p.SavedQuery.Source != "queries/event_attendees.sql:1" || !p.SavedQuery.Builtin:
		t.Errorf("saved query = %+v", p.SavedQuery)
	case strings.Join(p.Command, " ") != "cablesql run -db "+db+" -o "+file+" -provenance event_attendees event=export control":
		t.Errorf("command = %q", p.Command)
	}

	// An ad-hoc query on the bundled sample says so.
	file = filepath.Join(dir, "n.csv")
	mustRun(t, "query", "-o", file, "-provenance", "SELECT count(*) AS n FROM paragraphs")
	b, _ = os.ReadFile(file + ".json")
	if !strings.Contains(string(b), `"file": "bundled sample"`) || !strings.Contains(string(b), `"cables": 1,`) ||
		!strings.Contains(string(b), `"parameters": {}`) {
		t.Errorf("sample provenance:\n%s", b)
	}
	if _, errs, code := cli(t, nil, "query", "-provenance", "SELECT 1"); code == 0 || !strings.Contains(errs, "-provenance needs -o FILE") {
		t.Errorf("-provenance without -o: exit %d %q", code, errs)
	}
}
