package shell

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql/store"
)

// importSpec is what .import was asked to do.
type importSpec struct {
	file, table string
	tsv         bool
	skip        int
	schema      string // "main" or "temp"
}

func parseImportArgs(args []string) (importSpec, error) {
	usage := errors.New("usage: .import [--csv|--tsv] [--skip N] [--schema temp] FILE TABLE")
	spec := importSpec{schema: "main"}
	var pos []string
	format := ""
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--csv" || a == "--tsv":
			if format != "" {
				return spec, usage
			}
			format = a[2:]
		case (a == "--skip" || a == "--schema") && i+1 < len(args):
			v := args[i+1]
			i++
			if a == "--schema" {
				if v != "temp" && v != "main" {
					return spec, fmt.Errorf(".import --schema %s: want temp or main", v)
				}
				spec.schema = v
				continue
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 {
				return spec, fmt.Errorf(".import --skip %s: want a number of lines", v)
			}
			spec.skip = n
		case strings.HasPrefix(a, "-"):
			return spec, usage
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) != 2 {
		return spec, usage
	}
	spec.file, spec.table = pos[0], pos[1]
	ext := strings.ToLower(filepath.Ext(spec.file))
	spec.tsv = format == "tsv" || (format == "" && (ext == ".tsv" || ext == ".tab"))
	return spec, nil
}

// recordReader reads the records of a CSV (RFC 4180) or TSV file with
// the line each starts on.
type recordReader interface {
	Read() ([]string, int, error)
}

type csvRecords struct{ r *csv.Reader }

func (c csvRecords) Read() ([]string, int, error) {
	rec, err := c.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.StartLine, pe.Err
		}
		return nil, 0, err
	}
	line, _ := c.r.FieldPos(0)
	return rec, line, nil
}

// tsvRecords reads tab-separated values as cablesql writes them: \t \n
// \r and \\ inside a value stand for a tab, a newline, a carriage return
// and a backslash.
type tsvRecords struct {
	sc   *bufio.Scanner
	line int
}

var tsvUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\r`, "\r")

func (t *tsvRecords) Read() ([]string, int, error) {
	if !t.sc.Scan() {
		if err := t.sc.Err(); err != nil {
			return nil, t.line + 1, err
		}
		return nil, 0, io.EOF
	}
	t.line++
	fields := strings.Split(strings.TrimSuffix(t.sc.Text(), "\r"), "\t")
	for i, f := range fields {
		fields[i] = tsvUnescaper.Replace(f)
	}
	return fields, t.line, nil
}

// dotImport loads a CSV or TSV file into a table, as sqlite3's .import
// does: a table that does not exist is created from the header row, with
// TEXT columns; into one that does, every record is a row. It imports
// all of the file or, at the first bad record, none of it.
func (s *Shell) dotImport(ctx context.Context, args []string) error {
	spec, err := parseImportArgs(args)
	if err != nil {
		return err
	}
	f, err := os.Open(spec.file)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	if bom, _ := br.Peek(3); string(bom) == "\uFEFF" {
		br.Discard(3)
	}
	var recs recordReader
	if spec.tsv {
		sc := bufio.NewScanner(br)
		sc.Buffer(make([]byte, 64*1024), 64<<20)
		recs = &tsvRecords{sc: sc}
	} else {
		r := csv.NewReader(br)
		r.FieldsPerRecord = -1
		recs = csvRecords{r}
	}
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	if spec.schema == "temp" {
		// Importing into temp is allowed on a read-only store: its
		// temporary database is the connection's own.
		var was int
		conn.QueryRowContext(ctx, "PRAGMA query_only").Scan(&was)
		if was == 1 {
			conn.ExecContext(ctx, "PRAGMA query_only = 0")
			defer conn.ExecContext(context.Background(), "PRAGMA query_only = 1")
		}
	}
	if _, err := conn.ExecContext(ctx, "SAVEPOINT cablesql_import"); err != nil {
		return fmt.Errorf(".import %s: %w", spec.file, err)
	}
	n, err := s.importRecords(ctx, conn, recs, spec)
	if err != nil {
		conn.ExecContext(context.Background(), "ROLLBACK TO cablesql_import")
		conn.ExecContext(context.Background(), "RELEASE cablesql_import")
		return err
	}
	if _, err := conn.ExecContext(ctx, "RELEASE cablesql_import"); err != nil {
		return fmt.Errorf(".import %s: %w", spec.file, err)
	}
	s.dataChanged()
	if s.Interactive {
		fmt.Fprintf(s.Err, "Imported %d %s into %s.%s.\n", n, plural(n, "row", "rows"), spec.schema, spec.table)
	}
	return nil
}

// importRecords creates the table when needed and inserts the records,
// returning how many rows it inserted.
func (s *Shell) importRecords(ctx context.Context, conn *sql.Conn, recs recordReader, spec importSpec) (int, error) {
	at := func(line int, err error) error { return fmt.Errorf("%s:%d: %w", spec.file, line, err) }
	for i := 0; i < spec.skip; i++ {
		if _, line, err := recs.Read(); err == io.EOF {
			return 0, nil
		} else if err != nil {
			return 0, at(line, err)
		}
	}
	qualified := spec.schema + "." + quoteIdent(spec.table)
	cols, err := tableColumns(ctx, conn, spec.schema, spec.table)
	if err != nil {
		return 0, err
	}
	if len(cols) == 0 {
		header, line, err := recs.Read()
		if err == io.EOF {
			return 0, fmt.Errorf("%s: empty file: no header row to make table %s from", spec.file, spec.table)
		}
		if err != nil {
			return 0, at(line, err)
		}
		if err := createFromHeader(ctx, conn, qualified, header); err != nil {
			return 0, at(line, err)
		}
		cols = header
	}
	ins, err := conn.PrepareContext(ctx, "INSERT INTO "+qualified+" VALUES("+strings.TrimSuffix(strings.Repeat("?,", len(cols)), ",")+")")
	if err != nil {
		return 0, fmt.Errorf(".import %s: %w", spec.file, err)
	}
	defer ins.Close()
	n := 0
	vals := make([]any, len(cols))
	for {
		rec, line, err := recs.Read()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, at(line, err)
		}
		if len(rec) != len(cols) {
			return n, at(line, fmt.Errorf("%d fields, want %d (the columns of %s); nothing imported", len(rec), len(cols), spec.table))
		}
		for i, v := range rec {
			vals[i] = v
		}
		if _, err := ins.ExecContext(ctx, vals...); err != nil {
			return n, at(line, fmt.Errorf("%s; nothing imported", store.SQLiteMessage(err)))
		}
		n++
	}
}

// tableColumns returns the columns of schema.table, none when it does
// not exist.
func tableColumns(ctx context.Context, conn *sql.Conn, schema, table string) ([]string, error) {
	res, err := collect(ctx, conn, "SELECT name FROM pragma_table_info(?, ?)", table, schema)
	if err != nil {
		return nil, err
	}
	cols := make([]string, len(res.Rows))
	for i, r := range res.Rows {
		cols[i] = formatValue(r[0])
	}
	return cols, nil
}

func createFromHeader(ctx context.Context, conn *sql.Conn, qualified string, header []string) error {
	defs := make([]string, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		if strings.TrimSpace(h) == "" {
			return fmt.Errorf("header column %d has no name", i+1)
		}
		if seen[strings.ToLower(h)] {
			return fmt.Errorf("header names column %q twice", h)
		}
		seen[strings.ToLower(h)] = true
		defs[i] = quoteIdent(h) + " TEXT"
	}
	_, err := conn.ExecContext(ctx, "CREATE TABLE "+qualified+"("+strings.Join(defs, ", ")+")")
	if err != nil {
		return errors.New(store.SQLiteMessage(err))
	}
	return nil
}
