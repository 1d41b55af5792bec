package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// maxCSVField bounds one field of cables.csv. The longest bodies of the
// real file are a few MB; a longer field means a broken quote.
const maxCSVField = 64 << 20

// csvColumns is the number of columns of cables.csv: id, date, reference
// id, origin, classification, references, header, body.
const csvColumns = 8

// readCablesCSV streams cables.csv: one document per row, never more
// than one row in memory. A malformed row is reported as
// "file:line: msg" and reading goes on at the next row; a row cut short
// by the end of the file is reported and ends the reading.
//
// It is written by hand rather than with encoding/csv because cables.csv
// is not RFC 4180: quotes inside a field are escaped with backslashes
// (\", \\, \'), a backslash may stand before a line end, and a stray
// quote inside a field is kept; encoding/csv rejects or misreads all of
// these.
func readCablesCSV(name string, r *bufio.Reader, fn func(*Document, error) error) error {
	return readCablesCSVLimit(name, r, maxCSVField, fn)
}

// readCablesCSVLimit is readCablesCSV with a given field limit.
func readCablesCSVLimit(name string, r *bufio.Reader, maxField int, fn func(*Document, error) error) error {
	cr := &csvReader{r: r, name: name, line: 1, h: sha256.New(), maxField: maxField}
	first := true
	for {
		fields, line, err := cr.row()
		if errors.Is(err, io.EOF) {
			return nil
		}
		var fe *fieldError
		switch {
		case errors.As(err, &fe) && fe.resync:
			if ferr := fn(nil, Errorf(name, fe.line, "%s", fe.msg)); ferr != nil {
				return ferr
			}
			if !cr.resync() {
				return nil
			}
			continue
		case err != nil:
			return fn(nil, readErrorAt(name, line, err))
		}
		if first && len(fields) > 0 && !textmatch.IsDigits(fields[0]) && csvHeaderRE.MatchString(strings.Join(fields, ",")) {
			first = false
			continue // a header row
		}
		first = false
		if len(fields) != csvColumns {
			if err := fn(nil, Errorf(name, line, "cables.csv row has %d fields, want %d", len(fields), csvColumns)); err != nil {
				return err
			}
			continue
		}
		doc := &Document{
			Format: FormatCablesCSV,
			Path:   name,
			Line:   line,
			Meta: Meta{
				ID:             strings.TrimSpace(fields[2]),
				Created:        csvDate(fields[1]),
				Origin:         strings.TrimSpace(fields[3]),
				Classification: strings.TrimSpace(fields[4]),
				Refs:           scan.SplitRefsColumn(fields[5]),
			},
			Header: fields[6],
			Body:   fields[7],
			SHA256: cr.digest(),
		}
		if err := fn(doc, nil); err != nil {
			return err
		}
	}
}

func readErrorAt(name string, line int, err error) *Error {
	var fe *fieldError
	if errors.As(err, &fe) {
		return Errorf(name, fe.line, "%s", fe.msg)
	}
	return Errorf(name, line, "read: %v", err)
}

// fieldError is a malformed row. resync says whether reading can go on
// from the next row start.
type fieldError struct {
	line   int
	msg    string
	resync bool
}

func (e *fieldError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// csvReader reads rows of cables.csv: comma-separated fields, each
// either in double quotes (with backslash escapes, \" \\ and \', and
// also RFC 4180 "" doubling; a backslash before another character is
// kept)
// and possibly spanning lines, or bare.
type csvReader struct {
	r        *bufio.Reader
	name     string
	line     int       // line of the next byte
	h        hash.Hash // digest of the current row's bytes
	maxField int
	field    []byte
	fields   []string // the current row, reused from row to row
	b1       [1]byte  // hashByte's buffer
	sum      []byte   // digest's buffers
	hexSum   []byte
}

// hashByte adds one byte to the row's digest. A []byte{c} literal given
// to the hash.Hash interface would be a heap allocation per byte.
func (cr *csvReader) hashByte(c byte) {
	cr.b1[0] = c
	cr.h.Write(cr.b1[:])
}

// digest returns the row's SHA-256 in hex, with one allocation: the
// string.
func (cr *csvReader) digest() string {
	cr.sum = cr.h.Sum(cr.sum[:0])
	cr.hexSum = hex.AppendEncode(cr.hexSum[:0], cr.sum)
	return string(cr.hexSum)
}

// row reads the next row and the line it starts on. It returns io.EOF
// at the end of the input.
func (cr *csvReader) row() ([]string, int, error) {
	// Skip blank lines between rows.
	for {
		c, err := cr.r.ReadByte()
		if err != nil {
			return nil, cr.line, err
		}
		if c == '\n' {
			cr.line++
			continue
		}
		if c == '\r' {
			continue
		}
		cr.r.UnreadByte()
		break
	}
	cr.h.Reset()
	start := cr.line
	// The last row's slice is reused: its caller is done with it.
	fields := cr.fields[:0]
	for {
		f, end, err := cr.fieldValue(start)
		if err != nil {
			return nil, start, err
		}
		fields = append(fields, f)
		cr.fields = fields
		if end {
			return fields, start, nil
		}
	}
}

// fieldValue reads one field and reports whether it ended the row.
func (cr *csvReader) fieldValue(rowLine int) (string, bool, error) {
	cr.field = cr.field[:0]
	c, err := cr.r.ReadByte()
	if err == io.EOF {
		return "", true, nil
	}
	if err != nil {
		return "", false, err
	}
	if c != '"' {
		cr.r.UnreadByte()
		return cr.bareField(rowLine)
	}
	cr.hashByte('"')
	return cr.quotedField(rowLine)
}

// quotedField reads a quoted field after its opening quote and reports
// whether it ended the row.
func (cr *csvReader) quotedField(rowLine int) (string, bool, error) {
	escaped := false
	for {
		chunk, err := cr.r.ReadSlice('"')
		cr.h.Write(chunk)
		cr.line += bytes.Count(chunk, []byte{'\n'})
		body := chunk
		found := err == nil
		if found {
			body = chunk[:len(chunk)-1]
		}
		if len(cr.field)+len(body) > cr.maxField {
			return "", false, &fieldError{line: rowLine, msg: fmt.Sprintf("cables.csv field longer than %s (a quote left open?)", byteSize(cr.maxField)), resync: true}
		}
		cr.growField(len(cr.field) + len(body))
		escaped = cr.appendEscaped(body, escaped)
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return "", false, &fieldError{line: rowLine, msg: "cables.csv row cut short: end of file inside a quoted field"}
		case err != nil:
			return "", false, err
		}
		if escaped {
			// \" is a quote inside the field.
			cr.field = append(cr.field, '"')
			escaped = false
			continue
		}
		if v, end, done, err := cr.afterQuote(); done {
			return v, end, err
		}
	}
}

