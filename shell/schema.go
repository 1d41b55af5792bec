package shell

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"
)

// valueColumns are the low-cardinality columns whose values completion
// offers after "column = '": codes and levels people type often and
// rarely remember exactly.
var valueColumns = map[string]bool{
	"countries.iso2":        true,
	"countries.name":        true,
	"cables.classification": true,
	"cables.precedence":     true,
	"cables.origin":         true,
	"cable_tags.tag":        true,
	"cable_tags.kind":       true,
	"activities.action":     true,
	"activities.iso2":       true,
	"activities.country":    true,
	"events.kind":           true,
	"paragraphs.marking":    true,
	"cable_sources.format":  true,
	"country_names.kind":    true,
	"activity_topics.topic": true,
	"activities.event":      true,
	"events.name":           true,
	"cables.subject_source": true,
}

// maxValues is the most values a column may have to be completed; a
// column with more is not low-cardinality after all.
const maxValues = 2000

// schemaCache holds the names completion offers, loaded from the
// database and reloaded when the schema version changes.
type schemaCache struct {
	version string
	tables  []string
	columns map[string][]string // by lower-case table name
	values  map[string][]string // by "table.column"; nil entry: not completed
}

// lookupTimeout bounds each query completion makes, so Tab never hangs on
// a big database.
const lookupTimeout = 500 * time.Millisecond

// Complete returns tab completions for the text before the cursor on the
// current line (see the function complete). It is safe to call
// from another goroutine while the shell waits for input.
func (s *Shell) Complete(before string) (cands []string, wordLen int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := &vocabulary{}
	if s.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
		defer cancel()
		s.refreshSchema(ctx)
		if s.valuesOld && s.schema != nil {
			s.schema.values = map[string][]string{}
			s.valuesOld = false
		}
		if c := s.schema; c != nil {
			v.Tables, v.Columns = c.tables, c.columns
			v.Values = func(table, column string) []string {
				return c.lookupValues(s.conn, table, column)
			}
		}
	}
	if s.Catalog != nil {
		v.Queries = map[string][]string{}
		for name, q := range s.Catalog.Queries {
			var params []string
			for _, p := range q.Params {
				params = append(params, p.Name)
			}
			v.Queries[name] = params
		}
	}
	return complete(v, s.pending, before)
}

// refreshSchema reloads tables and columns when the main or temp schema
// changed since the last load (after DDL, here or in another process).
func (s *Shell) refreshSchema(ctx context.Context) {
	var main, temp string
	if err := s.conn.QueryRowContext(ctx, "PRAGMA main.schema_version").Scan(&main); err != nil {
		return
	}
	if err := s.conn.QueryRowContext(ctx, "PRAGMA temp.schema_version").Scan(&temp); err != nil {
		return
	}
	version := main + "/" + temp
	if s.schema != nil && s.schema.version == version {
		return
	}
	c := &schemaCache{version: version, columns: map[string][]string{}, values: map[string][]string{}}
	res, err := collect(ctx, s.conn, tablesQuery, "%", "%")
	if err != nil {
		return
	}
	for _, r := range res.Rows {
		t := formatValue(r[0])
		c.tables = append(c.tables, t)
		cols, err := collect(ctx, s.conn, "SELECT name FROM pragma_table_info(?)", t)
		if err != nil {
			continue
		}
		for _, col := range cols.Rows {
			c.columns[strings.ToLower(t)] = append(c.columns[strings.ToLower(t)], formatValue(col[0]))
		}
	}
	sort.Strings(c.tables)
	s.schema = c
}

// lookupValues returns the distinct values of table.column when it is a
// low-cardinality column, loading them once.
func (c *schemaCache) lookupValues(conn *sql.Conn, table, column string) []string {
	key := strings.ToLower(table + "." + column)
	if !valueColumns[key] {
		return nil
	}
	if vals, ok := c.values[key]; ok {
		return vals
	}
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	// Identifiers cannot be bound; both are names from sqlite_schema and
	// pragma_table_info, quoted.
	q := `SELECT DISTINCT ` + quoteIdent(column) + ` FROM ` + quoteIdent(table) +
		` WHERE ` + quoteIdent(column) + ` IS NOT NULL ORDER BY 1 LIMIT ?`
	res, err := collect(ctx, conn, q, maxValues+1)
	if err != nil {
		if ctx.Err() == nil {
			c.values[key] = nil
		}
		return nil
	}
	if len(res.Rows) > maxValues {
		c.values[key] = nil
		return nil
	}
	vals := make([]string, len(res.Rows))
	for i, r := range res.Rows {
		vals[i] = formatValue(r[0])
	}
	c.values[key] = vals
	return vals
}

// quoteIdent quotes an SQL identifier.
func quoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}
