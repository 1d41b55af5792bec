package extract

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/textmatch"
)

//go:embed countries.tsv
var countriesTSV string

// Kinds of country names in the gazetteer.
const (
	kindName    = "name"    // the short name or an alias
	kindDemonym = "demonym" // a demonym or adjectival form
	kindGov     = "gov"     // a government abbreviation
)

// nonCountryPhrases start with a country name or demonym but name
// something else: a sea, a US state, a region. The matcher prefers them
// as longer matches and then discards them.
var nonCountryPhrases = []string{
	"Indian Ocean", "Persian Gulf", "South China Sea", "East China Sea", "China Sea",
	"New Mexico", "New Jersey", "New Guinea", "Georgia Tech", "Jordan River", "Jordan Valley",
	"Latin America", "Latin American", "South America", "South American", "Central America",
	"Central American", "North America", "North American", "Pan American", "Native American",
	"American Indian", "Niger Delta", "Arabian Gulf", "Korean Peninsula", "Dutch Harbor",
	"Georgia State", "West Indies", "Mexico City", "Panama City", "Panama Canal",
	"Kuwait City", "Guatemala City", "Djibouti City", "Australia Group", "Vatican II", "Turkish Cypriot", "Turkish Cypriots",
}

// languageWords follow a demonym that names a language, not the country:
// "Portuguese-language books", "Spanish speakers", "an Arabic
// interpreter". The matcher takes "<demonym> <word>" and
// "<demonym>-<word>" as non-country phrases.
var languageWords = []string{"language", "languages", "speaking", "speaker", "speakers",
	"translation", "translations", "translator", "translators", "interpreter", "interpreters"}

// wordAcronyms are abbreviations that are also English words; in text
// written all in capitals they are not taken as names.
var wordAcronyms = map[string]bool{"CAR": true, "GOT": true, "GOD": true, "GON": true, "GOS": true,
	"GOA": true, "US": true, "PA": true, "RSA": true, "GRAM": true, "LAO": true, "SAG": true, "TARO": true}

// theGovernment are the wordAcronyms that name a government, which in a
// sentence in capitals they do after "THE": "URGED THE GOT TO", "THE GOS
// HOSTED" (not "GOT" the verb, which no article comes before).
var theGovernment = map[string]bool{"GOT": true, "GON": true, "GOS": true, "GOA": true, "PA": true}

// gazetteer is the parsed countries.tsv with its name matcher.
type gazetteer struct {
	countries []cablesql.Country
	byISO     map[string]*cablesql.Country
	byFIPS    map[string]string // FIPS code -> iso2
	byPost    map[string]string // station of a US post abroad, as cable ids write it (KUALALUMPUR) -> iso2
	byCapital map[string]string // the first post of a country, its embassy's city, as byPost writes it -> iso2
	root      map[string]*trieNode
	rootShape textmatch.Shapes // of root's keys, to skip most words without a lookup
}

// trieNode is one token of a name; names ends a name at this node.
type trieNode struct {
	next  map[string]*trieNode
	names []nameEntry
}

// nameEntry is one way of writing a country's name.
type nameEntry struct {
	iso     string // "" for a non-country phrase
	kind    string
	acronym bool     // all capitals: case must match in mixed-case text
	gaps    []string // normalised separators between the tokens
	text    string
}

var loadGazetteer = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{byISO: map[string]*cablesql.Country{}, byFIPS: map[string]string{}, byPost: map[string]string{},
		byCapital: map[string]string{}, root: map[string]*trieNode{}}
	for _, line := range strings.Split(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 7 {
			f = append(f, "")
		}
		c := cablesql.Country{ISO2: f[0], FIPS: f[1], Name: f[2], Aliases: splitList(f[3]), Demonyms: splitList(f[4]), GovAbbr: splitList(f[5])}
		g.countries = append(g.countries, c)
		for i, p := range splitList(f[6]) {
			g.byPost[stationKey(p)] = c.ISO2
			if i == 0 {
				g.byCapital[stationKey(p)] = c.ISO2
			}
		}
	}
	for i := range g.countries {
		c := &g.countries[i]
		g.byISO[c.ISO2] = c
		if c.FIPS != "" {
			g.byFIPS[c.FIPS] = c.ISO2
		}
		g.add(c.Name, c.ISO2, kindName)
		for _, a := range c.Aliases {
			g.add(a, c.ISO2, kindName)
		}
		for _, d := range c.Demonyms {
			g.add(d, c.ISO2, kindDemonym)
			if pluralDemonym(d) {
				g.add(d+"s", c.ISO2, kindDemonym) // "the Russians", "Iraqis"
			}
			for _, w := range languageWords {
				g.add(d+" "+w, "", kindName)
				g.add(d+"-"+w, "", kindName)
			}
		}
		for _, a := range c.GovAbbr {
			g.add(a, c.ISO2, kindGov)
			if len(a) > 2 && strings.HasPrefix(a, "GO") {
				g.add("Go"+a[2:], c.ISO2, kindGov) // GoI, GoAM
			}
		}
	}
	for _, p := range nonCountryPhrases {
		g.add(p, "", kindName)
	}
	g.addGroups()
	for k := range g.root {
		g.rootShape.Add(k)
	}
	return g
})

