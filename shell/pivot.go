package shell

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql/store"
)

// SQLite has no PIVOT, so a matrix (one row per country, one column per
// event) is built here from the long rows a query returns (one row per
// country and event). The same step serves saved queries with a
// "-- pivot:" header and the shell's .pivot on any last result.

// addPivotCommand returns the table of dot-commands with .pivot added
// after .run (dotCommands builds the table).
func addPivotCommand(cmds []dotCommand) []dotCommand {
	pivot := dotCommand{".pivot", pivotUsage,
		"fold the last result into a matrix; options total=NAME mark=TEXT sort=[-]COL",
		(*Shell).dotPivot}
	for i, c := range cmds {
		if c.name == ".run" {
			return append(cmds[:i+1], append([]dotCommand{pivot}, cmds[i+1:]...)...)
		}
	}
	return append(cmds, pivot)
}

const pivotUsage = ".pivot ROWCOL COLCOL [VALUECOL] [OPTION...]"

// pivot turns the long rows of res into a matrix as spec says: the row
// key columns, then one column per distinct value of spec.Column headed
// by that value, then (when spec.Total is set) the row total. Matrix rows
// and columns come in the order their keys first appear in res, then
// rows are sorted by spec.Sort.
//
// A cell sums spec.Value over the long rows that fall in it, or counts
// them when spec.Value is empty; an empty cell is 0. When spec.Value holds
// text, a cell joins its distinct values with "; ", an empty cell is NULL
// and the total counts the filled cells.
func pivot(res *Result, spec *store.PivotSpec) (*Result, error) {
	rowIdx, colIdx, valIdx, err := pivotColumns(res, spec)
	if err != nil {
		return nil, err
	}
	m := gatherMatrix(res, rowIdx, colIdx, valIdx)
	out := &Result{Columns: pivotHeadings(spec, m.colKeys)}
	for _, r := range m.rows {
		out.Rows = append(out.Rows, m.row(r, spec, len(out.Columns)))
	}
	if len(spec.Sort) > 0 {
		if err := sortRows(out, spec.Sort); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// pivotColumns finds the columns of res that spec names: the row keys,
// the column key, and the value (-1 when spec.Value is empty).
func pivotColumns(res *Result, spec *store.PivotSpec) (rowIdx []int, colIdx, valIdx int, err error) {
	rowIdx = make([]int, len(spec.Rows))
	for i, name := range spec.Rows {
		j, err := columnIndex(res, name)
		if err != nil {
			return nil, 0, 0, err
		}
		rowIdx[i] = j
	}
	if colIdx, err = columnIndex(res, spec.Column); err != nil {
		return nil, 0, 0, err
	}
	valIdx = -1
	if spec.Value != "" {
		if valIdx, err = columnIndex(res, spec.Value); err != nil {
			return nil, 0, 0, err
		}
	}
	return rowIdx, colIdx, valIdx, nil
}

// matrix is the long rows of a result gathered into cells: rows and
// columns in the order their keys first appear.
type matrix struct {
	rows     []*matrixRow
	rowByKey map[string]*matrixRow
	colKeys  []any
	colByKey map[string]int
	numeric  bool // every value is a number or NULL (or there is no value column)
	floats   bool // some value is a real
}

// matrixRow is one row of a matrix: its key, and its cells' values.
type matrixRow struct {
	key   []any
	cells map[int][]any // column number -> the long rows' values
}

// gatherMatrix puts each long row of res into its cell: the row keyed by
// the columns rowIdx, the column keyed by colIdx, the value of valIdx (1
// when valIdx is -1, to count).
func gatherMatrix(res *Result, rowIdx []int, colIdx, valIdx int) *matrix {
	m := &matrix{rowByKey: map[string]*matrixRow{}, colByKey: map[string]int{}, numeric: true}
	for _, long := range res.Rows {
		key := make([]any, len(rowIdx))
		for i, j := range rowIdx {
			key[i] = long[j]
		}
		rk := valueKey(key...)
		r, ok := m.rowByKey[rk]
		if !ok {
			r = &matrixRow{key: key, cells: map[int][]any{}}
			m.rowByKey[rk] = r
			m.rows = append(m.rows, r)
		}
		ck := valueKey(long[colIdx])
		c, ok := m.colByKey[ck]
		if !ok {
			c = len(m.colKeys)
			m.colByKey[ck] = c
			m.colKeys = append(m.colKeys, long[colIdx])
		}
		var v any = int64(1)
		if valIdx >= 0 {
			v = long[valIdx]
			switch v.(type) {
			case nil, int64:
			case float64:
				m.floats = true
			default:
				m.numeric = false
			}
		}
		r.cells[c] = append(r.cells[c], v)
	}
	return m
}

// row renders r as a result row of width columns: its key, a cell per
// column, then the total when spec asks for one.
func (m *matrix) row(r *matrixRow, spec *store.PivotSpec, width int) []any {
	row := append(make([]any, 0, width), r.key...)
	var total float64
	filled := int64(0)
	for c := range m.colKeys {
		vals := r.cells[c]
		var cell any
		switch {
		case m.numeric:
			cell, total = sumCell(vals, m.floats, total)
		default:
			cell = joinCell(vals)
		}
		if cell != nil {
			filled++
		}
		row = append(row, cell)
	}
	if spec.Total != "" {
		switch {
		case !m.numeric:
			row = append(row, filled)
		case m.floats:
			row = append(row, total)
		default:
			row = append(row, int64(total))
		}
	}
	return row
}

// columnIndex finds a column by name, exactly or else ignoring case.
func columnIndex(res *Result, name string) (int, error) {
	for i, c := range res.Columns {
		if c == name {
			return i, nil
		}
	}
	for i, c := range res.Columns {
		if strings.EqualFold(c, name) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("pivot: no column %q in the result (columns: %s)", name, strings.Join(res.Columns, ", "))
}

// valueKey encodes values with their types for use as a map key.
func valueKey(vals ...any) string {
	var b strings.Builder
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			b.WriteString("n")
		case int64:
			b.WriteString("i" + strconv.FormatInt(x, 10))
		case float64:
			b.WriteString("f" + strconv.FormatFloat(x, 'g', -1, 64))
		default:
			s := formatValue(v)
			b.WriteString("s" + strconv.Itoa(len(s)) + ":" + s)
		}
		b.WriteByte(0)
	}
	return b.String()
}

// pivotHeadings names the matrix columns: the row keys, one heading per
// column key ("NULL" for a NULL key), then the total. A heading that
// repeats an earlier one gets " (2)", " (3)"... so every column can be
// told apart in CSV and JSON.
func pivotHeadings(spec *store.PivotSpec, colKeys []any) []string {
	used := map[string]bool{}
	var out []string
	add := func(h string) {
		name := h
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s (%d)", h, n)
		}
		used[strings.ToLower(name)] = true
		out = append(out, name)
	}
	for _, r := range spec.Rows {
		add(r)
	}
	if spec.Total != "" {
		used[strings.ToLower(spec.Total)] = true
	}
	for _, k := range colKeys {
		h := formatValue(k)
		if k == nil {
			h = "NULL"
		}
		add(h)
	}
	if spec.Total != "" {
		out = append(out, spec.Total)
	}
	return out
}

