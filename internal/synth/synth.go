// Package synth makes benchmark corpora from real cables: it reads seed
// cables (WikiLeaks cable pages and cables.csv rows) and writes any number
// of variants of them, each under a unique reference id with the serial in
// its classification line changed to match, in the cables.csv layout, as
// RFC 4180 CSV for the sqlite3 shell, or as one text file per cable.
package synth

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// Cable is one cable as a row of cables.csv.
type Cable struct {
	Seq            int
	Date           string // M/D/YYYY H:MM
	ID             string // reference id, e.g. 09STATE111693
	Origin         string // e.g. "Embassy Ankara"
	Classification string
	Refs           []string
	Header         string
	Body           string
}

// LoadSeeds reads every *.html cable page and every *.csv file in the
// cables.csv layout in dir, in name order.
func LoadSeeds(dir string) ([]Cable, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	var seeds []Cable
	for _, name := range names {
		path := filepath.Join(dir, name)
		switch filepath.Ext(name) {
		case ".html":
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			c, err := fromPage(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			seeds = append(seeds, c)
		case ".csv":
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			rows, err := readCablesCSV(f)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			seeds = append(seeds, rows...)
		}
	}
	if len(seeds) == 0 {
		return nil, fmt.Errorf("%s: no seed cables (*.html, *.csv)", dir)
	}
	return seeds, nil
}

var (
	preRE     = regexp.MustCompile(`(?s)<pre>(.*?)</pre>`)
	anchorRE  = regexp.MustCompile(`<a id='par\d+'[^>]*>[^<]*</a>`)
	tagRE     = regexp.MustCompile(`<[^>]+>`)
	cellRE    = regexp.MustCompile(`(?s)<td>\s*<a [^>]*>([^<]*)</a>\s*</td>`)
	pageDate  = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2})$`)
	errNoPres = errors.New("not a cable page: no <pre> blocks")
)

// fromPage extracts a cable from a WikiLeaks cable page: the metadata
// table and the header and body <pre> blocks.
func fromPage(b []byte) (Cable, error) {
	s := string(b)
	cells := cellRE.FindAllStringSubmatch(s, 5)
	if len(cells) < 5 {
		return Cable{}, errors.New("not a cable page: no metadata table")
	}
	pres := preRE.FindAllStringSubmatch(s, -1)
	if len(pres) == 0 {
		return Cable{}, errNoPres
	}
	c := Cable{ID: cells[0][1], Classification: cells[3][1], Origin: html.UnescapeString(cells[4][1])}
	m := pageDate.FindStringSubmatch(cells[1][1])
	if m == nil {
		return Cable{}, fmt.Errorf("created %q: not YYYY-MM-DD HH:MM", cells[1][1])
	}
	c.Date = fmt.Sprintf("%d/%d/%s %d:%s", textmatch.Atoi(m[2]), textmatch.Atoi(m[3]), m[1], textmatch.Atoi(m[4]), m[5])
	text := func(p string) string {
		p = strings.ReplaceAll(p, "&#x000A;", "\n")
		p = anchorRE.ReplaceAllString(p, "")
		p = tagRE.ReplaceAllString(p, "")
		// Raw & is common in these pages; only decode real entities.
		return html.UnescapeString(p)
	}
	if len(pres) >= 2 {
		c.Header, c.Body = text(pres[0][1]), text(pres[1][1])
	} else {
		c.Body = text(pres[0][1])
	}
	return c, nil
}

// readCablesCSV reads rows in the cables.csv layout: 8 double-quoted
// fields, backslash escapes, newlines inside fields, no header row.
func readCablesCSV(r io.Reader) ([]Cable, error) {
	br := bufio.NewReader(r)
	var rows []Cable
	for {
		fields, err := readRow(br)
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", len(rows)+1, err)
		}
		if len(fields) != 8 {
			return nil, fmt.Errorf("row %d: %d fields, want 8", len(rows)+1, len(fields))
		}
		c := Cable{Seq: textmatch.Atoi(fields[0]), Date: fields[1], ID: fields[2], Origin: fields[3],
			Classification: fields[4], Header: fields[6], Body: fields[7]}
		if fields[5] != "" {
			c.Refs = strings.Split(fields[5], "|")
		}
		rows = append(rows, c)
	}
}

func readRow(br *bufio.Reader) ([]string, error) {
	var fields []string
	for {
		c, err := br.ReadByte()
		if err == io.EOF && fields == nil {
			return nil, io.EOF
		}
		if err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		if c == '\n' && fields == nil {
			continue
		}
		if c != '"' {
			return nil, fmt.Errorf("field %d: want '\"', got %q", len(fields)+1, c)
		}
		var f bytes.Buffer
		for {
			c, err := br.ReadByte()
			if err != nil {
				return nil, io.ErrUnexpectedEOF
			}
			if c == '\\' {
				if c, err = br.ReadByte(); err != nil {
					return nil, io.ErrUnexpectedEOF
				}
				f.WriteByte(c)
				continue
			}
			if c == '"' {
				break
			}
			f.WriteByte(c)
		}
		fields = append(fields, f.String())
		c, err = br.ReadByte()
		switch {
		case err == io.EOF || c == '\n':
			return fields, nil
		case c == '\r':
			br.ReadByte()
			return fields, nil
		case c != ',':
			return nil, fmt.Errorf("field %d: want ',' after the closing quote, got %q", len(fields), c)
		}
	}
}

var idRE = regexp.MustCompile(`^(\d{2})(.*?)0*(\d+)$`)

// Variant returns seed under a new serial: the reference id, the serial
// in the classification line and the zero-padded serials of the page
// markers ("PARIS 00002358 002 OF 002") all change to match, so the
// variant parses to the new id. seq numbers the row.
func Variant(seed Cable, seq, serial int) Cable {
	c := seed
	c.Seq = seq
	m := idRE.FindStringSubmatch(seed.ID)
	if m == nil {
		c.ID = fmt.Sprintf("%s-%d", seed.ID, serial)
		return c
	}
	c.ID = fmt.Sprintf("%s%s%d", m[1], m[2], serial)
	old := m[3]
	// Serials printed with leading zeros: 002358, 00002358.
	padded := regexp.MustCompile(`\b0+` + old + `\b`)
	body := padded.ReplaceAllStringFunc(seed.Body, func(s string) string {
		return fmt.Sprintf("%0*d", len(s), serial)
	})
	// The classification line may print the serial without zeros.
	lines := strings.SplitN(body, "\n", 16)
	for i, l := range lines[:min(len(lines), 15)] {
		t := strings.TrimRight(l, " \r")
		if strings.HasSuffix(t, " "+old) {
			lines[i] = t[:len(t)-len(old)] + strconv.Itoa(serial) + l[len(t):]
			break
		}
	}
	c.Body = strings.Join(lines, "\n")
	return c
}

// Generate calls fn with n variants of the seeds in turn, serials 1 to n,
// so every reference id is unique.
func Generate(seeds []Cable, n int, fn func(Cable) error) error {
	for i := range n {
		if err := fn(Variant(seeds[i%len(seeds)], i+1, i+1)); err != nil {
			return err
		}
	}
	return nil
}

// WriteCablesCSV writes c as one row of cables.csv: every field double
// quoted, '"' and '\' escaped with a backslash, newlines kept.
func WriteCablesCSV(w io.Writer, c Cable) error {
	return writeRow(w, c, strings.NewReplacer(`\`, `\\`, `"`, `\"`))
}

// WriteRFC4180 writes c as one RFC 4180 row with the same 8 fields, for
// tools such as the sqlite3 shell's .import.
func WriteRFC4180(w io.Writer, c Cable) error {
	return writeRow(w, c, strings.NewReplacer(`"`, `""`))
}

func writeRow(w io.Writer, c Cable, esc *strings.Replacer) error {
	fields := []string{strconv.Itoa(c.Seq), c.Date, c.ID, c.Origin, c.Classification,
		strings.Join(c.Refs, "|"), c.Header, c.Body}
	var b strings.Builder
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		esc.WriteString(&b, f)
		b.WriteByte('"')
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// Text returns the cable as a plain-text file: header, then body.
func (c Cable) Text() string {
	if c.Header == "" {
		return c.Body
	}
	return c.Header + "\n" + c.Body
}
