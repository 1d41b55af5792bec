package source

import (
	"strings"

	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// footerRE matches the first line of a news site's page furniture after
// the cable: copyright line, advertising, newsletter and sharing blocks.
// Words that also open wrapped lines of a cable's prose ("subscribe to the
// HCOC", "share this information") count only as the site writes them,
// capitalised; "(C)" only in lower case or before a year or "copyright",
// since in capitals it is the portion marking that opens a paragraph of
// a cable whose paragraphs have no numbers ("(C) As part of a broader
// discussion", 07MADRID177).
var footerRE = lazyre.New(`(?i)^[ \t]*(?:©|(?-i:\(c\))[ \t]|\(c\)[ \t]*(?:\d{4}|copyright)\b|copyright\b|advertisement\b|join our|(?-i:Subscribe)\b|(?-i:Share) (?:this|on)\b|related (?:stories|news|articles)|(?-i:More) (?:from|stories)\b|comments?\b[ \t]*$|the catch up|print this|email this|licence needed|(?-i:Recommended)\b|(?-i:Trending)\b)`)

// newsTitle returns the subject part of a news headline: what follows
// "Cablegate:" (or "US embassy cables:"), without a " | Site" suffix.
func newsTitle(title string) string {
	if i := strings.IndexByte(title, ':'); i >= 0 {
		title = title[i+1:]
	}
	if i := strings.Index(title, " | "); i > 0 {
		title = title[:i] // "<subject> | Scoop News": the site's name
	}
	return strings.TrimSpace(title)
}

// newsDocument makes the document of a news site's re-publication: the
// "Cablegate: <subject>" title becomes the page title, the cable runs
// from its first transmission or classification line after the title to
// the site's footer. It returns nil when no cable follows the title.
func newsDocument(name, text string, titleAt int) *Document {
	titleEnd := strings.IndexByte(text[titleAt:], '\n')
	if titleEnd < 0 {
		return nil
	}
	titleEnd += titleAt
	title := strings.TrimSpace(text[titleAt:titleEnd])
	title = newsTitle(title)
	rest := text[titleEnd+1:]
	start, ok := cableStart(rest)
	if !ok {
		return nil
	}
	body := rest[start:]
	lines := strings.Split(body, "\n")
	// The footer comes after the last numbered paragraph: "subscribe to
	// the HCOC." inside the cable is not the site's newsletter.
	from := 0
	for i, l := range lines {
		if _, marking, _, ok := scan.ParaStart(l); ok && marking != "" {
			from = i + 1
		}
	}
	for i := from; i < len(lines); i++ {
		if footerRE.MatchString(lines[i]) {
			body = strings.Join(lines[:i], "\n")
			break
		}
	}
	return &Document{
		Format: FormatNewsSite,
		Path:   name,
		Line:   1 + strings.Count(text[:titleEnd+1+start], "\n"),
		Meta:   Meta{Title: title},
		Body:   strings.TrimRight(body, "\n \t") + "\n",
	}
}
