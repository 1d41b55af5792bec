package shell

import (
	"strings"
)

// statement is one complete SQL statement cut from the input.
type statement struct {
	Text string // the statement, trimmed, with its terminating semicolon
	Line int    // input line (from 1) where the statement starts
}

// splitter accumulates input lines and hands back complete SQL
// statements. A statement ends at a semicolon outside string literals,
// quoted identifiers, comments and trigger bodies (CREATE TRIGGER ...
// BEGIN ... END;), as sqlite3_complete decides.
// https://sqlite.org/c3ref/complete.html
//
// Scanning is incremental: each line is scanned once, so a statement of
// many lines costs time in proportion to its length.
type splitter struct {
	buf      strings.Builder // input after the last complete statement
	bufLine  int             // input line of the first byte of buf
	lastLine int             // lines fed so far
	sc       scanState
}

// scanState is where the scan of the buffered input stopped.
type scanState struct {
	state int // sqlite3_complete state
	pos   int // offset of the next token to scan
	first int // offset of the statement's first token, -1 before it
}

// Pending reports whether an incomplete statement is buffered. Input
// holding only blanks and complete comments is not pending.
func (s *splitter) Pending() bool { return s.buf.Len() > 0 }

// Reset drops any buffered input.
func (s *splitter) Reset() {
	s.buf.Reset()
	s.sc = scanState{first: -1}
}

// Buffered returns the buffered, incomplete input.
func (s *splitter) Buffered() string { return s.buf.String() }

// Feed adds a line and returns the statements it completes.
func (s *splitter) Feed(line string) []statement {
	s.lastLine++
	if s.buf.Len() == 0 {
		s.bufLine = s.lastLine
		s.sc = scanState{first: -1}
	}
	s.buf.WriteString(line)
	s.buf.WriteByte('\n')
	text := s.buf.String()
	var stmts []statement
	start := 0 // offset after the last statement completed here
	for s.sc.pos < len(text) {
		end, ok := s.sc.step(text)
		if !ok {
			break // an open quote or comment: wait for more input
		}
		if end < 0 {
			continue
		}
		if s.sc.first >= 0 {
			stmts = append(stmts, statement{
				Text: text[s.sc.first:end],
				Line: s.bufLine + strings.Count(text[start:s.sc.first], "\n"),
			})
		}
		s.bufLine += strings.Count(text[start:end], "\n")
		start = end
		s.sc.first = -1
	}
	rest := text[start:]
	s.buf.Reset()
	if blank(rest) {
		s.sc = scanState{first: -1}
		return stmts
	}
	s.buf.WriteString(rest)
	s.sc.pos -= start
	if s.sc.first >= 0 {
		s.sc.first -= start
	}
	return stmts
}

// step scans one token of text at sc.pos. It reports ok=false when the
// token is an unclosed quote or comment, and end >= 0 (the offset after
// the ";") when the token ends a statement. An empty statement ends with
// sc.first < 0.
func (sc *scanState) step(text string) (end int, ok bool) {
	tok, next := scanToken(text, sc.pos)
	if next < 0 {
		return -1, false
	}
	if tok != tkWS && tok != tkSemi && sc.first < 0 {
		sc.first = sc.pos
	}
	prev := sc.state
	sc.state = completeTrans[sc.state][tok]
	sc.pos = next
	if tok == tkSemi && sc.state == 1 {
		if prev <= 1 {
			sc.first = -1 // a lone ";"
		}
		return next, true
	}
	return -1, true
}

// splitStatements cuts text into complete statements and returns the incomplete
// remainder. Empty statements (a lone ";", or only comments) are dropped.
func splitStatements(text string) (stmts []string, rest string) {
	cuts, r := split(text)
	for _, c := range cuts {
		stmts = append(stmts, c.text)
	}
	return stmts, text[r:]
}

// cut is a statement found by split: its trimmed text and the offset of
// its first character.
type cut struct {
	text  string
	start int
}

