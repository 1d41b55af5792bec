package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// trimLines drops the spaces at the ends of lines (sqlite3 pads the last
// column of .indexes, cablesql does not).
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func TestDotCommandsAsSQLite3(t *testing.T) {
	dir, db := habitStore(t)
	for _, script := range []string{
		".indexes\n", ".indexes cables\n", ".dump countries\n", ".databases\n",
		".print one  two\n.print\n",
		".headers on\n.separator ;\nSELECT 1 AS a, 2 AS b;\n",
		".mode insert watch\nSELECT iso2, name FROM countries ORDER BY iso2 LIMIT 3;\n",
		".mode quote\nSELECT iso2, name, 1.0 AS r, NULL AS z FROM countries ORDER BY iso2 LIMIT 2;\n",
		".width 4 -22\n.mode column\n.headers on\nSELECT iso2, name FROM countries ORDER BY iso2 LIMIT 3;\n",
		".parameter set :c 'FR'\n.parameter set @n 3\nSELECT name, @n FROM countries WHERE iso2 = :c;\n.parameter list\n.parameter unset :c\nSELECT count(*) FROM countries WHERE iso2 = :c;\n.parameter clear\n.parameter list\n",
		".echo on\nSELECT 1;\n.echo off\nSELECT 2;\n",
		".eqp on\nSELECT c.id FROM cables c JOIN cable_tags t ON t.cable_id = c.id WHERE c.classification = 'SECRET' ORDER BY c.dtg;\n" +
			"SELECT count(*) FROM (SELECT tag FROM cable_tags GROUP BY tag);\n",
	} {
		got, errs, code := runBinary(t, dir, script, db)
		want := sqlite3Shell(t, dir, script, db)
		if code != 0 || trimLines(got) != trimLines(want) {
			t.Errorf("script %q:\ncablesql %q (%q, exit %d)\nsqlite3  %q", script, got, errs, code, want)
		}
	}
}

func TestDotCommandsOfCablesql(t *testing.T) {
	dir, db := habitStore(t)
	// .dump: the whole store loads into sqlite3 and cablesql opens it.
	dump := run1(t, dir, ".dump\n", db)
	sqlite3Shell(t, dir, dump, filepath.Join(dir, "copy.db"))
	for _, q := range []string{"SELECT count(*) FROM cables", "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'MTCR'",
		"SELECT count(*) FROM activities"} {
		if a, b := run1(t, dir, "", db, q), run1(t, dir, "", "copy.db", q); a != b || a == "0\n" {
			t.Errorf("after .dump and reload, %s = %q, want %q", q, b, a)
		}
	}
	// .eqp shows the plan as a tree before the result.
	out := run1(t, dir, ".eqp on\nSELECT count(*) FROM cables c JOIN cable_tags t ON t.cable_id = c.id WHERE t.tag = 'PREL';\n", db)
	if !strings.HasPrefix(out, "QUERY PLAN\n|--") || !strings.Contains(out, "`--") || !strings.HasSuffix(out, "\n1\n") {
		t.Errorf(".eqp on = %q", out)
	}
	// .show, .databases, .help PATTERN, .system, .cd.
	out = run1(t, dir, ".mode box --wrap 30\n.nullvalue -\n.show\n.databases\n.help imp\n.system echo hi  there\n.cd /\n.system pwd\n", db)
	for _, want := range []string{"mode: box --wrap 30", `nullvalue: "-"`, "filename: " + db, "main: " + db + " r/w",
		".import [--csv|--tsv]", "hi there\n/\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, ".tables") {
		t.Errorf(".help imp shows other commands:\n%s", out)
	}
	// .once --bom and .excel: CSV a spreadsheet reads as UTF-8.
	t.Setenv("PATH", "/nonexistent") // no xdg-open: .excel names the file
	out, errs, code := runBinary(t, dir, ".mode csv\n.headers on\n.once --bom b.csv\nSELECT 'Côte' AS n;\n.mode list\n.headers off\n.excel\nSELECT 1 AS x;\nSELECT 2;\n", db)
	b, _ := os.ReadFile(filepath.Join(dir, "b.csv"))
	if string(b) != "\uFEFFn\nCôte\n" || code != 0 {
		t.Errorf(".once --bom wrote %q (%q, exit %d)", b, errs, code)
	}
	excel, _, _ := strings.Cut(strings.TrimPrefix(errs, "Wrote "), " ")
	if b, _ := os.ReadFile(excel); string(b) != "\uFEFFx\n1\n" || out != "2\n" {
		t.Errorf(".excel wrote %q to %q, then %q; want the result there with a BOM, then the mode back", b, excel, out)
	}
	os.Remove(excel)
}

