package main

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/cablesql/cablesql/store"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// sampleStore ingests the sample cable into a new store in dir and
// returns its path.
func sampleStore(t *testing.T, dir string) string {
	t.Helper()
	db := filepath.Join(dir, "c.db")
	seed, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	if out, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, seed); code != 0 {
		t.Fatalf("ingest: %s %s", out, errs)
	}
	return db
}

// TestQueryRunsEveryStatement: query prints the result of every
// statement in order, reports rows changed on stderr, and -readonly
// still refuses the write.
func TestQueryRunsEveryStatement(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	paras := storeCount(t, db, "SELECT count(*) FROM paragraphs")
	out, errs, code := runBinary(t, dir, "", "query", "-db", db, "-format", "csv",
		"SELECT count(*) AS n FROM cables; SELECT count(*) AS p FROM paragraphs; DELETE FROM paragraphs WHERE seq > 1; SELECT count(*) AS left FROM paragraphs")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "n\n1\np\n" + itoa(paras) + "\nleft\n1\n"
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if wantErr := itoa(paras-1) + " rows deleted\n"; errs != wantErr {
		t.Errorf("stderr %q, want %q", errs, wantErr)
	}

	// On one stream, results and counts come in the order of the statements.
	cmd := exec.Command(binary, "query", "-db", db, "-format", "csv", "SELECT 1 AS a; DELETE FROM cable_refs WHERE 0; SELECT 2 AS b")
	var both strings.Builder
	cmd.Stdout, cmd.Stderr = &both, &both
	if err := cmd.Run(); err != nil || both.String() != "a\n1\n0 rows deleted\nb\n2\n" {
		t.Errorf("stdout and stderr together: %q, %v", both.String(), err)
	}

	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-format", "json", "SELECT 1 AS a; SELECT 'x' AS b UNION ALL SELECT 'y'")
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var arrays [][]map[string]any
	for dec.More() {
		var a []map[string]any
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("json output %q: %v", out, err)
		}
		arrays = append(arrays, a)
	}
	if len(arrays) != 2 || len(arrays[0]) != 1 || len(arrays[1]) != 2 || arrays[1][1]["b"] != "y" {
		t.Errorf("json: %q, want one array per statement", out)
	}

	_, errs, code = runBinary(t, dir, "", "query", "-readonly", "-db", db, "SELECT 1; DELETE FROM cables")
	if code == 0 || !strings.Contains(errs, "read-only (-readonly)") {
		t.Errorf("-readonly SELECT; DELETE: %q, exit %d", errs, code)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables"); n != 1 {
		t.Errorf("after -readonly DELETE: %d cables, want 1", n)
	}
	// TEMP tables are allowed read-only, as in sqlite3 -readonly.
	out, errs, code = runBinary(t, dir, "", "query", "-readonly", "-db", db, "-format", "csv", "CREATE TEMP TABLE t AS SELECT id FROM cables; SELECT count(*) AS n FROM t")
	if code != 0 || out != "n\n1\n" {
		t.Errorf("-readonly TEMP table: %q %q exit %d", out, errs, code)
	}
	// A failure stops the run: the statements after it do not run, and
	// -o writes nothing.
	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-o", filepath.Join(dir, "x.csv"), "SELECT 1; SELECT nope; DELETE FROM cables")
	if code == 0 || !strings.Contains(errs, "no such column: nope") || fileExists(filepath.Join(dir, "x.csv")) {
		t.Errorf("failing statement: %q %q exit %d; want the error and no file", out, errs, code)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables"); n != 1 {
		t.Errorf("the DELETE after a failed statement ran: %d cables", n)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// TestReadingCommandsNeverCreateAStore: query, run and the shell refuse
// a -db (or $CABLESQL_DB) that does not exist or is empty, naming it and
// saying how a store is made, and leave no file or folder behind.
func TestReadingCommandsNeverCreateAStore(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, stdin, db string
		args            []string
	}{
		{"query in a missing folder", "", "nodir/x.db", []string{"query", "-db", "nodir/x.db", "SELECT 1"}},
		{"run", "", "typo.db", []string{"run", "-db", "typo.db", "cables_by_origin"}},
		{"piped shell", "SELECT 1;\n", "typo.db", []string{"-db", "typo.db"}},
		{"readonly", "", "typo.db", []string{"query", "-readonly", "-db", "typo.db", "SELECT 1"}},
		{"empty file", "", empty, []string{"query", "-db", empty, "SELECT 1"}},
	}
	for _, c := range cases {
		out, errs, code := runBinary(t, dir, c.stdin, c.args...)
		if code == 0 || out != "" || !strings.Contains(errs, c.db) || !strings.Contains(errs, "cablesql ingest -db") {
			t.Errorf("%s: %q %q exit %d; want an error naming %s and ingest", c.name, out, errs, code, c.db)
		}
	}
	// $CABLESQL_DB naming a missing file is refused the same way.
	_, errs, code := cli(t, []string{"CABLESQL_DB=" + filepath.Join(dir, "env.db")}, "query", "SELECT 1")
	if code == 0 || !strings.Contains(errs, "env.db: no such store") {
		t.Errorf("$CABLESQL_DB missing: %q exit %d", errs, code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Errorf("the empty file was written: %d bytes", info.Size())
	}
}

// TestBundledSampleIsAnnounced: with no store named, query, run and a
// piped script say on stderr that they answer from the one-cable sample.
func TestBundledSampleIsAnnounced(t *testing.T) {
	const notice = "using the bundled sample (1 cable); -db FILE for your store"
	for _, args := range [][]string{{"query", "SELECT count(*) FROM cables"}, {"run", "cables_by_origin"}, {}} {
		out, errs, code := runBinary(t, t.TempDir(), "SELECT count(*) FROM cables;\n", args...)
		if code != 0 || out == "" || !strings.Contains(errs, notice) {
			t.Errorf("%v: %q %q exit %d; want the result and the notice", args, out, errs, code)
		}
	}
	// A store named says nothing of the sample.
	dir := t.TempDir()
	db := sampleStore(t, dir)
	if _, errs, _ := runBinary(t, dir, "", "query", "-db", db, "SELECT 1"); errs != "" {
		t.Errorf("with -db: stderr %q", errs)
	}
}

// foreignDB makes a SQLite file as another tool would (rollback
// journal, its own table) and returns its path.
func foreignDB(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "notes.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('one'), ('two')"); err != nil {
		t.Fatal(err)
	}
	return path
}

