package store

import (
	"bufio"
	"database/sql"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"github.com/cablesql/cablesql"
)

// SavedQuery is one named statement from a .sql file, introduced by
// header comments:
//
//	-- name: event_attendees
//	-- description: Countries that attended an event.
//	-- param: event [default Conference] a substring of the event name
//	SELECT ... WHERE event LIKE '%' || :event || '%';
//
// Parameters are referenced as :name in the SQL and always bound.
type SavedQuery struct {
	Name        string
	Description string
	Params      []Param
	// Pivot, from an optional "-- pivot: ROWCOLS... COLCOL VALUECOL" header,
	// asks the caller to pivot the long rows into a matrix.
	Pivot  []string
	SQL    string
	Source string // file the query was read from
	Line   int    // line of its -- name: header
}

// Param is a declared parameter of a saved query.
type Param struct {
	Name        string
	Default     string
	HasDefault  bool
	Description string
}

// Catalog is the set of saved queries, by name.
type Catalog struct {
	Queries map[string]*SavedQuery
	// Notices says which built-in queries were overridden, and by which file.
	Notices []string
}

// Names returns the query names in order.
func (c *Catalog) Names() []string {
	names := make([]string, 0, len(c.Queries))
	for n := range c.Queries {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the query called name.
func (c *Catalog) Lookup(name string) (*SavedQuery, error) {
	q, ok := c.Queries[name]
	if !ok {
		return nil, fmt.Errorf("saved query %q: %w (see `cablesql queries`)", name, cablesql.ErrNotFound)
	}
	return q, nil
}

// LoadCatalog reads every *.sql file of each fsys in turn; a query in a
// later fsys overrides one of the same name in an earlier one, with a
// notice. Pass the built-in queries first, then user directories.
func LoadCatalog(fsyss ...fs.FS) (*Catalog, error) {
	c := &Catalog{Queries: map[string]*SavedQuery{}}
	for i, fsys := range fsyss {
		names, err := fs.Glob(fsys, "*.sql")
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, name := range names {
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			qs, err := ParseQueries(name, string(b))
			if err != nil {
				return nil, err
			}
			for _, q := range qs {
				if prev, ok := c.Queries[q.Name]; ok {
					if i == 0 {
						return nil, fmt.Errorf("%s:%d: query %q already defined at %s:%d", q.Source, q.Line, q.Name, prev.Source, prev.Line)
					}
					c.Notices = append(c.Notices, fmt.Sprintf("query %q from %s overrides %s", q.Name, q.Source, prev.Source))
				}
				c.Queries[q.Name] = q
			}
		}
	}
	return c, nil
}

var headerRE = regexp.MustCompile(`^--\s*(name|description|param|pivot)\s*:\s*(.*)$`)

// ParseQueries splits the text of a .sql file into its named queries.
// Errors carry file:line.
func ParseQueries(file, text string) ([]*SavedQuery, error) {
	var out []*SavedQuery
	var cur *SavedQuery
	var body strings.Builder
	inHeader := false
	finish := func() error {
		if cur == nil {
			return nil
		}
		cur.SQL = strings.TrimSpace(body.String())
		if cur.SQL == "" {
			return fmt.Errorf("%s:%d: query %q has no SQL", file, cur.Line, cur.Name)
		}
		out = append(out, cur)
		body.Reset()
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		m := headerRE.FindStringSubmatch(strings.TrimSpace(l))
		if m != nil && (m[1] == "name" || (cur != nil && inHeader)) {
			val := strings.TrimSpace(m[2])
			switch m[1] {
			case "name":
				if err := finish(); err != nil {
					return nil, err
				}
				name := strings.Fields(val)
				if len(name) == 0 {
					return nil, fmt.Errorf("%s:%d: empty query name", file, line)
				}
				cur = &SavedQuery{Name: name[0], Source: file, Line: line}
				inHeader = true
			case "description":
				cur.Description = strings.TrimSpace(cur.Description + " " + val)
			case "pivot":
				cur.Pivot = strings.Fields(val)
			case "param":
				p, err := parseParam(val)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: %v", file, line, err)
				}
				cur.Params = append(cur.Params, p)
			}
			continue
		}
		if cur == nil {
			continue // file preamble
		}
		if inHeader && strings.HasPrefix(strings.TrimSpace(l), "--") {
			continue
		}
		inHeader = false
		body.WriteString(l)
		body.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %v", file, line, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s:1: no `-- name:` header", file)
	}
	return out, nil
}

var paramNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseParam reads "NAME [default VALUE] description". VALUE may be
// quoted with double quotes to hold spaces.
func parseParam(s string) (Param, error) {
	var p Param
	fields := strings.SplitN(s, " ", 2)
	p.Name = fields[0]
	if !paramNameRE.MatchString(p.Name) {
		return p, fmt.Errorf("bad parameter name %q", p.Name)
	}
	rest := ""
	if len(fields) == 2 {
		rest = strings.TrimSpace(fields[1])
	}
	if strings.HasPrefix(rest, "default ") {
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "default "))
		p.HasDefault = true
		if strings.HasPrefix(rest, `"`) {
			end := strings.Index(rest[1:], `"`)
			if end < 0 {
				return p, fmt.Errorf("unterminated default for parameter %s", p.Name)
			}
			p.Default, rest = rest[1:end+1], strings.TrimSpace(rest[end+2:])
		} else {
			f := strings.SplitN(rest, " ", 2)
			p.Default = f[0]
			rest = ""
			if len(f) == 2 {
				rest = strings.TrimSpace(f[1])
			}
		}
	}
	p.Description = rest
	return p, nil
}

// Bind checks args against the query's parameters and returns them as
// named arguments, defaults filled in. A parameter without a default and
// without a value is ErrMissingParam; a name the query does not declare is
// ErrUnknownParam.
func (q *SavedQuery) Bind(args map[string]string) ([]any, error) {
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p.Name] = true
	}
	for name := range args {
		if !declared[name] {
			return nil, fmt.Errorf("query %s: %w %q", q.Name, cablesql.ErrUnknownParam, name)
		}
	}
	var out []any
	for _, p := range q.Params {
		v, ok := args[p.Name]
		if !ok {
			if !p.HasDefault {
				return nil, fmt.Errorf("query %s: %w %q (%s)", q.Name, cablesql.ErrMissingParam, p.Name, p.Description)
			}
			v = p.Default
		}
		out = append(out, sql.Named(p.Name, v))
	}
	return out, nil
}