func TestDotCommandArgumentsChecked(t *testing.T) {
	dir, db := habitStore(t)
	for _, line := range []string{".tables a b", ".schema x y", ".headers", ".headers on off", ".quit now", ".mode csv extra",
		".once", ".width x", ".parameter set :x", ".parameter frob", ".echo maybe", ".help a b", ".open", ".import a.csv",
		".mode box --wrap", ".dump a b", ".cd", ".separator"} {
		out, errs, code := runBinary(t, dir, line+"\nSELECT 'after';\n", db)
		if code != 1 || !strings.Contains(errs, "usage") && !strings.Contains(errs, "want") || out != "after\n" {
			t.Errorf("%q: %q, %q, exit %d; want a usage error, the script going on, exit 1", line, out, errs, code)
		}
	}
}

func TestDotOpen(t *testing.T) {
	dir, db := habitStore(t)
	out, errs, code := runBinary(t, dir, ".open "+db+"\nSELECT count(*) FROM cables;\n.open --readonly "+db+"\n.databases\nDELETE FROM cables;\n.open nosuch.db\n")
	if out != "1\nmain: "+db+" r/o\n" || code != 1 || !strings.Contains(errs, "read-only") || !strings.Contains(errs, "nosuch.db: no such store") {
		t.Errorf(".open: %q, %q, exit %d", out, errs, code)
	}
	if _, err := os.Stat(filepath.Join(dir, "nosuch.db")); err == nil {
		t.Error(".open created nosuch.db")
	}
	if n := run1(t, dir, "", db, "SELECT count(*) FROM cables"); n != "1\n" {
		t.Errorf("after a DELETE on the read-only store: %q", n)
	}
}

