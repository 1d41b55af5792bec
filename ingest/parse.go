package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cablesql/cablesql"
)

var months = map[string]int{"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var (
	// dtgRE matches a date-time group such as "P 291542Z OCT 09".
	dtgRE = regexp.MustCompile(`(?m)^\s*((?:[ZOPR]\s+)*)(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2}|\d{4})\b`)
	// classLineRE matches the classification line: level, optional
	// section, station and serial.
	classLineRE = regexp.MustCompile(`(?m)(C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L|S\s?E\s?C\s?R\s?E\s?T|UNCLAS(?:SIFIED)?|U\s?N\s?C\s?L\s?A\s?S(?:\s?S\s?I\s?F\s?I\s?E\s?D)?|LIMITED OFFICIAL USE)(?:\s+(?:SENSITIVE|E\s?F\s?T\s?O|NOFORN|SIPDIS|EXDIS|NODIS|LIMDIS))*\s+(?:SECTION\s+\d+\s+OF\s+\d+\s+)?([A-Z][A-Z ]{2,30}?)\s+(\d{1,7})\s*$`)
	eoRE        = regexp.MustCompile(`(?mi)^\s*E\.?\s?O\.?\s*\d{4,5}\s*:?\s*(.*)$`)
	declDateRE  = regexp.MustCompile(`(\d{1,2})/(\d{1,2})/(\d{2,4})`)
	tagsRE      = regexp.MustCompile(`(?m)^\s*TAGS?:?\s+(.+)$`)
	subjectRE   = regexp.MustCompile(`(?m)^\s*SUBJE?C?T?:\s*(.*)$`)
	classByRE   = regexp.MustCompile(`(?mi)^\s*Classified\s+By:?\s*(.*)$`)
	reasonRE    = regexp.MustCompile(`(?i)\bReasons?:?\s+(1\.\d.*)$`)
	paraRE      = regexp.MustCompile(`^\s*¶?\s*(\d{1,3})\.\s*(?:\(([A-Z/]{1,8})\))?\s*(.*)$`)
	spacedRE    = regexp.MustCompile(`^(?:[A-Z] )+[A-Z]$`)
)

var precedences = map[string]string{"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}

// Parse reads the header fields and paragraphs of a document into a
// cable. An error names the file and line when the cable cannot be
// identified.
func Parse(d *Document) (*cablesql.Cable, error) {
	c := &cablesql.Cable{
		Origin:   d.Meta.Origin,
		Created:  d.Meta.Created,
		Released: d.Meta.Released,
		Refs:     d.Meta.Refs,
		Header:   d.Header,
		Source:   cablesql.Source{Path: d.Path, Format: d.Format, SHA256: d.SHA256, Line: d.Line},
	}
	text := d.Header + "\n" + d.Body
	year := ""
	if m := dtgRE.FindStringSubmatch(text); m != nil {
		mon, ok := months[m[5]]
		if ok {
			y := m[6]
			if len(y) == 2 {
				y = fullYear(y)
			}
			year = y
			c.DTG = fmt.Sprintf("%s-%02d-%sT%s:%sZ", y, mon, m[2], m[3], m[4])
			if p := strings.Fields(m[1]); len(p) > 0 {
				c.Precedence = precedences[p[0]]
			}
		}
	}
	body := d.Body
	bodyStart := 0
	if m := classLineRE.FindStringSubmatchIndex(body); m != nil {
		c.Classification = normalizeClassification(body[m[2]:m[3]])
		station := strings.ReplaceAll(body[m[4]:m[5]], " ", "")
		serial := strings.TrimLeft(body[m[6]:m[7]], "0")
		c.Station = station
		if year != "" && serial != "" {
			c.ID = year[2:] + station + serial
		}
		bodyStart = m[1]
	}
	if d.Meta.ID != "" {
		c.ID = d.Meta.ID
	}
	if c.ID == "" {
		return nil, Errorf(d.Path, d.Line, "no reference id: no classification line with station and serial, or no date-time group")
	}
	if d.Meta.Classification != "" && c.Classification == "" {
		c.Classification = normalizeClassification(d.Meta.Classification)
	}
	if m := eoRE.FindStringSubmatch(body); m != nil {
		c.DeclassifyText = strings.TrimSpace(m[1])
		if dm := declDateRE.FindStringSubmatch(m[1]); dm != nil {
			y := dm[3]
			if len(y) == 2 {
				y = "20" + y
			}
			c.DeclassifyOn = fmt.Sprintf("%s-%02d-%02d", y, atoi(dm[1]), atoi(dm[2]))
		}
	}
	if m := tagsRE.FindStringSubmatch(body); m != nil {
		for _, t := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' }) {
			c.Tags = append(c.Tags, cablesql.Tag{Name: t, Kind: tagKind(t)})
		}
	}
	if m := subjectRE.FindStringSubmatchIndex(body); m != nil {
		s := body[m[2]:m[3]]
		rest := body[m[1]:]
		for _, l := range strings.Split(rest, "\n")[1:] {
			if strings.TrimSpace(l) == "" {
				break
			}
			s += " " + strings.TrimSpace(l)
		}
		c.Subject = cleanSubject(s)
		c.SubjectSource = "subject"
	} else if d.Meta.Title != "" {
		c.Subject = d.Meta.Title
		c.SubjectSource = "title"
	}
	if m := classByRE.FindStringSubmatch(body); m != nil {
		c.ClassifiedBy = strings.TrimSpace(m[1])
	}
	for _, l := range strings.Split(body, "\n") {
		if m := reasonRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			c.Reason = strings.TrimRight(strings.TrimSpace(m[1]), ".")
			break
		}
	}
	c.Body = body
	c.Paragraphs = parseParagraphs(body[bodyStart:])
	return c, nil
}