// pluralDemonym reports whether a demonym names people in the plural with
// an "s": Russians, Iraqis, Kazakhs, but not Chinese, French, Swiss.
func pluralDemonym(d string) bool {
	if strings.ContainsAny(d, " -") || isAcronym(d) {
		return false
	}
	for _, suffix := range []string{"s", "sh", "ch", "ese", "x", "z"} {
		if strings.HasSuffix(d, suffix) {
			return false
		}
	}
	return true
}

// stationKey writes a post's city as cable ids do: capitals only, no
// spaces or punctuation ("Port-au-Prince" -> PORTAUPRINCE).
func stationKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// add enters one name; a leading "the" is dropped so that "the Bahamas"
// and "Bahamas" are one name.
func (g *gazetteer) add(name, iso, kind string) {
	name = strings.TrimSpace(name)
	if rest, ok := strings.CutPrefix(name, "the "); ok {
		name = rest
	} else if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = rest
	}
	toks := tokenize(name)
	if len(toks) == 0 {
		return
	}
	e := nameEntry{iso: iso, kind: kind, acronym: isAcronym(name), text: name}
	for i := 1; i < len(toks); i++ {
		e.gaps = append(e.gaps, gapKey(name[toks[i-1].end:toks[i].start]))
	}
	m := g.root
	var n *trieNode
	for _, t := range toks {
		n = m[t.key]
		if n == nil {
			n = &trieNode{next: map[string]*trieNode{}}
			m[t.key] = n
		}
		m = n.next
	}
	for _, old := range n.names {
		if old.iso == e.iso && old.kind == e.kind && old.acronym == e.acronym && equalStrings(old.gaps, e.gaps) {
			return
		}
	}
	n.names = append(n.names, e)
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isAcronym reports whether a name is written in capitals (UAE, GOAM, U.S.).
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// token is a run of letters and digits in a text, with its byte span and
// its matching key (lower case, accents folded).
type token struct {
	start, end int
	key        string
}

// tokenize splits s into word tokens.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1) // a word and its separator take about six bytes
	if lower, ok := asciiLower(s); ok {
		// the keys are slices of one lower-cased copy: no string per word
		for st, en := nextWord(s, 0); st >= 0; st, en = nextWord(s, en) {
			toks = append(toks, token{start: st, end: en, key: lower[st:en]})
		}
		return toks
	}
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, token{start: start, end: i, key: foldKey(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, token{start: start, end: len(s), key: foldKey(s[start:])})
	}
	return toks
}

// asciiLower returns s in lower case when it is all ASCII, and whether it is.
func asciiLower(s string) (string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	return strings.ToLower(s), true
}

// isAlnum reports whether an ASCII byte is a letter or a digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// tokenPool holds token slices for find to use again.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// asciiTokens appends to dst the word tokens of s, as tokenize cuts them,
// with no key, when the words of s are ASCII (asciiWords: other runes
// only part them); ok is false, and dst of no use, when they are not.
func asciiTokens(dst []token, s string) (toks []token, ok bool) {
	if !asciiWords(s) {
		return dst, false
	}
	for st, en := nextWord(s, 0); st >= 0; st, en = nextWord(s, en) {
		dst = append(dst, token{start: st, end: en})
	}
	return dst, true
}

// pooledTokens returns the word tokens of s: asciiTokens' in buf's
// storage (kept there for the next use of buf), without keys, when the
// words of s are ASCII (keyless), else tokenize's, with their keys.
func pooledTokens(buf *[]token, s string) (toks []token, keyless bool) {
	if toks, ok := asciiTokens((*buf)[:0], s); ok {
		*buf = toks
		return toks, true
	}
	return tokenize(s), false
}

// foldKey lower-cases a word and folds the accents cables' sources use.
func foldKey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'á', 'à', 'â', 'ä', 'ã', 'å':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï':
			r = 'i'
		case 'ó', 'ò', 'ô', 'ö', 'õ':
			r = 'o'
		case 'ú', 'ù', 'û', 'ü':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'ñ':
			r = 'n'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// gapKey normalises the separator between two tokens of a name: spaces