// growField makes room for need bytes in the field, doubling: a long
// field costs twice its size in all, not the sum of append's small steps.
func (cr *csvReader) growField(need int) {
	if need > cap(cr.field) {
		f := make([]byte, len(cr.field), max(2*cap(cr.field), need))
		copy(f, cr.field)
		cr.field = f
	}
}

// appendEscaped appends body to the field, reading its backslash
// escapes; escaped says a backslash ended the previous chunk, and the
// result whether one ends this one.
func (cr *csvReader) appendEscaped(body []byte, escaped bool) bool {
	for {
		i := bytes.IndexByte(body, '\\')
		if escaped && len(body) > 0 {
			// \\, \", \' and a backslash before a line end stand
			// for the character after it; any other backslash is
			// itself (as in a file quoted the RFC 4180 way).
			if body[0] != '\\' && body[0] != '"' && body[0] != '\'' && body[0] != '\n' {
				cr.field = append(cr.field, '\\')
			}
			cr.field = append(cr.field, body[0])
			body = body[1:]
			escaped = false
			continue
		}
		if i < 0 {
			cr.field = append(cr.field, body...)
			return escaped
		}
		cr.field = append(cr.field, body[:i]...)
		body = body[i+1:]
		escaped = true
	}
}

// afterQuote reads what follows a quote inside a quoted field. done
// reports whether the field ended (or reading failed), with its value
// and whether it ended the row; otherwise the quote was a doubled or
// stray one, kept in the field, and the field goes on.
func (cr *csvReader) afterQuote() (value string, end, done bool, err error) {
	next, err := cr.r.ReadByte()
	switch {
	case err == io.EOF:
		return cr.value(), true, true, nil
	case err != nil:
		return "", false, true, err
	case next == '"':
		cr.hashByte('"')
		cr.field = append(cr.field, '"') // "" doubling
	case next == ',':
		cr.hashByte(',')
		return cr.value(), false, true, nil
	case next == '\n':
		cr.hashByte('\n')
		cr.line++
		return cr.value(), true, true, nil
	case next == '\r':
		if n, err := cr.r.ReadByte(); err == nil && n != '\n' {
			cr.r.UnreadByte()
		} else if err == nil {
			cr.line++
		}
		return cr.value(), true, true, nil
	default:
		// A stray quote inside the field: keep it.
		cr.r.UnreadByte()
		cr.field = append(cr.field, '"')
	}
	return "", false, false, nil
}

// bareField reads a field without quotes, up to a comma or line end.
func (cr *csvReader) bareField(rowLine int) (string, bool, error) {
	for {
		c, err := cr.r.ReadByte()
		if err == io.EOF {
			return cr.value(), true, nil
		}
		if err != nil {
			return "", false, err
		}
		cr.hashByte(c)
		switch c {
		case ',':
			return cr.value(), false, nil
		case '\n':
			cr.line++
			return strings.TrimSuffix(cr.value(), "\r"), true, nil
		}
		cr.field = append(cr.field, c)
		if len(cr.field) > cr.maxField {
			return "", false, &fieldError{line: rowLine, msg: fmt.Sprintf("cables.csv field longer than %s", byteSize(cr.maxField)), resync: true}
		}
	}
}

// value returns the current field as UTF-8 text with LF line ends.
func (cr *csvReader) value() string {
	s := toUTF8(cr.field)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

var csvRowStartRE = lazyre.New(`^"?\d+"?,"?\d{1,2}/\d{1,2}/\d{4}`)

// resync skips to the next line that starts a row, after a malformed
// one. It returns false at the end of the input.
func (cr *csvReader) resync() bool {
	cr.field = cr.field[:0]
	for {
		_, err := cr.r.ReadSlice('\n')
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil:
			return false
		}
		cr.line++
		head, _ := cr.r.Peek(32)
		if csvRowStartRE.Match(head) {
			return true
		}
	}
}
