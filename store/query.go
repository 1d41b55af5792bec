package store

import (
	"bufio"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// SavedQuery is one named statement from a .sql file, introduced by
// header comments:
//
//	-- name: event_attendees
//	-- description: Countries that attended an event.
//	-- param: event a substring of the event name
//	-- param: limit default 100 how many rows at most
//	SELECT ... WHERE instr(lower(event), lower(:event)) > 0 LIMIT :limit;
//
// Parameters are referenced as :name in the SQL and always bound, never
// spliced into the text. An optional "-- pivot:" header (see [ParsePivot])
// asks the caller to turn the long rows into a matrix.
type SavedQuery struct {
	Name        string
	Description string
	Params      []Param
	Pivot       *PivotSpec // nil when the query is not pivoted
	SQL         string
	Source      string // file the query was read from, e.g. queries/participation.sql
	Line        int    // line of its -- name: header
	Builtin     bool   // embedded in the binary, not a user file
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
	// Notices says which queries were overridden, and by which file.
	Notices []string
	// Warnings are the errors of the user's query files, file:line:
	// message each: the queries they concern are left out, the rest kept.
	Warnings []string
}

// QueryDir is a directory of saved-query files and the name it is shown
// by in messages and listings.
type QueryDir struct {
	Name    string // "queries" for the built-ins, else the directory's path
	FS      fs.FS
	Builtin bool
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

// LoadQueryDirs reads every *.sql file of each directory in turn. A query
// in a later directory overrides one of the same name in an earlier one,
// with a notice; two built-in queries of the same name are an error. An
// error in a user's file leaves out the query it concerns, with a
// warning (Catalog.Warnings); in a built-in file it is returned.
// Pass the built-in queries first, then the user's directories.
func LoadQueryDirs(dirs ...QueryDir) (*Catalog, error) {
	c := &Catalog{Queries: map[string]*SavedQuery{}}
	for _, dir := range dirs {
		names, err := fs.Glob(dir.FS, "*.sql")
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		for _, name := range names {
			file := name
			if dir.Name != "" {
				file = path.Join(dir.Name, name)
			}
			b, err := fs.ReadFile(dir.FS, name)
			if err != nil && dir.Builtin {
				return nil, err
			}
			var qs []*SavedQuery
			var errs []error
			if err != nil {
				errs = []error{fmt.Errorf("%s: %w", file, err)}
			} else {
				qs, errs = parseQueries(file, string(b))
			}
			if len(errs) > 0 && dir.Builtin {
				return nil, errs[0]
			}
			for _, e := range errs {
				c.Warnings = append(c.Warnings, e.Error()+" (query skipped)")
			}
			for _, q := range qs {
				q.Builtin = dir.Builtin
				if prev, ok := c.Queries[q.Name]; ok {
					if prev.Source == q.Source || (dir.Builtin && prev.Builtin) {
						return nil, fmt.Errorf("%s:%d: query %q already defined at %s:%d", q.Source, q.Line, q.Name, prev.Source, prev.Line)
					}
					what := prev.Source
					if prev.Builtin {
						what = "the built-in one"
					}
					c.Notices = append(c.Notices, fmt.Sprintf("query %s from %s:%d overrides %s", q.Name, q.Source, q.Line, what))
				}
				c.Queries[q.Name] = q
			}
		}
	}
	return c, nil
}

var headerRE = lazyre.New(`^--\s*(name|description|param|pivot)\s*:\s*(.*)$`)

// parseQueries splits the text of a .sql file into its named queries,
// and returns with them an error for each query it had to leave out.
func parseQueries(file, text string) ([]*SavedQuery, []error) {
	var out []*SavedQuery
	var errs []error
	var cur *SavedQuery
	var body strings.Builder
	inHeader := false
	bad := false // the current query had an error: it is left out
	finish := func() {
		defer body.Reset()
		if cur == nil || bad {
			return
		}
		cur.SQL = strings.TrimSpace(body.String())
		if cur.SQL == "" {
			errs = append(errs, fmt.Errorf("%s:%d: query %q has no SQL", file, cur.Line, cur.Name))
			return
		}
		inferParams(cur)
		out = append(out, cur)
	}
	fail := func(err error) {
		errs = append(errs, err)
		bad = true
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		m := headerRE.FindStringSubmatch(strings.TrimSpace(l))
		if m != nil && (m[1] == "name" || (cur != nil && inHeader)) {
			if m[1] == "name" {
				finish()
				cur, bad, inHeader = nil, false, true
			}
			if err := parseHeader(&cur, file, line, m[1], strings.TrimSpace(m[2])); err != nil {
				fail(err)
			}
			continue
		}
		if cur == nil {
			continue // file preamble, or after a bad name
		}
		if inHeader && strings.HasPrefix(strings.TrimSpace(l), "--") {
			continue
		}
		inHeader = false
		body.WriteString(l)
		body.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return nil, []error{fmt.Errorf("%s:%d: %v", file, line, err)}
	}
	finish()
	if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, fmt.Errorf("%s:1: no `-- name:` header", file))
	}
	return out, errs
}