// sumCell adds up a numeric cell (NULLs count as nothing) and carries the
// row total.
func sumCell(vals []any, floats bool, total float64) (any, float64) {
	var isum int64
	var fsum float64
	for _, v := range vals {
		switch x := v.(type) {
		case int64:
			isum += x
			fsum += float64(x)
		case float64:
			fsum += x
		}
	}
	if floats {
		return fsum, total + fsum
	}
	return isum, total + float64(isum)
}

// joinCell joins a text cell's distinct values in order; NULL when empty.
func joinCell(vals []any) any {
	var parts []string
	var first any
	seen := map[string]bool{}
	for _, v := range vals {
		if v == nil {
			continue
		}
		s := formatValue(v)
		if !seen[s] {
			seen[s] = true
			parts = append(parts, s)
			if first == nil {
				first = v
			}
		}
	}
	if len(parts) == 1 {
		return first // keep its type
	}
	if len(parts) == 0 {
		return nil
	}
	return strings.Join(parts, "; ")
}

// sortRows sorts res's rows, stably, by the named columns; a leading "-"
// sorts that column highest first. NULL sorts before any value.
func sortRows(res *Result, by []string) error {
	type key struct {
		col  int
		desc bool
	}
	var keys []key
	for _, name := range by {
		desc := strings.HasPrefix(name, "-")
		i, err := columnIndex(res, strings.TrimPrefix(name, "-"))
		if err != nil {
			return err
		}
		keys = append(keys, key{i, desc})
	}
	sort.SliceStable(res.Rows, func(a, b int) bool {
		for _, k := range keys {
			c := compareValues(res.Rows[a][k.col], res.Rows[b][k.col])
			if k.desc {
				c = -c
			}
			if c != 0 {
				return c < 0
			}
		}
		return false
	})
	return nil
}

