package store

import (
	"fmt"
	"strings"
)

// PivotSpec says how to turn long rows (one per row key, column key and
// value) into a matrix: one row per distinct row key, one column per
// distinct value of Column, in the order they first appear in the long
// rows, so the query's ORDER BY decides both.
type PivotSpec struct {
	Rows   []string // columns that key a matrix row, kept in front
	Column string   // column whose values become the column headings
	Value  string   // column holding the cell value; "" counts the long rows
	Total  string   // when set, a last column of this name sums each row
	Mark   string   // when set, tables show it for a non-zero cell and nothing for 0
	Sort   []string // sort the matrix rows by these columns; a leading - sorts highest first
}

// ParsePivot reads a pivot spec as written in a "-- pivot:" header or
// after the shell's .pivot: up to three positional words,
//
//	ROWCOL[,ROWCOL...] COLCOL [VALUECOL]
//
// then key=value options: total=NAME, mark=TEXT, sort=[-]COL[,...]. The
// positional words may also be given as rows=, column= and value=.
func ParsePivot(s string) (*PivotSpec, error) {
	return ParsePivotArgs(strings.Fields(s))
}

// ParsePivotArgs is ParsePivot on a spec already split into words.
func ParsePivotArgs(args []string) (*PivotSpec, error) {
	p := &PivotSpec{}
	pos := 0
	list := func(v string) []string {
		var out []string
		for _, f := range strings.Split(v, ",") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	for _, f := range args {
		key, val, isOpt := strings.Cut(f, "=")
		if !isOpt {
			switch pos {
			case 0:
				key, val = "rows", f
			case 1:
				key, val = "column", f
			case 2:
				key, val = "value", f
			default:
				return nil, fmt.Errorf("pivot: unexpected %q (want ROWCOLS COLCOL [VALUECOL] [total=NAME] [mark=TEXT] [sort=COLS])", f)
			}
			pos++
		}
		switch key {
		case "rows":
			p.Rows = list(val)
		case "column", "columns":
			p.Column = val
		case "value":
			p.Value = val
		case "total":
			p.Total = val
		case "mark":
			p.Mark = val
		case "sort":
			p.Sort = list(val)
		default:
			return nil, fmt.Errorf("pivot: unknown option %q (want total=, mark= or sort=)", key)
		}
	}
	if len(p.Rows) == 0 || p.Column == "" {
		return nil, fmt.Errorf("pivot: want ROWCOLS COLCOL [VALUECOL], got %q", strings.Join(args, " "))
	}
	return p, nil
}

// String returns the spec in the form ParsePivot reads.
func (p *PivotSpec) String() string {
	s := strings.Join(p.Rows, ",") + " " + p.Column
	if p.Value != "" {
		s += " " + p.Value
	}
	if p.Total != "" {
		s += " total=" + p.Total
	}
	if p.Mark != "" {
		s += " mark=" + p.Mark
	}
	if len(p.Sort) > 0 {
		s += " sort=" + strings.Join(p.Sort, ",")
	}
	return s
}