func fullYear(yy string) string {
	if atoi(yy) > 30 {
		return "19" + yy
	}
	return "20" + yy
}

// normalizeClassification collapses spaced forms and names the level.
func normalizeClassification(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if spacedRE.MatchString(s) || strings.Contains(s, " ") && len(strings.ReplaceAll(s, " ", ""))*2-1 == len(s) {
		s = strings.ReplaceAll(s, " ", "")
	}
	s = strings.Join(strings.Fields(s), " ")
	if s == "UNCLAS" {
		return "UNCLASSIFIED"
	}
	if i := strings.Index(s, "//"); i >= 0 {
		s = s[:i]
	}
	return s
}

func cleanSubject(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = regexp.MustCompile(`\s*\((?:U|C|S|SBU|S/NF|C/NF)\)\s*$`).ReplaceAllString(s, "")
	return strings.TrimSpace(s)
}

func tagKind(t string) string {
	switch {
	case len(t) == 2:
		return "geo"
	case strings.Contains(t, ","):
		return "person"
	case len(t) == 4 && t[0] == 'K':
		return "program"
	case len(t) == 4:
		return "subject"
	}
	return "organization"
}

// parseParagraphs splits the body after the classification line into
// paragraphs: a numbered paragraph starts at "N. (X)"; other text is split
// at blank lines.
func parseParagraphs(body string) []cablesql.Paragraph {
	var out []cablesql.Paragraph
	var cur *cablesql.Paragraph
	var raw []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.Raw = strings.TrimSpace(strings.Join(raw, "\n"))
		cur.Text = NormalizeText(cur.Raw)
		if cur.Text != "" {
			cur.Seq = len(out) + 1
			out = append(out, *cur)
		}
		cur, raw = nil, nil
	}
	for _, l := range strings.Split(body, "\n") {
		if m := paraRE.FindStringSubmatch(l); m != nil && (m[2] != "" || cur == nil || cur.Num == 0 || atoi(m[1]) == cur.Num+1) {
			flush()
			cur = &cablesql.Paragraph{Num: atoi(m[1]), Marking: m[2]}
			raw = []string{m[3]}
			continue
		}
		if strings.TrimSpace(l) == "" {
			if cur != nil && cur.Num == 0 {
				flush()
			} else if cur != nil {
				raw = append(raw, "")
			}
			continue
		}
		if cur == nil {
			cur = &cablesql.Paragraph{}
		}
		raw = append(raw, l)
	}
	flush()
	return out
}

var (
	apostropheRE = regexp.MustCompile(`([A-Za-z]),([sStT]|ll|re|ve|d)\b`)
	dashRE       = regexp.MustCompile(`\s+\)\s+`)
)

// NormalizeText joins a paragraph's lines and repairs transmission
// artefacts: a comma standing for an apostrophe ("MTCR,s" becomes
// "MTCR's") and " ) " standing for a dash.
func NormalizeText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = apostropheRE.ReplaceAllString(s, "$1'$2")
	s = dashRE.ReplaceAllString(s, " - ")
	return s
}
