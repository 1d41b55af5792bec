package shell

import (
	"strings"
	"unicode"
)

// Splitter accumulates input lines and hands back complete SQL
// statements. A statement ends at a semicolon outside string literals,
// quoted identifiers, comments and trigger bodies (CREATE TRIGGER ...
// BEGIN ... END;), as sqlite3_complete decides.
// https://sqlite.org/c3ref/complete.html
type Splitter struct {
	buf strings.Builder
}

// Pending reports whether an incomplete statement is buffered.
func (s *Splitter) Pending() bool { return strings.TrimSpace(s.buf.String()) != "" }

// Reset drops any buffered input.
func (s *Splitter) Reset() { s.buf.Reset() }

// Buffered returns the buffered, incomplete input.
func (s *Splitter) Buffered() string { return s.buf.String() }

// Feed adds a line and returns the statements it completes, each with its
// terminating semicolon.
func (s *Splitter) Feed(line string) []string {
	s.buf.WriteString(line)
	s.buf.WriteByte('\n')
	stmts, rest := Split(s.buf.String())
	s.buf.Reset()
	s.buf.WriteString(rest)
	if strings.TrimSpace(rest) == "" {
		s.buf.Reset()
	}
	return stmts
}

// Split cuts text into complete statements and returns the incomplete
// remainder. Empty statements (a lone ";") are dropped.
func Split(text string) (stmts []string, rest string) {
	start := 0
	i := 0
	n := len(text)
	// Trigger tracking, as sqlite3_complete: CREATE [TEMP] TRIGGER ... ;
	// inside BEGIN ... END does not end the statement.
	var words []string // first words of the current statement
	inTrigger := false
	depth := 0 // BEGIN/CASE ... END nesting inside a trigger
	for i < n {
		c := text[i]
		switch {
		case c == '\'' || c == '"' || c == '`' || c == '[':
			end := byte(c)
			if c == '[' {
				end = ']'
			}
			j := i + 1
			for j < n {
				if text[j] == end {
					if end != ']' && j+1 < n && text[j+1] == end {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j >= n {
				return stmts, text[start:]
			}
			i = j + 1
		case c == '-' && i+1 < n && text[i+1] == '-':
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				return stmts, text[start:]
			}
			i += j + 1
		case c == '/' && i+1 < n && text[i+1] == '*':
			j := strings.Index(text[i+2:], "*/")
			if j < 0 {
				return stmts, text[start:]
			}
			i += j + 4
		case c == ';':
			if inTrigger && depth > 0 {
				i++
				continue
			}
			stmt := strings.TrimSpace(text[start : i+1])
			if stmt != ";" && !onlyComments(stmt) {
				stmts = append(stmts, stmt)
			}
			i++
			start = i
			words, inTrigger, depth = nil, false, 0
		case isIdentStart(c):
			j := i
			for j < n && isIdentChar(text[j]) {
				j++
			}
			w := strings.ToUpper(text[i:j])
			if len(words) < 4 {
				words = append(words, w)
				if len(words) >= 2 && words[0] == "CREATE" &&
					(words[1] == "TRIGGER" || (len(words) >= 3 && (words[1] == "TEMP" || words[1] == "TEMPORARY") && words[2] == "TRIGGER")) {
					inTrigger = true
				}
			}
			if inTrigger {
				switch w {
				case "BEGIN", "CASE":
					depth++
				case "END":
					if depth > 0 {
						depth--
					}
				}
			}
			i = j
		default:
			i++
		}
	}
	return stmts, text[start:]
}

// onlyComments reports whether stmt holds nothing but comments and a ";".
func onlyComments(stmt string) bool {
	s := stmt
	for {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		switch {
		case strings.HasPrefix(s, "--"):
			j := strings.IndexByte(s, '\n')
			if j < 0 {
				return true
			}
			s = s[j+1:]
		case strings.HasPrefix(s, "/*"):
			j := strings.Index(s, "*/")
			if j < 0 {
				return true
			}
			s = s[j+2:]
		default:
			return s == ";" || s == ""
		}
	}
}

func isIdentStart(c byte) bool {
	return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$'
}