// and hyphens do not matter, and a comma or apostrophe inside a word
// ("d,Ivoire", "d'Ivoire") is one mark.
func gapKey(g string) string {
	var b strings.Builder
	for _, r := range g {
		switch r {
		case ' ', '-', '\t', '\n', '\u00a0', '–':
		case '’', '‘', '`':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	k := b.String()
	if k == "," && !strings.ContainsAny(g, " \t\n") {
		return "'"
	}
	return k
}

// mention is one country name found in a text.
type mention struct {
	start, end int      // byte span in the text
	isos       []string // candidate countries; more than one when ambiguous
	kind       string
	acronym    bool
}

// find returns the country mentions in s, longest match first, left to
// right. In mixed-case text a name must start with a capital and an
// acronym must match its case; caps says the text is all capitals.
func (g *gazetteer) find(s string, caps bool) []mention {
	if asciiWords(s) {
		return g.findASCII(s, caps)
	}
	return g.findTokens(s, caps)
}

// asciiWords reports whether every letter and digit of s is ASCII: then
// the tokens of s are its runs of ASCII letters and digits (nextWord's),
// whatever other runes part them (quotes, dashes: "the ‘Kenya’ talks"),
// and findASCII finds what findTokens does.
func asciiWords(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		i += size
	}
	return true
}

// findTokens is find for any text, cut into tokens first.
func (g *gazetteer) findTokens(s string, caps bool) []mention {
	toks := tokenize(s)
	var out []mention
	for i := 0; i < len(toks); {
		var n *trieNode
		if g.rootShape.MayHold(toks[i].key) {
			n = g.root[toks[i].key]
		}
		if n == nil {
			i++
			continue
		}
		best, bestEnd := []nameEntry(nil), 0
		for j := i; n != nil; {
			if ok := g.accept(s, toks, i, j, n.names, caps); len(ok) > 0 {
				best, bestEnd = ok, j
			}
			j++
			if j >= len(toks) {
				break
			}
			n = n.next[toks[j].key]
		}
		if best == nil {
			i++
			continue
		}
		if m, ok := g.mention(s, toks[i].start, toks[bestEnd].end, best); ok {
			out = append(out, m)
		}
		i = bestEnd + 1
	}
	return out
}

// findASCII is find for a text whose words are ASCII (asciiWords). It
// reads the words as they stand, looking each up lower-cased on the
// stack, and makes tokens only of the words from one that opens a name:
// most of what find cost was cutting every text into tokens.
func (g *gazetteer) findASCII(s string, caps bool) []mention {
	var out []mention
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	toks := (*buf)[:0] // the words from one that opens a name, made again for each
	defer func() { *buf = toks }()
	next := nextWord
	if !caps {
		// In mixed-case text a name needs a capital first letter and an
		// acronym (no lower-case letter in it) the same letters: no
		// entry accepts a text that opens with a lower-case letter.
		next = nextOpener
	}
	for pos := 0; ; {
		st, en := next(s, pos)
		if st < 0 {
			return out
		}
		pos = en
		var n *trieNode
		if g.rootShape.MayHold(s[st:en]) {
			n = textmatch.LookupLower(g.root, s[st:en])
		}
		if n == nil {
			continue
		}
		toks = append(toks[:0], token{start: st, end: en})
		best, bestEnd := []nameEntry(nil), 0
		for j := 0; n != nil; {
			if ok := g.accept(s, toks, 0, j, n.names, caps); len(ok) > 0 {
				best, bestEnd = ok, j
			}
			j++
			ns, ne := nextWord(s, toks[j-1].end)
			if ns < 0 {
				break
			}
			toks = append(toks, token{start: ns, end: ne})
			n = textmatch.LookupLower(n.next, s[ns:ne])
		}
		if best == nil {
			continue
		}
		if m, ok := g.mention(s, toks[0].start, toks[bestEnd].end, best); ok {
			out = append(out, m)
		}
		pos = toks[bestEnd].end
	}
}

// mention makes the mention of the names in best found from start to end,
// and reports whether one of them is a country's.
func (g *gazetteer) mention(s string, start, end int, best []nameEntry) (mention, bool) {
	m := mention{start: start, end: end, kind: best[0].kind, acronym: best[0].acronym}
	for _, e := range best {
		if e.iso != "" && !slices.Contains(m.isos, e.iso) {
			m.isos = append(m.isos, e.iso)
		}
	}
	if len(m.isos) == 0 {
		return m, false
	}
	m.start = governmentOf(s, m.start)
	return m, true
}

// nextWord returns the span of the first run of ASCII letters and digits
// at or after from in s (a token of tokenize), or -1, -1.
func nextWord(s string, from int) (int, int) {
	i := from
	for i < len(s) && !isAlnum(s[i]) {
		i++
	}
	if i == len(s) {
		return -1, -1
	}
	j := i + 1
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	return i, j
}

// openerTokens is pooledTokens for a reader of the words that open with a
// capital only (monthTokens): of a text whose words are ASCII it cuts the
// words that do not open with a lower-case letter alone (nextOpener),
// fewer than all.
func openerTokens(buf *[]token, s string) (toks []token, keyless bool) {
	if !asciiWords(s) {
		return tokenize(s), false
	}
	toks = (*buf)[:0]
	for st, en := nextOpener(s, 0); st >= 0; st, en = nextOpener(s, en) {
		toks = append(toks, token{start: st, end: en})
	}
	*buf = toks
	return toks, true
}

// openers are the bytes a word may open with that does not open with a
// lower-case letter: isAlnum's, less the lower-case letters.
var openers = func() (t [256]bool) {
	for c := range t {
		t[c] = isAlnum(byte(c)) && !(c >= 'a' && c <= 'z')
	}
	return t
}()

// nextOpener is nextWord passing over the words that open with a
// lower-case letter, which open no name in mixed-case text: it looks at
// each byte once for a capital or digit that starts a word, where
// nextWord cut every word.
func nextOpener(s string, from int) (int, int) {
	for i := from; i < len(s); i++ {
		if !openers[s[i]] || i > from && isAlnum(s[i-1]) {
			continue
		}
		j := i + 1
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		return i, j
	}
	return -1, -1
}

// accept returns the entries among names that the text from token i to
// token j may stand for.
func (g *gazetteer) accept(s string, toks []token, i, j int, names []nameEntry, caps bool) []nameEntry {
	// Most often every entry passes: then names itself is the answer,
	// and nothing is copied.
	var ok []nameEntry
	all := true
	first := s[toks[i].start:toks[i].end]
	r, _ := utf8.DecodeRuneInString(first)
	for idx, e := range names {
		if !g.accepts(s, toks, i, j, e, r, caps) {
			if all {
				ok, all = append([]nameEntry(nil), names[:idx]...), false
			}
			continue
		}
		if !all {
			ok = append(ok, e)
		}
	}
	if all {
		return names
	}
	return ok
}

// accepts reports whether entry e is a name the text from token i to
// token j may stand for; r is the text's first rune.
func (g *gazetteer) accepts(s string, toks []token, i, j int, e nameEntry, r rune, caps bool) bool {
	if len(e.gaps) != j-i {
		return false
	}
	for k := range e.gaps {
		if gapKey(s[toks[i+k].end:toks[i+k+1].start]) != e.gaps[k] {
			return false
		}
	}
	surface := s[toks[i].start:toks[j].end]
	switch {
	case caps:
		w := strings.ToUpper(surface)
		return !wordAcronyms[w] || theGovernment[w] && strings.HasSuffix(s[:toks[i].start], "THE ")
	case e.acronym:
		return sameLetters(surface, e.text)
	default:
		return unicode.IsUpper(r)
	}
}

// governmentOf extends a mention back over "the Government of (the)".
func governmentOf(s string, start int) int {
	before := s[:start]
	for _, p := range []string{"government of the ", "government of "} {
		if len(before) >= len(p) && strings.EqualFold(before[len(before)-len(p):], p) {
			return start - len(p)
		}
	}
	return start
}

// sameLetters compares the letters of two strings, case-sensitively.
func sameLetters(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, s)
	}
	return strip(a) == strip(b)
}

// countryName returns the short name of a country.
func (g *gazetteer) countryName(iso string) string {
	if c := g.byISO[iso]; c != nil {
		return c.Name
	}
	return iso
}

// Countries returns the gazetteer: every ISO 3166-1 country and territory
// with its FIPS code, aliases, demonyms and government abbreviations.
func Countries() []cablesql.Country {
	g := loadGazetteer()
	out := make([]cablesql.Country, len(g.countries))
	for i, c := range g.countries {
		c.Aliases = append([]string(nil), c.Aliases...)
		c.Demonyms = append([]string(nil), c.Demonyms...)
		c.GovAbbr = append([]string(nil), c.GovAbbr...)
		out[i] = c
	}
	return out
}