// compareValues orders NULL, then numbers, then text (ignoring case
// first), as SQLite's ORDER BY does.
func compareValues(a, b any) int {
	rank := func(v any) int {
		switch v.(type) {
		case nil:
			return 0
		case int64, float64:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	switch rank(a) {
	case 0:
		return 0
	case 1:
		x, y := toFloat(a), toFloat(b)
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	x, y := formatValue(a), formatValue(b)
	if c := strings.Compare(strings.ToLower(x), strings.ToLower(y)); c != 0 {
		return c
	}
	return strings.Compare(x, y)
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return math.NaN()
}

// Marked returns a copy of the matrix m, pivoted by spec, for showing in
// a table: a non-zero cell shows spec.Mark and a zero cell nothing. The
// row keys and the total keep their numbers. Without spec.Mark, m itself
// is returned.
func Marked(m *Result, spec *store.PivotSpec) *Result {
	if spec == nil || spec.Mark == "" {
		return m
	}
	first, end := len(spec.Rows), len(m.Columns)
	if spec.Total != "" {
		end--
	}
	out := &Result{Columns: m.Columns, Rows: make([][]any, len(m.Rows))}
	for r, row := range m.Rows {
		row = append([]any(nil), row...)
		for c := first; c < end; c++ {
			switch v := row[c].(type) {
			case int64:
				row[c] = ""
				if v != 0 {
					row[c] = spec.Mark
				}
			case float64:
				row[c] = ""
				if v != 0 {
					row[c] = spec.Mark
				}
			}
		}
		out.Rows[r] = row
	}
	return out
}

// MarksShown reports whether format is a table, where a pivot's mark
// stands in for its 1/0 cells; csv, tsv, json and list keep the numbers.
func MarksShown(format string) bool {
	switch format {
	case "table", "box", "markdown", "md", "":
		return true
	}
	return false
}

func (s *Shell) dotPivot(_ context.Context, args []string) error {
	if s.last == nil {
		return fmt.Errorf("no result to pivot yet: run a query first")
	}
	if !s.last.Complete {
		return fmt.Errorf("the last result (%d rows) is too large to keep in memory; pivot it in SQL or narrow it down", s.last.Total)
	}
	spec, err := store.ParsePivotArgs(args)
	if err != nil {
		return fmt.Errorf("%v\nusage: %s", err, pivotUsage)
	}
	m, err := pivot(&s.last.Result, spec)
	if err != nil {
		return err
	}
	// The query's result stays the last result, so that another .pivot
	// or an .export works on it.
	query := s.last
	err = s.showPivot(m, spec, s.last.SQL, s.last.Args)
	s.last = query
	return err
}

// showPivot renders a matrix and keeps it as the last result (a saved
// query's pivot), so .export sees its numbers, not its marks.
func (s *Shell) showPivot(m *Result, spec *store.PivotSpec, sql string, args []any) error {
	if s.once {
		defer s.closeOutput() // .once covers one result
	}
	last := newLastResult(m.Columns, sql, args, len(m.Rows)+1)
	last.Rows, last.Total = m.Rows, len(m.Rows)
	shown := m
	if MarksShown(s.opts.Format) {
		shown = Marked(m, spec)
	}
	opts := PivotOptions(s.opts, spec)
	if s.Interactive && s.out == s.Out {
		opts.MaxRows = s.maxRows()
		if s.Width != nil {
			opts.MaxWidth = s.Width()
		}
	}
	rw, err := newRowWriter(s.out, shown.Columns, opts)
	if err != nil {
		return err
	}
	for _, row := range shown.Rows {
		if err = rw.Row(row); err != nil {
			break
		}
	}
	if cerr := rw.Close(err); err == nil {
		err = cerr
	}
	s.last = last
	return err
}
