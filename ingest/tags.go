package ingest

import (
	"strings"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/internal/lazyre"
)

// subjectTags returns the subject TAGS of the State Department's TAGS/Terms
// Handbook (5 FAH-3) seen in cables: four letters, the first naming the
// area (A administrative, E economic, P political, M military, ...).
var subjectTags = scan.LazySet(`AADP ABLD ABUD ACOA ACKM ADCO ADPM AEMR AFIN AFSI AFSN AGAO AINF AINR AINT
	ALOW AMED AMGT AMTC ANET AODE AOMS AORC APCS APER ASCH ASEC ASIG BBSR BEXP BMGT BTIO CASC CFED
	CJAN CLOK CMGT CPAS CVIS EAGR EAID EAIR ECIN ECON ECPS EFIN EFIS EIND EINT EINV ELAB ELTN EMIN ENRG
	ENIV EPET ETRD ETTC EWWT MARR MASS MCAP MNUC MOPS ODIP OEXC OFDP OIIP OPDC OPRC OREP OSCI OTRA
	OVIP PARM PBTS PGOV PHSA PHUM PINR PINS PINT PNAT PREF PREL PROP PTER SCUL SENV SMIG SNAR SOCI
	TBIO TINT TNGD TPHY TRGY TSPA TSPL PEPR PFOR PDIP PORG POL`)

// organizationTags returns the organisation TAGS that are easily mistaken for
// others (the rest are recognised by shape).
var organizationTags = scan.LazySet(`MTCRE NATO IAEA UNSC UNGA OPCW NSG EUN EU OSCE OECD ASEAN APEC AU OAS
	UN UNHRC UNESCO WTO WTRO ICAO IMO INTERPOL NPT CWC BWC CTBT CTBTO AG WA UNDP UNHCR WHO WFP
	ILO IMF IBRD ECOWAS SADC SCO GCC OIC CARICOM MERCOSUR SAARC ICRC ICC`)

// tagFixes repairs misspelt TAGS seen in the corpus.
var tagFixes = map[string]string{"MOPPS": "MOPS", "POGOV": "PGOV", "PGOC": "PGOV", "RU": "RS",
	"UNDESCO": "UNESCO", "PRELP": "PREL", "MRCRE": "MTCRE", "ENVI": "SENV", "ENIV": "SENV",
	"COUNTERTERRORISM": "COUNTERTERRORISM"}

var personTagRE = lazyre.New(`\(([A-Z][A-Za-z'\-]+,[ \t]*[A-Z][A-Za-z'.\- ]+)\)`)

// ParseTags reads a TAGS line's text into tags with their kind: glued
// tags are split (KNNPMNUC -> KNNP MNUC), typos fixed, SIPDIS and
// page-break junk dropped, duplicates removed, order kept. Tags may be
// separated by commas or spaces; a person tag is written
// "OVIP (CLINTON, HILLARY)".
func ParseTags(text string) []cablesql.Tag {
	text = strings.ToUpper(text)
	if i := pageJunkRE.FindStringIndex(text); i != nil {
		text = text[:i[0]]
	}
	var persons []string
	text = personTagRE.ReplaceAllStringFunc(text, func(s string) string {
		m := personTagRE.FindStringSubmatch(s)
		persons = append(persons, m[1])
		return " \x00 "
	})
	var out []cablesql.Tag
	seen := map[string]bool{}
	add := func(t string) {
		if fix, ok := tagFixes[t]; ok {
			t = fix
		}
		if t == "" || seen[t] || t == "SIPDIS" || t == "TAGS" {
			return
		}
		seen[t] = true
		out = append(out, cablesql.Tag{Name: t, Kind: TagKind(t)})
	}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == ';' }) {
		f = strings.Trim(f, ".()[]:")
		switch {
		case f == "\x00":
			if len(persons) > 0 {
				p := strings.Join(strings.Fields(strings.ReplaceAll(persons[0], ",", ", ")), " ")
				persons = persons[1:]
				add(p)
			}
		case !isTagToken(f):
		default:
			for _, t := range splitGlued(f) {
				add(t)
			}
		}
	}
	return out
}

var pageJunkRE = lazyre.New(`\b(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)?[ \t]*PAGE[ \t]+\d{2}\b`)

// isTagToken reports whether f can be a tag: letters, digits and a few
// joiners, starting with a letter.
func isTagToken(f string) bool {
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	for _, r := range f {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '/' || r == '-' || r == '_' || r == '&') {
			return false
		}
	}
	return true
}

// splitGlued splits a token that is several known tags run together:
// KNNPMNUC -> KNNP MNUC, PHUMBA -> PHUM BA, IZPREL -> IZ PREL. A token
// that is not made of known tags is kept whole.
func splitGlued(f string) []string {
	if len(f) <= 4 || len(f) > 40 || knownTag(f) || strings.ContainsAny(f, "/-_&0123456789") {
		return []string{f}
	}
	// best[i] is a split of f[:i] into known tags, nil if none.
	best := make([][]string, len(f)+1)
	best[0] = []string{}
	for i := 0; i < len(f); i++ {
		if best[i] == nil {
			continue
		}
		for _, n := range []int{4, 2, 5, 3} {
			j := i + n
			if j > len(f) {
				continue
			}
			part := f[i:j]
			ok := knownTag(part) || n == 2 && len(f) >= 6
			if !ok {
				continue
			}
			if best[j] == nil || len(best[i])+1 < len(best[j]) {
				best[j] = append(append([]string{}, best[i]...), part)
			}
		}
	}
	split := best[len(f)]
	if len(split) < 2 {
		return []string{f}
	}
	// At most one two-letter (country) part, and it must sit at either
	// end: INTELSAT is not IN TE LS AT.
	short := 0
	for i, p := range split {
		if len(p) == 2 && !knownTag(p) {
			short++
			if i != 0 && i != len(split)-1 {
				return []string{f}
			}
		}
	}
	if short > 1 {
		return []string{f}
	}
	return split
}

// knownTag reports whether t is a subject, program or organisation tag.
func knownTag(t string) bool {
	return subjectTags()[t] || organizationTags()[t] || isProgramTag(t)
}

func isProgramTag(t string) bool {
	if len(t) != 4 || t[0] != 'K' {
		return false
	}
	for i := 1; i < 4; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// TagKind names the kind of a tag: geo (two letters, a FIPS country
// code), person ("SURNAME, FIRSTNAME"), program (K and three letters),
// subject (a TAGS/Terms Handbook subject) or organization.
func TagKind(t string) string {
	switch {
	case strings.Contains(t, ","):
		return "person"
	case len(t) == 2:
		return "geo"
	case isProgramTag(t):
		return "program"
	case subjectTags()[t]:
		return "subject"
	case organizationTags()[t]:
		return "organization"
	case len(t) == 4 && strings.IndexByte("ABCEMOPST", t[0]) >= 0 && !strings.ContainsAny(t, "/-0123456789"):
		return "subject"
	}
	return "organization"
}
