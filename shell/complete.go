package shell

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cablesql/cablesql/internal/lazyre"
)

// vocabulary is what tab completion draws on.
type vocabulary struct {
	Tables  []string            // tables and views
	Columns map[string][]string // columns by lower-case table name
	Queries map[string][]string // saved queries: parameter names by query name
	// Values returns the values of a low-cardinality column worth
	// completing (country codes, classification levels), or nil.
	Values func(table, column string) []string
}

// complete returns the completions of the word that ends the text before
// the cursor, and that word's length in runes. Each completion starts
// with the word as typed, so a line editor can append the rest. pending
// is the incomplete statement from earlier lines, for context.
func complete(v *vocabulary, pending, before string) (cands []string, wordLen int) {
	if strings.TrimSpace(pending) == "" && strings.HasPrefix(strings.TrimLeft(before, " \t"), ".") {
		return completeDot(v, strings.TrimLeft(before, " \t"))
	}
	return completeSQL(v, pending+before)
}

// completeDot completes a dot-command name or its arguments.
func completeDot(v *vocabulary, line string) ([]string, int) {
	fields := strings.Fields(line)
	word := ""
	if !strings.HasSuffix(line, " ") && !strings.HasSuffix(line, "\t") {
		word = fields[len(fields)-1]
		fields = fields[:len(fields)-1]
	}
	n := utf8.RuneCountInString(word)
	if len(fields) == 0 {
		return withSuffix(matchPrefix(dotCommandNames(), word, false), " "), n
	}
	cmd, err := lookupDot(fields[0])
	if err != nil {
		return nil, 0
	}
	arg := len(fields) // index of the argument being typed, from 1
	switch cmd.name {
	case ".run":
		if arg == 1 {
			return withSuffix(matchPrefix(sortedKeys(v.Queries), word, false), " "), n
		}
		if name, value, ok := strings.Cut(word, "="); ok {
			if !slices.Contains(v.Queries[fields[1]], name) {
				return nil, 0
			}
			return completeParamValue(v, name, value), n
		}
		params := v.Queries[fields[1]]
		given := map[string]bool{}
		for _, f := range fields[2:] {
			name, _, _ := strings.Cut(f, "=")
			given[name] = true
		}
		var names []string
		for _, p := range params {
			if !given[p] {
				names = append(names, p+"=")
			}
		}
		return matchPrefix(names, word, false), n
	case ".schema", ".tables":
		if arg == 1 {
			return matchPrefix(v.Tables, word, true), n
		}
	case ".mode":
		if arg == 1 {
			return matchPrefix(formats, word, false), n
		}
	case ".headers", ".timer", ".bail", ".changes":
		if arg == 1 {
			return matchPrefix([]string{"on", "off"}, word, false), n
		}
	case ".read", ".output", ".once", ".export":
		if arg == 1 {
			return completePath(word), n
		}
	}
	return nil, 0
}

// completePath completes a file or directory name; directories end in
// "/".
func completePath(word string) []string {
	dir, base := filepath.Split(word)
	list := dir
	if list == "" {
		list = "."
	}
	entries, err := os.ReadDir(list)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || (strings.HasPrefix(name, ".") && !strings.HasPrefix(base, ".")) {
			continue
		}
		if e.IsDir() {
			name += "/"
		}
		out = append(out, dir+name)
	}
	return out
}

var (
	// valueContextRE matches SQL ending in a comparison with an open
	// string: [qualifier.]column (= | <> | LIKE | IN (...,) '
	valueContextRE = lazyre.New(`(?is)(?:([A-Za-z_]\w*)\.)?([A-Za-z_]\w*)\s*(?:==?|!=|<>|\bNOT\s+LIKE|\bLIKE|\bGLOB|\bIN\s*\((?:\s*'(?:[^']|'')*'\s*,)*)\s*$`)
	// tableRefRE finds "FROM t [AS] a", "JOIN t a" and ", t a".
	tableRefRE = lazyre.New(`(?i)(?:\bFROM|\bJOIN|\bUPDATE|\bINTO|,)\s+([A-Za-z_]\w*)(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?`)
)

// completeSQL completes a table, column or keyword, or a value inside a
// string after "column = '".
func completeSQL(v *vocabulary, text string) ([]string, int) {
	if quote, ok := openQuote(text); ok {
		return completeValue(v, text[:quote], text[quote:])
	}
	start := len(text)
	for start > 0 && isIdentChar(text[start-1]) {
		start--
	}
	word := text[start:]
	n := utf8.RuneCountInString(word)
	refs := tableRefs(v, text)
	if start > 0 && text[start-1] == '.' {
		// qualifier.column
		q := start - 1
		for q > 0 && isIdentChar(text[q-1]) {
			q--
		}
		if table, ok := refs[strings.ToLower(text[q:start-1])]; ok {
			return matchPrefix(v.Columns[strings.ToLower(table)], word, true), n
		}
		return nil, 0
	}
	prev := strings.ToUpper(lastWord(text[:start]))
	switch prev {
	case "FROM", "JOIN", "INTO", "UPDATE", "TABLE":
		return matchPrefix(v.Tables, word, true), n
	}
	var cands []string
	seen := map[string]bool{}
	add := func(names []string) {
		for _, c := range matchPrefix(names, word, true) {
			if !seen[strings.ToLower(c)] {
				seen[strings.ToLower(c)] = true
				cands = append(cands, c)
			}
		}
	}
	for _, t := range uniqueTables(refs) {
		add(v.Columns[strings.ToLower(t)])
	}
	if word == "" {
		return cands, 0 // only the columns in play, not every name
	}
	if len(refs) == 0 {
		for _, t := range v.Tables {
			add(v.Columns[strings.ToLower(t)])
		}
	}
	add(v.Tables)
	add(keywordsInCase(word))
	return cands, n
}

