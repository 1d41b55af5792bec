package shell

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cablesql/cablesql/store"
)

// WriteCatalog lists the saved queries: each name with how to call it,
// its description, and its parameters with their defaults.
func WriteCatalog(w io.Writer, c *store.Catalog) error {
	var b strings.Builder
	for i, name := range c.Names() {
		if i > 0 {
			b.WriteByte('\n')
		}
		writeQuerySummary(&b, c.Queries[name])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteQuery describes one saved query in full: the summary WriteCatalog
// gives, where it comes from, its pivot, and its SQL.
func WriteQuery(w io.Writer, q *store.SavedQuery) error {
	var b strings.Builder
	writeQuerySummary(&b, q)
	fmt.Fprintf(&b, "\n-- from %s:%d\n", q.Source, q.Line)
	if q.Pivot != nil {
		fmt.Fprintf(&b, "-- pivot: %s\n", q.Pivot)
	}
	b.WriteString(q.SQL)
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// writeQuerySummary writes "name param=VALUE [param=default]", the
// description wrapped, and a line per parameter.
func writeQuerySummary(b *strings.Builder, q *store.SavedQuery) {
	b.WriteString(q.Name)
	for _, p := range q.Params {
		if p.HasDefault {
			fmt.Fprintf(b, " [%s=%s]", p.Name, quoteIfNeeded(p.Default))
		} else {
			fmt.Fprintf(b, " %s=VALUE", p.Name)
		}
	}
	if !q.Builtin {
		fmt.Fprintf(b, "    (%s)", q.Source)
	}
	b.WriteByte('\n')
	for _, line := range wrap(q.Description, 72) {
		b.WriteString("    " + line + "\n")
	}
	width := 0
	for _, p := range q.Params {
		width = max(width, len(p.Name))
	}
	for _, p := range q.Params {
		what := "required"
		if p.HasDefault {
			what = "default " + quoteIfNeeded(p.Default)
		}
		if desc := strings.TrimSpace(p.Description); desc != "" {
			what += ": " + desc
		}
		fmt.Fprintf(b, "      %-*s  %s\n", width, p.Name, what)
	}
}

func quoteIfNeeded(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\"'") {
		return fmt.Sprintf("%q", s)
	}
	return s
}

// wrap breaks text into lines of at most width bytes at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// RunSaved runs a saved query with its bound arguments and, when the
// query has a pivot header, pivots the long rows into the matrix.
func RunSaved(ctx context.Context, db Querier, q *store.SavedQuery, args []any) (*Result, error) {
	res, err := collect(ctx, db, q.SQL, args...)
	if err != nil {
		return nil, err
	}
	if q.Pivot == nil {
		return res, nil
	}
	return pivot(res, q.Pivot)
}

// SavedQueryError explains a failed saved query: where it is defined and
// the values it was given, with what each parameter should hold, so a
// bad value (an FTS5 query that does not parse, say) is easy to spot.
func SavedQueryError(q *store.SavedQuery, values map[string]string, err error) error {
	msg := fmt.Sprintf("%s:%d: query %s: %v", q.Source, q.Line, q.Name, err)
	if text := err.Error(); strings.Contains(q.SQL, "MATCH") && (strings.Contains(text, "fts5:") || strings.Contains(text, "no such column")) {
		msg += "\n    the full-text query did not parse: put words in double quotes to search for them as written, e.g. q='\"U.S.-India\" \"non-proliferation\"'"
	}
	for _, p := range q.Params {
		v, ok := values[p.Name]
		if !ok {
			continue
		}
		msg += fmt.Sprintf("\n    with %s=%q", p.Name, v)
		if p.Description != "" {
			msg += ": " + p.Description
		}
	}
	return errors.New(msg)
}

func (s *Shell) dotQueries(_ context.Context, args []string) error {
	if s.Catalog == nil {
		return fmt.Errorf("no saved queries")
	}
	if len(args) == 1 {
		q, err := s.Catalog.Lookup(args[0])
		if err != nil {
			return err
		}
		return WriteQuery(s.out, q)
	}
	return WriteCatalog(s.out, s.Catalog)
}

func (s *Shell) dotRun(ctx context.Context, args []string) error {
	if s.Catalog == nil {
		return fmt.Errorf("no saved queries")
	}
	if len(args) == 0 {
		return fmt.Errorf("usage: .run NAME [param=value ...]; .queries lists them")
	}
	q, err := s.Catalog.Lookup(args[0])
	if err != nil {
		return err
	}
	params, err := ParseParams(args[1:])
	if err != nil {
		return err
	}
	if s.Interactive {
		if err := s.askParams(q, params); err != nil {
			return err
		}
	}
	bound, err := q.Bind(params)
	if err != nil {
		return err
	}
	if q.Pivot == nil {
		if err := s.Exec(ctx, q.SQL, bound...); err != nil {
			return SavedQueryError(q, q.Values(params), err)
		}
		return nil
	}
	ctx, stop := s.interruptible(ctx)
	defer stop()
	conn, err := s.connection(ctx)
	if err != nil {
		return err
	}
	m, err := RunSaved(ctx, conn, q, bound)
	if err != nil {
		if ctx.Err() != nil {
			return errStatementInterrupted
		}
		return SavedQueryError(q, q.Values(params), err)
	}
	return s.showPivot(m, q.Pivot, q.SQL, bound)
}

// askParams prompts for each required parameter the user did not give.
// An empty answer, Ctrl-C or Ctrl-D cancels the .run.
func (s *Shell) askParams(q *store.SavedQuery, params map[string]string) error {
	for _, p := range q.Missing(params) {
		prompt := p.Name + ": "
		if p.Description != "" {
			prompt = fmt.Sprintf("%s (%s): ", p.Name, p.Description)
		}
		v, err := s.In.Readline(prompt)
		if err != nil || strings.TrimSpace(v) == "" {
			return fmt.Errorf(".run %s cancelled: no value for %s", q.Name, p.Name)
		}
		params[p.Name] = strings.TrimSpace(v)
	}
	return nil
}

// ParseParams reads name=value arguments. The value is everything after
// the first "=", and may be empty; a name given twice is an error.
func ParseParams(args []string) (map[string]string, error) {
	params := map[string]string{}
	for _, a := range args {
		name, value, ok := strings.Cut(a, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("parameter %q: want name=value", a)
		}
		if _, dup := params[name]; dup {
			return nil, fmt.Errorf("parameter %s given twice", name)
		}
		params[name] = value
	}
	return params, nil
}