// Token classes and states of sqlite3_complete (sqlite/src/complete.c).
const (
	tkSemi = iota
	tkWS   // white space and comments
	tkOther
	tkExplain
	tkCreate
	tkTemp
	tkTrigger
	tkEnd
)

// completeTrans is sqlite3_complete's state machine. States: 0 start of
// input, 1 after a complete statement, 2 normal, 3 after EXPLAIN, 4 after
// CREATE, 5 inside CREATE TRIGGER, 6 after a ";" inside a trigger, 7 after
// "; END" inside a trigger. A ";" that moves to state 1 ends a statement.
var completeTrans = [8][8]int{
	/*          SEMI WS OTHER EXPLAIN CREATE TEMP TRIGGER END */
	/* 0 */ {1, 0, 2, 3, 4, 2, 2, 2},
	/* 1 */ {1, 1, 2, 3, 4, 2, 2, 2},
	/* 2 */ {1, 2, 2, 2, 2, 2, 2, 2},
	/* 3 */ {1, 3, 3, 2, 4, 2, 2, 2},
	/* 4 */ {1, 4, 2, 2, 2, 4, 5, 2},
	/* 5 */ {6, 5, 5, 5, 5, 5, 5, 5},
	/* 6 */ {6, 6, 5, 5, 5, 5, 5, 7},
	/* 7 */ {1, 7, 5, 5, 5, 5, 5, 5},
}

// split finds the complete statements of text and the offset where the
// incomplete remainder begins.
func split(text string) (cuts []cut, rest int) {
	sc := scanState{first: -1}
	for sc.pos < len(text) {
		end, ok := sc.step(text)
		if !ok {
			break
		}
		if end < 0 {
			continue
		}
		if sc.first >= 0 {
			cuts = append(cuts, cut{text: text[sc.first:end], start: sc.first})
		}
		rest, sc.first = end, -1
	}
	return cuts, rest
}

// scanToken classifies the token at text[i:] and returns the offset after
// it, or -1 when a quote or block comment is not closed.
func scanToken(text string, i int) (tok, next int) {
	c := text[i]
	switch {
	case c == ';':
		return tkSemi, i + 1
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		return tkWS, i + 1
	case c == '-' && i+1 < len(text) && text[i+1] == '-':
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return tkWS, len(text)
		}
		return tkWS, i + j + 1
	case c == '/' && i+1 < len(text) && text[i+1] == '*':
		j := strings.Index(text[i+2:], "*/")
		if j < 0 {
			return tkWS, -1
		}
		return tkWS, i + 2 + j + 2
	case c == '\'' || c == '"' || c == '`':
		// A doubled quote inside is part of the token.
		j := i + 1
		for {
			k := strings.IndexByte(text[j:], c)
			if k < 0 {
				return tkOther, -1
			}
			j += k + 1
			if j < len(text) && text[j] == c {
				j++
				continue
			}
			return tkOther, j
		}
	case c == '[':
		j := strings.IndexByte(text[i+1:], ']')
		if j < 0 {
			return tkOther, -1
		}
		return tkOther, i + 1 + j + 1
	case isIdentChar(c):
		j := i
		for j < len(text) && isIdentChar(text[j]) {
			j++
		}
		return keywordToken(text[i:j]), j
	}
	return tkOther, i + 1
}

func keywordToken(word string) int {
	switch strings.ToUpper(word) {
	case "EXPLAIN":
		return tkExplain
	case "CREATE":
		return tkCreate
	case "TEMP", "TEMPORARY":
		return tkTemp
	case "TRIGGER":
		return tkTrigger
	case "END":
		return tkEnd
	}
	return tkOther
}

// blank reports whether text holds only white space and complete comments.
func blank(text string) bool {
	for i := 0; i < len(text); {
		tok, next := scanToken(text, i)
		if next < 0 || tok != tkWS {
			return false
		}
		i = next
	}
	return true
}

func isIdentChar(c byte) bool {
	return c == '_' || c == '$' || (c|0x20 >= 'a' && c|0x20 <= 'z') || (c >= '0' && c <= '9') || c >= 0x80
}