// completeValue completes the string literal lit (from its opening
// quote) compared with a column in sql.
func completeValue(v *vocabulary, sql, lit string) ([]string, int) {
	m := valueContextRE.FindStringSubmatch(sql)
	if m == nil || v.Values == nil {
		return nil, 0
	}
	qual, column := strings.ToLower(m[1]), m[2]
	refs := tableRefs(v, sql)
	var tables []string
	switch t, ok := refs[qual]; {
	case qual != "" && ok:
		tables = []string{t}
	case qual != "":
		return nil, 0
	default:
		tables = uniqueTables(refs)
		if len(tables) == 0 {
			tables = v.Tables
		}
	}
	for _, t := range tables {
		if !hasColumn(v.Columns[strings.ToLower(t)], column) {
			continue
		}
		values := v.Values(t, column)
		if values == nil {
			continue
		}
		var cands []string
		for _, val := range values {
			q := "'" + strings.ReplaceAll(val, "'", "''") + "'"
			if strings.HasPrefix(q, lit) {
				cands = append(cands, q)
			}
		}
		return cands, utf8.RuneCountInString(lit)
	}
	return nil, 0
}

// openQuote reports whether text ends inside a single-quoted string, and
// where that string starts.
func openQuote(text string) (int, bool) {
	for i := 0; i < len(text); {
		_, next := scanToken(text, i)
		if next < 0 {
			return i, text[i] == '\''
		}
		i = next
	}
	return 0, false
}

// tableRefs maps the tables a statement names, and their aliases, in
// lower case, to the table names.
func tableRefs(v *vocabulary, sql string) map[string]string {
	known := map[string]string{}
	for _, t := range v.Tables {
		known[strings.ToLower(t)] = t
	}
	refs := map[string]string{}
	for _, m := range tableRefRE.FindAllStringSubmatch(sql, -1) {
		t, ok := known[strings.ToLower(m[1])]
		if !ok {
			continue
		}
		refs[strings.ToLower(t)] = t
		if a := m[2]; a != "" && !sqlKeyword()[strings.ToUpper(a)] {
			refs[strings.ToLower(a)] = t
		}
	}
	return refs
}

func uniqueTables(refs map[string]string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range refs {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

func hasColumn(cols []string, name string) bool {
	for _, c := range cols {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}

// lastWord returns the last identifier-like word of text, or the last
// punctuation character.
func lastWord(text string) string {
	text = strings.TrimRight(text, " \t\r\n")
	end := len(text)
	start := end
	for start > 0 && isIdentChar(text[start-1]) {
		start--
	}
	if start == end && end > 0 {
		return text[end-1:]
	}
	return text[start:end]
}

// matchPrefix returns the names that start with prefix, rewritten to
// start with prefix exactly as typed; fold matches regardless of case.
func matchPrefix(names []string, prefix string, fold bool) []string {
	var out []string
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, prefix):
			out = append(out, n)
		case fold && len(n) >= len(prefix) && strings.EqualFold(n[:len(prefix)], prefix):
			out = append(out, prefix+n[len(prefix):])
		}
	}
	return out
}

func withSuffix(names []string, suffix string) []string {
	for i := range names {
		names[i] += suffix
	}
	return names
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sqlKeywords returns the keywords completion offers, split into words
// when first needed.
var sqlKeywords = sync.OnceValue(func() []string {
	return strings.Fields(`SELECT DISTINCT FROM WHERE GROUP BY HAVING ORDER ASC DESC LIMIT
OFFSET JOIN LEFT INNER CROSS NATURAL USING ON AS AND OR NOT IN IS NULL LIKE GLOB BETWEEN
EXISTS CASE WHEN THEN ELSE END WITH RECURSIVE UNION ALL INTERSECT EXCEPT INSERT INTO VALUES
UPDATE SET DELETE CREATE TABLE VIEW INDEX TRIGGER DROP ALTER BEGIN COMMIT ROLLBACK EXPLAIN
QUERY PLAN PRAGMA MATCH COUNT SUM AVG MIN MAX GROUP_CONCAT COALESCE IFNULL SUBSTR LENGTH
LOWER UPPER STRFTIME DATE`)
})

// sqlKeyword returns the set of sqlKeywords, built when first needed.
var sqlKeyword = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range sqlKeywords() {
		m[k] = true
	}
	return m
})

// keywordsInCase returns the keywords in lower case when word is typed
// in lower case.
func keywordsInCase(word string) []string {
	if word == strings.ToLower(word) {
		kws := sqlKeywords()
		out := make([]string, len(kws))
		for i, k := range kws {
			out[i] = strings.ToLower(k)
		}
		return out
	}
	return sqlKeywords()
}