func TestImport(t *testing.T) {
	dir, db := habitStore(t)
	write := func(name, text string) {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	// A watch-list with a BOM, CRLF ends, a quoted comma and a quoted
	// line break (RFC 4180), joined with the cables.
	write("watch.csv", "\uFEFFtag,why\r\nMTCRE,\"missiles, \"\"regime\"\"\"\r\nPREL,\"two\r\nlines\"\r\nNOPE,x\r\n")
	out := run1(t, dir, ".import watch.csv watch\n.mode csv\nSELECT w.tag, w.why, count(t.cable_id) FROM watch w LEFT JOIN cable_tags t ON t.tag = w.tag GROUP BY w.tag ORDER BY w.tag;\n", db)
	// (Go's encoding/csv reads a CRLF inside quotes as LF.)
	if want := "MTCRE,\"missiles, \"\"regime\"\"\",1\nNOPE,x,0\nPREL,\"two\nlines\",1\n"; out != want {
		t.Errorf("import and join = %q, want %q", out, want)
	}
	// Into an existing table every record is a row; --skip 1 drops the header.
	if n := run1(t, dir, ".import --skip 1 watch.csv watch\nSELECT count(*) FROM watch;\n", db); n != "6\n" {
		t.Errorf("second import: %q rows, want 6", n)
	}
	// TSV as cablesql writes it, into temp on a read-only store.
	write("partners.tsv", "iso2\tnote\nFR\ta\\tb\nDE\tc\\nd\n")
	out = run1(t, dir, ".import --tsv --schema temp partners.tsv p\n.mode quote\nSELECT * FROM temp.p;\n", "-readonly", db)
	if out != "'FR','a\tb'\n'DE','c\nd'\n" {
		t.Errorf("tsv into temp on a read-only store = %q", out)
	}
	_, errs, code := runBinary(t, dir, ".import partners.tsv p\n", "-readonly", db)
	if code != 1 || !strings.Contains(errs, "partners.tsv:1: attempt to write a readonly database") {
		t.Errorf("import into main of a read-only store: %q exit %d", errs, code)
	}
	// A bad record: FILE:LINE, nothing imported, the table not created.
	write("bad.csv", "a,b\n1,2\n3,4,5\n")
	write("quote.csv", "a,b\n1,\"open\n")
	for file, want := range map[string]string{"bad.csv": "bad.csv:3: 3 fields, want 2", "quote.csv": "quote.csv:2: "} {
		out, errs, code := runBinary(t, dir, ".import "+file+" bad\nSELECT count(*) FROM sqlite_schema WHERE name = 'bad';\n", db)
		if code != 1 || !strings.Contains(errs, want) || out != "0\n" {
			t.Errorf(".import %s: %q, %q, exit %d; want %q and no table", file, out, errs, code, want)
		}
	}
}

func TestWrapShowsLongValuesWhole(t *testing.T) {
	dir, db := habitStore(t)
	text := strings.TrimSpace(run1(t, dir, "", db, "SELECT text FROM paragraphs ORDER BY length(text) DESC LIMIT 1"))
	if utf8.RuneCountInString(text) < 200 {
		t.Fatalf("longest paragraph is short: %q", text)
	}
	for _, mode := range []string{"box", "table", "column"} {
		out := run1(t, dir, ".mode "+mode+" --wrap 40\n.headers on\nSELECT text FROM paragraphs ORDER BY length(text) DESC LIMIT 1;\n", db)
		var words []string
		for _, line := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(line) > 40+4 {
				t.Errorf("%s --wrap 40: line of %d: %q", mode, utf8.RuneCountInString(line), line)
			}
			line = strings.Trim(line, "│| ")
			if line != "" && line != "text" && strings.Trim(line, "─┌┐└┘├┤┬┴┼+-") != "" {
				words = append(words, strings.Fields(line)...)
			}
		}
		// Every character is shown, in order (a word longer than the
		// width is broken, so compare without the spaces).
		got, want := strings.Join(words, ""), strings.Join(strings.Fields(text), "")
		if got != want {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s --wrap 40: shown text differs at %d: %.40q, want %.40q", mode, i, got[i:], want[i:])
		}
	}
}

func TestQueryFromFileAndCaret(t *testing.T) {
	dir, db := habitStore(t)
	os.WriteFile(filepath.Join(dir, "q.sql"), []byte("SELECT id\nFROM cables;\n"), 0o644)
	for _, args := range [][]string{{"-f", "q.sql"}, {"-"}, {"-f", "-"}} {
		out, errs, code := runBinary(t, dir, "SELECT id FROM cables", append([]string{"query", "-db", db, "-format", "csv"}, args...)...)
		if code != 0 || out != "id\n09STATE111693\n" {
			t.Errorf("query %q = %q, %q, exit %d", args, out, errs, code)
		}
	}
	for _, args := range [][]string{{"-f", "nosuch.sql"}, {"-f", "q.sql", "SELECT 1"}, {}} {
		_, errs, code := runBinary(t, dir, "", append([]string{"query", "-db", db}, args...)...)
		if code != 2 || strings.Count(errs, "\n") != 1 {
			t.Errorf("query %q: %q exit %d; want one line, exit 2", args, errs, code)
		}
	}
	_, errs, code := runBinary(t, dir, "", "query", "-db", db, "SELECT id FRM cables")
	if code != 1 || errs != "cablesql: near \"cables\": syntax error\n  SELECT id FRM cables\n                ^\n" {
		t.Errorf("query syntax error: %q exit %d", errs, code)
	}
	_, errs, code = runBinary(t, dir, "", "run", "-db", db, "search", "q=\"unclosed")
	if code != 1 || !strings.Contains(errs, "query search") || !strings.Contains(errs, "with q=") {
		t.Errorf("run error: %q exit %d", errs, code)
	}
}
