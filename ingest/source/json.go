package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
)

// maxJSONValue bounds one JSON record (or a wrapper object holding
// records).
const maxJSONValue = 64 << 20

// readJSON reads cables held as JSON: JSON lines or concatenated objects
// (the MongoDB export: {"_id", "origin", "date_time", "classification",
// "header", "body", ...}), an array of such objects, or a wrapper object
// with an array of them, optionally inside a JSONP call
// (cablegrab({"items":[{id, subject, date, classification, origin,
// text}]})). Records are read one at a time.
func readJSON(name string, r *bufio.Reader, fn func(*Document, error) error) error {
	jr := &jsonReader{r: r, line: 1}
	if err := jr.skipJSONP(); err != nil {
		return fn(nil, Errorf(name, jr.line, "%v", err))
	}
	inArray := false
	n := 0
	for {
		c, err := jr.skipSpace()
		if err == io.EOF {
			if n == 0 {
				return fn(nil, Errorf(name, jr.line, "no cable records in JSON"))
			}
			return nil
		}
		if err != nil {
			return fn(nil, Errorf(name, jr.line, "read: %v", err))
		}
		switch {
		case c == '[' && !inArray:
			jr.r.ReadByte()
			inArray = true
			continue
		case c == ',' && inArray, c == ']' && inArray, c == ')' || c == ';':
			jr.r.ReadByte()
			if c == ']' {
				inArray = false
			}
			continue
		case c != '{':
			return fn(nil, Errorf(name, jr.line, "JSON: unexpected %q where a record should start", c))
		}
		raw, line, err := jr.value()
		if err != nil {
			return fn(nil, Errorf(name, line, "%v", err))
		}
		var obj map[string]any
		if err := json.Unmarshal(raw, &obj); err != nil {
			if ferr := fn(nil, Errorf(name, line, "JSON record: %v", err)); ferr != nil {
				return ferr
			}
			continue
		}
		for _, rec := range records(obj) {
			n++
			doc := jsonDocument(name, line, rec)
			doc.SHA256 = digest(raw)
			if doc.Header == "" && doc.Body == "" {
				if err := fn(nil, Errorf(name, line, "JSON record %s has no cable text (header, body or text)", doc.Meta.ID)); err != nil {
					return err
				}
				continue
			}
			if err := fn(doc, nil); err != nil {
				return err
			}
		}
	}
}

// records returns the cable records of a decoded object: the object
// itself, or the objects of its array field (items, cables, ...).
func records(obj map[string]any) []map[string]any {
	if field(obj, "body", "text", "content", "header") != "" {
		return []map[string]any{obj}
	}
	for _, v := range obj {
		list, ok := v.([]any)
		if !ok {
			continue
		}
		var out []map[string]any
		for _, e := range list {
			if m, ok := e.(map[string]any); ok {
				out = append(out, records(m)...)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// jsonDocument maps a record's fields, whatever their exact names, to a
// document.
func jsonDocument(name string, line int, rec map[string]any) *Document {
	d := &Document{Format: FormatJSON, Path: name, Line: line}
	d.Meta.ID = field(rec, "reference_id", "referenceid", "refid", "_id", "id", "reference", "identifier")
	if !refIDLineRE.MatchString(scan.CanonicalID(d.Meta.ID)) {
		d.Meta.ID = ""
	}
	d.Meta.Created = isoStamp(csvDate(field(rec, "date_time", "datetime", "created", "date")))
	d.Meta.Released = isoStamp(field(rec, "released", "release_date"))
	d.Meta.Classification = field(rec, "classification")
	d.Meta.Origin = field(rec, "origin")
	d.Meta.Title = field(rec, "subject", "title")
	d.Header = unescapeJSONText(field(rec, "header"))
	d.Body = unescapeJSONText(field(rec, "body", "text", "content"))
	if refs := field(rec, "references", "refs"); refs != "" {
		d.Meta.Refs = scan.SplitRefsColumn(refs)
	}
	return d
}

// unescapeJSONText normalises line ends of a text field.
func unescapeJSONText(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// field returns the first of the named fields (any case) present in rec,
// as text.
func field(rec map[string]any, names ...string) string {
	for _, n := range names {
		for k, v := range rec {
			if !strings.EqualFold(k, n) {
				continue
			}
			switch v := v.(type) {
			case string:
				return v
			case float64:
				return fmt.Sprint(v)
			case []any:
				var parts []string
				for _, e := range v {
					parts = append(parts, fmt.Sprint(e))
				}
				return strings.Join(parts, "|")
			case map[string]any:
				if s, ok := v["$oid"].(string); ok {
					return s
				}
			}
		}
	}
	return ""
}

// jsonReader splits a JSON stream into top-level values without holding
// more than one value in memory.
type jsonReader struct {
	r    *bufio.Reader
	line int
}

// skipJSONP consumes a JSONP call's "name(" prefix, if there is one.
func (jr *jsonReader) skipJSONP() error {
	c, err := jr.skipSpace()
	if err != nil || c == '{' || c == '[' {
		return nil
	}
	head, _ := jr.r.Peek(256)
	if m := jsonpRE.FindIndex(head); m != nil {
		i := bytes.IndexByte(head, '(')
		jr.line += bytes.Count(head[:i], []byte{'\n'})
		jr.r.Discard(i + 1)
		return nil
	}
	return fmt.Errorf("JSON: unexpected %q at the start", c)
}

// skipSpace skips white space (and a byte-order mark) and returns the
// next byte without consuming it.
func (jr *jsonReader) skipSpace() (byte, error) {
	for {
		c, err := jr.r.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case '\n':
			jr.line++
			continue
		case ' ', '\t', '\r':
			continue
		case 0xEF:
			if b, _ := jr.r.Peek(2); bytes.Equal(b, []byte{0xBB, 0xBF}) {
				jr.r.Discard(2)
				continue
			}
		}
		jr.r.UnreadByte()
		return c, nil
	}
}

// value reads one JSON object or array, following strings and nesting,
// and returns its bytes and the line it starts on. It consumes nothing
// after the value.
func (jr *jsonReader) value() ([]byte, int, error) {
	start := jr.line
	var buf []byte
	depth := 0
	inString, escaped := false, false
	for {
		if jr.r.Buffered() == 0 {
			if _, err := jr.r.Peek(1); err != nil {
				if errors.Is(err, io.EOF) {
					return nil, start, errors.New("JSON record cut short: end of file inside it")
				}
				return nil, start, err
			}
		}
		chunk, _ := jr.r.Peek(jr.r.Buffered())
		for i, c := range chunk {
			switch {
			case escaped:
				escaped = false
			case inString && c == '\\':
				escaped = true
			case c == '"':
				inString = !inString
			case inString:
			case c == '{' || c == '[':
				depth++
			case c == '}' || c == ']':
				depth--
				if depth == 0 {
					buf = append(buf, chunk[:i+1]...)
					jr.line += bytes.Count(chunk[:i+1], []byte{'\n'})
					jr.r.Discard(i + 1)
					return buf, start, nil
				}
			}
		}
		buf = append(buf, chunk...)
		jr.line += bytes.Count(chunk, []byte{'\n'})
		jr.r.Discard(len(chunk))
		if len(buf) > maxJSONValue {
			return nil, start, fmt.Errorf("JSON record longer than %s", byteSize(maxJSONValue))
		}
	}
}