// fileFacts says what a SQLite file holds: its schema, journal mode and
// user_version, read without changing it.
func fileFacts(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var schema, mode string
	var version int
	if err := db.QueryRow("SELECT group_concat(type || ' ' || name, ', ') FROM sqlite_schema").Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s; journal %s; user_version %d", schema, mode, version)
}

// TestForeignFileOpenedAsItIs: a SQLite file that is not a cablesql
// store is read and written as sqlite3 would, with no tables added, no
// migration and its journal mode untouched; saved queries fail with
// their SQL error, ingest refuses it, and the shell's banner says so.
func TestForeignFileOpenedAsItIs(t *testing.T) {
	dir := t.TempDir()
	path := foreignDB(t, dir)
	before := fileFacts(t, path)
	out, errs, code := runBinary(t, dir, "", "query", "-db", path, "-format", "csv", "SELECT count(*) AS n FROM notes; INSERT INTO notes(body) VALUES ('three')")
	if code != 0 || out != "n\n2\n" || errs != "1 row inserted\n" {
		t.Errorf("query: %q %q exit %d", out, errs, code)
	}
	out, errs, code = runBinary(t, dir, "SELECT body FROM notes ORDER BY id;\n", "-readonly", "-db", path)
	if code != 0 || out != "one\ntwo\nthree\n" {
		t.Errorf("-readonly shell: %q %q exit %d", out, errs, code)
	}
	_, errs, code = runBinary(t, dir, "", "run", "-db", path, "cables_by_origin")
	if code == 0 || !strings.Contains(errs, "no such table: cables") {
		t.Errorf("run on a foreign file: %q exit %d; want the SQL error", errs, code)
	}
	seed, _ := filepath.Abs("../../testdata/09STATE111693.txt")
	_, errs, code = runBinary(t, dir, "", "ingest", "-q", "-db", path, seed)
	if code == 0 || !strings.Contains(errs, "not a cablesql store") {
		t.Errorf("ingest into a foreign file: %q exit %d", errs, code)
	}
	if after := fileFacts(t, path); after != before {
		t.Errorf("the file changed:\n%s\nwas\n%s", after, before)
	}
	if fileExists(path + "-wal") {
		t.Errorf("a -wal file was made")
	}

	tm := startTerminalArgs(t, t.TempDir(), "-db", path)
	if !strings.Contains(tm.screen(), "notes.db, a SQLite database that is not a cablesql store") {
		t.Errorf("banner: %q", tm.screen())
	}
	if code := tm.exit(); code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestOlderStoreMigratesOnlyReadWrite: a store at an older schema
// version is refused with -readonly (saying what it is) and migrated,
// with a notice, when opened read-write.
func TestOlderStoreMigratesOnlyReadWrite(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	// Version 3: no date or published_id.
	older := "3"
	if _, errs, code := runBinary(t, dir, "", "query", "-db", db, `DROP INDEX cables_date; DROP INDEX cables_published_id; DROP INDEX cables_origin;
		ALTER TABLE cables DROP COLUMN date; ALTER TABLE cables DROP COLUMN published_id; PRAGMA user_version = 3`); code != 0 {
		t.Fatalf("making a version 3 store: %s", errs)
	}
	_, errs, code := runBinary(t, dir, "", "query", "-readonly", "-db", db, "SELECT 1")
	if code == 0 || !strings.Contains(errs, "a cablesql store of schema version "+older) || !strings.Contains(errs, "without -readonly") {
		t.Errorf("-readonly on an older store: %q exit %d", errs, code)
	}
	out, errs, code := runBinary(t, dir, "", "query", "-db", db, "-format", "csv", "PRAGMA user_version")
	wantNotice := fmt.Sprintf("migrating %s from schema version %s to %d", db, older, store.SchemaVersion)
	if code != 0 || out != fmt.Sprintf("user_version\n%d\n", store.SchemaVersion) || !strings.Contains(errs, wantNotice) {
		t.Errorf("read-write: %q %q exit %d; want the notice %q", out, errs, code, wantNotice)
	}
	// The migrated store has the date column, and says nothing the next time.
	out, errs, code = runBinary(t, dir, "", "query", "-db", db, "-format", "csv", "SELECT id, date FROM cables")
	if code != 0 || out != "id,date\n09STATE111693,2009-10-29\n" || errs != "" {
		t.Errorf("after the migration: %q %q exit %d", out, errs, code)
	}
}

// TestReadOnlyMedia: a store on a read-only file system opens with
// -readonly (and as a file: URI with mode=ro), where SQLite cannot make
// the WAL's -shm; without -readonly the error says to use it. TEMP
// tables work read-only, as in sqlite3. Needs unshare(1) and mount
// namespaces; skipped without them.
func TestReadOnlyMedia(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	os.Remove(db + "-shm")
	if err := exec.Command("unshare", "-rm", "sh", "-c", "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\"", dir).Run(); err != nil {
		t.Skipf("no read-only bind mounts here: %v", err)
	}
	onReadOnly := func(args ...string) (string, string, int) {
		script := `mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"`
		return runCommand(t, dir, "", "unshare", append([]string{"-rm", "sh", "-c", script, dir, binary}, args...)...)
	}
	out, errs, code := onReadOnly("query", "-readonly", "-db", db, "-format", "csv",
		"SELECT count(*) AS n FROM cables; CREATE TEMP TABLE t(x); INSERT INTO t VALUES (42); SELECT x FROM t")
	if code != 0 || out != "n\n1\nx\n42\n" {
		t.Errorf("-readonly on read-only media: %q %q exit %d", out, errs, code)
	}
	out, errs, code = onReadOnly("query", "-db", "file:"+db+"?mode=ro", "-format", "csv", "SELECT count(*) AS n FROM cables")
	if code != 0 || out != "n\n1\n" {
		t.Errorf("file: URI with mode=ro: %q %q exit %d", out, errs, code)
	}
	_, errs, code = onReadOnly("query", "-db", db, "SELECT 1")
	if code == 0 || !strings.Contains(errs, "-readonly opens it read-only") {
		t.Errorf("read-write on read-only media: %q exit %d", errs, code)
	}
}

// TestAmbiguousCountryIsAnError: a name that stands for several
// countries (GOI in the gazetteer) is an error listing each of them with
// its code, not a mix of their activities; a name for one still answers.
func TestAmbiguousCountryIsAnError(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	codes := lines(mustQuery(t, db, "SELECT DISTINCT iso2 FROM country_names WHERE name = 'GOI' COLLATE NOCASE ORDER BY iso2"))
	if len(codes) < 2 {
		t.Fatalf("the gazetteer has GOI for %v; the test needs a shared name", codes)
	}
	for _, name := range []string{"GOI", "goi"} {
		out, errs, code := runBinary(t, dir, "", "run", "-db", db, "country_activities", "country="+name)
		if code == 0 || out != "" || !strings.Contains(errs, fmt.Sprintf("stands for %d countries", len(codes))) {
			t.Errorf("country=%s: %q %q exit %d", name, out, errs, code)
		}
		for _, c := range codes {
			if !strings.Contains(errs, "("+c+")") {
				t.Errorf("country=%s: the error does not list %s: %q", name, c, errs)
			}
		}
	}
	out, errs, code := runBinary(t, dir, "", "run", "-db", db, "-format", "csv", "country_activities", "country=Albanian")
	if code != 0 || !strings.HasPrefix(lines(out)[1], "AL,Albania,") {
		t.Errorf("country=Albanian: %q %q exit %d", out, errs, code)
	}
}

// mustQuery runs SQL through the binary and returns its rows, one a line.
func mustQuery(t *testing.T, db, sql string) string {
	t.Helper()
	out, errs, code := runBinary(t, t.TempDir(), "", "query", "-db", db, "-format", "tsv", sql)
	if code != 0 {
		t.Fatalf("%s: %s", sql, errs)
	}
	return strings.Join(lines(out)[1:], "\n")
}

// TestSearchTakesOrdinaryWords: words with hyphens and dots are searched
// as written; FTS5 syntax still works; a query that does not parse says
// how to quote.
func TestSearchTakesOrdinaryWords(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	for q, want := range map[string]string{
		"co-hosted":                 "**co-hosted**",
		"industry-government":       "**industry-government**",
		"WMD-related dual-use":      "**dual-use**",
		`"export control" academy`:  "**Academy**",
		"nonproliferation* OR hcoc": "**",
	} {
		out, errs, code := runBinary(t, dir, "", "run", "-db", db, "-format", "csv", "search", "q="+q)
		if code != 0 || len(lines(out)) < 2 || !strings.Contains(strings.ToLower(out), strings.ToLower(want)) {
			t.Errorf("q=%s: %q %q exit %d; want a match with %s", q, out, errs, code, want)
		}
	}
	_, errs, code := runBinary(t, dir, "", "run", "-db", db, "search", `q=AND "export`)
	if code == 0 || !strings.Contains(errs, "put words in double quotes") {
		t.Errorf("bad FTS5 query: %q exit %d; want how to quote", errs, code)
	}
}

// TestUserQueryFiles: a personal query with an error is a file:line
// warning and is left out, and the shell, run and queries go on; a
// parameter used without a -- param: line is inferred.
func TestUserQueryFiles(t *testing.T) {
	config := t.TempDir()
	qdir := filepath.Join(config, "cablesql", "queries")
	os.MkdirAll(qdir, 0o755)
	os.WriteFile(filepath.Join(qdir, "broken.sql"), []byte("-- name: broken\n-- pivot: onlyone\nSELECT 1;\n"), 0o644)
	os.WriteFile(filepath.Join(qdir, "plus.sql"), []byte("-- name: plus_one\nSELECT :x + 1 AS y;\n"), 0o644)
	env := []string{"XDG_CONFIG_HOME=" + config}
	const warning = "broken.sql:2: pivot:"
	check := func(what, out, errs string, code int, wantOut string) {
		t.Helper()
		if code != 0 || out != wantOut || strings.Count(errs, warning) != 1 || !strings.Contains(errs, "warning: ") {
			t.Errorf("%s: %q %q exit %d; want %q and one warning", what, out, errs, code, wantOut)
		}
	}
	out, errs, code := cli(t, env, "run", "-format", "csv", "plus_one", "x=41")
	check("run plus_one x=41", out, errs, code, "y\n42\n")
	cmd := exec.Command(binary)
	cmd.Env = append(os.Environ(), "CABLESQL_DB=", "XDG_CONFIG_HOME="+config)
	cmd.Stdin = strings.NewReader("SELECT 1;\n.run plus_one x=1\n")
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code = 0
	if err != nil {
		code = 1
	}
	check("piped shell", o.String(), strings.ReplaceAll(e.String(), "cablesql: using the bundled sample (1 cable); -db FILE for your store\n", ""), code, "1\n2\n")
	out, errs, code = cli(t, env, "queries")
	if code != 0 || !strings.Contains(out, "plus_one") || strings.Contains(out, "broken") || strings.Count(errs, warning) != 1 {
		t.Errorf("queries: %q %q exit %d", out, errs, code)
	}
	_, errs, code = cli(t, env, "run", "plus_one")
	if code != 2 || !strings.Contains(errs, "x") {
		t.Errorf("run plus_one without x: %q exit %d; want the missing parameter named", errs, code)
	}
}

// TestOutputFileNames: -o with an extension no format claims is refused
// unless -format says what to write, and nothing is written; -o naming a
// folder, or a file in a missing folder, names the path the user gave.
func TestOutputFileNames(t *testing.T) {
	dir := t.TempDir()
	docx := filepath.Join(dir, "out.docx")
	_, errs, code := runBinary(t, dir, "", "query", "-o", docx, "SELECT 1 AS a")
	if code != 2 || !strings.Contains(errs, "no format writes .docx files") || fileExists(docx) {
		t.Errorf("-o out.docx: %q exit %d", errs, code)
	}
	if _, errs, code = runBinary(t, dir, "", "query", "-o", docx, "-format", "csv", "SELECT 1 AS a"); code != 0 {
		t.Errorf("-o out.docx -format csv: %q exit %d", errs, code)
	} else if b, _ := os.ReadFile(docx); string(b) != "a\n1\n" {
		t.Errorf("-o out.docx -format csv wrote %q", b)
	}
	for _, target := range []string{dir, filepath.Join(dir, "nodir", "x.csv")} {
		_, errs, code = runBinary(t, dir, "", "query", "-o", target, "-format", "csv", "SELECT 1 AS a")
		if code == 0 || !strings.Contains(errs, "write "+target+": ") || strings.Contains(errs, ".*") || regexpTemp.MatchString(errs) {
			t.Errorf("-o %s: %q exit %d; want an error naming it alone", target, errs, code)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("files left behind: %v", entries)
	}
}

// regexpTemp matches the name of writeFileAtomic's temporary files.
var regexpTemp = regexp.MustCompile(`/\.[^/ ]+\.\d+`)

// TestShellKeepsWork: .exit N exits with N; .pivot keeps the query's
// result as the last result, so a second .pivot and an .export work.
func TestShellKeepsWork(t *testing.T) {
	dir := t.TempDir()
	_, _, code := runBinary(t, dir, "SELECT 1;\n.exit 3\nSELECT 2;\n")
	if code != 3 {
		t.Errorf(".exit 3 in a script: exit %d", code)
	}
	csv := filepath.Join(dir, "last.csv")
	out, errs, code := runBinary(t, dir, "SELECT 'a' AS k, 'x' AS c, 1 AS v UNION ALL SELECT 'b', 'y', 2;\n.pivot k c v\n.pivot c k v\n.export "+csv+"\n")
	if code != 0 || strings.Count(out, "\n") < 4 {
		t.Errorf(".pivot twice: %q %q exit %d", out, errs, code)
	}
	if b, _ := os.ReadFile(csv); string(b) != "k,c,v\na,x,1\nb,y,2\n" {
		t.Errorf(".export after .pivot wrote %q, want the query's result", b)
	}
}

// TestTerminalKeys drives the shell on a terminal: Ctrl-D at "...>"
// keeps the unfinished statement in the history and says it was not
// run; Ctrl-C after Tab listed candidates closes the list and keeps the
// line; .exit 3 exits 3.
func TestTerminalKeys(t *testing.T) {
	state := t.TempDir()
	tm := startTerminal(t, state)
	tm.send("SELECT 'kept'\r")
	tm.expect("...> ")
	if code := tm.exit(); code != 0 {
		t.Errorf("Ctrl-D at ...>: exit %d", code)
	}
	if !strings.Contains(tm.screen(), "The unfinished statement was not run") {
		t.Errorf("no notice: %q", tm.rest())
	}
	tm = startTerminal(t, state)
	tm.send("\x1b[A") // Up
	tm.expect("SELECT 'kept'")
	tm.send(";\r")
	tm.expect("kept")

	for _, keys := range []string{"SELECT id FROM ca\t\t", "SELECT id FROM cable\t"} {
		tm.send(keys)
		tm.expect("cable_tags")
		tm.send("\x03") // Ctrl-C closes the list, the line stays
		tm.send("s;\r")
		tm.expect("09STATE111693")
	}
	tm.send(".exit 3\r")
	select {
	case err := <-tm.done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 3 {
			t.Errorf(".exit 3 on a terminal: %v", err)
		}
	case <-time.After(waitFor):
		t.Errorf(".exit 3 did not exit")
	}
}

// TestParagraphsFromOtherWritersAreSearchable: a paragraph inserted by
// another program reaches the full-text index, an ingest after it keeps
// the index whole (FTS5 integrity-check), and the insert trigger is
// still there after the ingest.
func TestParagraphsFromOtherWritersAreSearchable(t *testing.T) {
	dir := t.TempDir()
	db := sampleStore(t, dir)
	other, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = other.Exec(`INSERT INTO paragraphs(cable_id, seq, text, raw) VALUES ('09STATE111693', 999, 'Zanzibar lighthouse keepers', 'x')`)
	other.Close()
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := runBinary(t, dir, "", "run", "-db", db, "-format", "csv", "search", "q=zanzibar lighthouse")
	if code != 0 || !strings.Contains(out, "09STATE111693,") || !strings.Contains(out, "**Zanzibar**") {
		t.Errorf("search for the inserted paragraph: %q %q exit %d", out, errs, code)
	}
	scoop, _ := filepath.Abs("../../sample/09STATE111693.scoop.txt")
	if _, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, scoop); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	if _, errs, code := runBinary(t, dir, "", "query", "-db", db, "INSERT INTO paragraphs_fts(paragraphs_fts, rank) VALUES ('integrity-check', 1)"); code != 0 {
		t.Errorf("FTS5 integrity-check after the ingest: %s", errs)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'paragraphs_ai'"); n != 1 {
		t.Errorf("insert trigger after an ingest: %d", n)
	}
}

// TestDatesAndOriginsAgree ingests the test corpus (cable pages, text
// files, partial extracts): every cable has a date (the DTG's, else the
// publisher's created date) and search shows it; cables_by_origin puts a
// text source's cables under their post's origin, with no blank dates; a
// repaired id keeps the published one in published_id.
func TestDatesAndOriginsAgree(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	corpus, _ := filepath.Abs("../../ingest/testdata/corpus")
	if _, errs, code := runBinary(t, dir, "", "ingest", "-q", "-db", db, "-exclude", "*.md", "-exclude", "*.tsv", corpus); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables WHERE dtg IS NULL AND created IS NOT NULL"); n == 0 {
		t.Fatal("the test corpus has no cable without a DTG; the test needs one")
	}
	if n := storeCount(t, db, "SELECT count(*) FROM cables WHERE date IS NOT substr(coalesce(dtg, created), 1, 10) OR date IS NULL"); n != 0 {
		t.Errorf("%d cables whose date is not the DTG's or the created date", n)
	}
	out, errs, code := runBinary(t, dir, "", "run", "-db", db, "-format", "json", "search", "q=the", "limit=100000")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); code != 0 || err != nil {
		t.Fatalf("search: %v %s", err, errs)
	}
	noDTG := map[string]bool{}
	for _, id := range lines(mustQuery(t, db, "SELECT id FROM cables WHERE dtg IS NULL")) {
		noDTG[id] = true
	}
	seen := 0
	for _, r := range rows {
		if r["date"] == nil {
			t.Errorf("search shows no date for %v", r["cable_id"])
		}
		if noDTG[r["cable_id"].(string)] {
			seen++
		}
	}
	if seen == 0 {
		t.Errorf("search found no cable without a DTG among %d rows", len(rows))
	}

	// Stations whose cables come both with a publisher's origin and
	// without one (text sources): one row each, under the origin.
	split := lines(mustQuery(t, db, `SELECT station || '|' || max(origin) || '|' || count(*) FROM cables WHERE station IN
		(SELECT station FROM cables WHERE origin IS NULL) AND station IN (SELECT station FROM cables WHERE origin IS NOT NULL)
		GROUP BY station`))
	if len(split) == 0 || split[0] == "" {
		t.Fatal("the test corpus has no post read both as a page and as text; the test needs one")
	}
	byOrigin := map[string][]string{}
	for _, l := range lines(mustRun(t, "run", "-db", db, "-format", "tsv", "cables_by_origin"))[1:] {
		f := strings.Split(l, "\t")
		byOrigin[f[0]] = f
		if f[2] == "" || f[3] == "" {
			t.Errorf("cables_by_origin: blank dates in %q", l)
		}
	}
	for _, s := range split {
		f := strings.Split(s, "|")
		if _, ok := byOrigin[f[0]]; ok {
			t.Errorf("station %s has a row of its own beside %s", f[0], f[1])
		}
		if got := byOrigin[f[1]]; len(got) < 2 || got[1] != f[2] {
			t.Errorf("%s: %v, want %s cables", f[1], got, f[2])
		}
	}

	repaired := lines(mustQuery(t, db, "SELECT id || '|' || published_id FROM cables WHERE published_id IS NOT NULL"))
	if repaired[0] == "" {
		t.Fatal("no repaired id in the test corpus")
	}
	for _, l := range repaired {
		f := strings.Split(l, "|")
		if f[0] == f[1] || mustQuery(t, db, "SELECT id FROM cables WHERE published_id = '"+f[1]+"'") != f[0] {
			t.Errorf("published_id %s does not find %s", f[1], f[0])
		}
	}
}