// parseHeader applies one header line (name, description, pivot, param)
// to *cur; a name header starts a new query.
func parseHeader(cur **SavedQuery, file string, line int, key, val string) error {
	switch key {
	case "name":
		name := strings.Fields(val)
		if len(name) == 0 {
			return fmt.Errorf("%s:%d: empty query name", file, line)
		}
		if !paramNameRE.MatchString(name[0]) {
			return fmt.Errorf("%s:%d: bad query name %q (use letters, digits and _)", file, line, name[0])
		}
		*cur = &SavedQuery{Name: name[0], Source: file, Line: line}
	case "description":
		(*cur).Description = strings.TrimSpace((*cur).Description + " " + val)
	case "pivot":
		p, err := ParsePivot(val)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", file, line, err)
		}
		(*cur).Pivot = p
	case "param":
		p, err := parseParam(val)
		if err != nil {
			return fmt.Errorf("%s:%d: %v", file, line, err)
		}
		for _, q := range (*cur).Params {
			if q.Name == p.Name {
				return fmt.Errorf("%s:%d: parameter %s declared twice", file, line, p.Name)
			}
		}
		(*cur).Params = append((*cur).Params, p)
	}
	return nil
}

// inferParams adds to q's parameters every :name, @name or $name its
// SQL uses that no "-- param:" header declares, in the order of first
// use: required, with no description (as Datasette and sqlite3's
// .parameter do).
func inferParams(q *SavedQuery) {
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p.Name] = true
	}
	for _, ref := range paramRefs(q.SQL) {
		if !declared[ref.name] {
			declared[ref.name] = true
			q.Params = append(q.Params, Param{Name: ref.name})
		}
	}
}

type paramRef struct {
	name string
	line int // 0-based line within the SQL
}

// paramRefs finds the named parameters (:name, @name, $name) in a SQL
// text, skipping string literals, quoted identifiers and comments.
func paramRefs(text string) []paramRef {
	var refs []paramRef
	line := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			line++
		case c == '\'' || c == '"' || c == '`' || c == '[':
			end := c
			if c == '[' {
				end = ']'
			}
			j := i + 1
			for j < len(text) && text[j] != end {
				if text[j] == '\n' {
					line++
				}
				j++
			}
			i = j
		case c == '-' && strings.HasPrefix(text[i:], "--"):
			for i < len(text) && text[i] != '\n' {
				i++
			}
			i-- // let the newline be counted
		case c == '/' && strings.HasPrefix(text[i:], "/*"):
			end := strings.Index(text[i+2:], "*/")
			if end < 0 {
				end = len(text) - i - 2
			}
			line += strings.Count(text[i:i+2+end], "\n")
			i += end + 3
		case (c == ':' || c == '@' || c == '$') && i+1 < len(text) && isIdentStart(text[i+1]) &&
			(i == 0 || !isIdentByte(text[i-1])):
			j := i + 1
			for j < len(text) && isIdentByte(text[j]) {
				j++
			}
			refs = append(refs, paramRef{text[i+1 : j], line})
			i = j - 1
		}
	}
	return refs
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdentByte(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }

var paramNameRE = lazyre.New(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseParam reads "NAME [default VALUE] description". VALUE may be
// quoted with double quotes to hold spaces; `default ""` is the empty
// string.
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

// Missing returns the parameters that have no default and no value in
// args, in declaration order.
func (q *SavedQuery) Missing(args map[string]string) []Param {
	var out []Param
	for _, p := range q.Params {
		if _, ok := args[p.Name]; !ok && !p.HasDefault {
			out = append(out, p)
		}
	}
	return out
}

// Values returns the value of every declared parameter: args, or the
// default. Call it after Bind has succeeded.
func (q *SavedQuery) Values(args map[string]string) map[string]string {
	out := map[string]string{}
	for _, p := range q.Params {
		if v, ok := args[p.Name]; ok {
			out[p.Name] = v
		} else if p.HasDefault {
			out[p.Name] = p.Default
		}
	}
	return out
}

// Bind checks args against the query's parameters and returns them as
// named arguments, defaults filled in, for database/sql. A parameter
// without a default and without a value is ErrMissingParam; a name the
// query does not declare is ErrUnknownParam.
func (q *SavedQuery) Bind(args map[string]string) ([]any, error) {
	declared := map[string]bool{}
	var names []string
	for _, p := range q.Params {
		declared[p.Name] = true
		names = append(names, p.Name)
	}
	unknown := make([]string, 0)
	for name := range args {
		if !declared[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		takes := "takes no parameters"
		if len(names) > 0 {
			takes = "takes " + strings.Join(names, ", ")
		}
		return nil, fmt.Errorf("query %s: %w %q (it %s)", q.Name, cablesql.ErrUnknownParam, unknown[0], takes)
	}
	if missing := q.Missing(args); len(missing) > 0 {
		p := missing[0]
		what := ""
		if p.Description != "" {
			what = ": " + p.Description
		}
		return nil, fmt.Errorf("query %s: %w %q%s (give it as %s=VALUE)", q.Name, cablesql.ErrMissingParam, p.Name, what, p.Name)
	}
	values := q.Values(args)
	out := make([]any, 0, len(q.Params))
	for _, p := range q.Params {
		out = append(out, sql.Named(p.Name, values[p.Name]))
	}
	return out, nil
}
