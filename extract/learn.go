package extract

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// learn collects the cable-wide knowledge: acronym definitions, unambiguous
// mentions and the dates the cable gives events.
func (x *cableContext) learn() {
	eventy := make([]bool, len(x.sents)) // mayNameEvent, asked twice below
	x.sentWords = make([]wordSet, len(x.sents))
	x.sentOpens = make([]uint64, len(x.sents))
	for i, s := range x.sents {
		x.sentWords[i], eventy[i], x.sentOpens[i] = sentenceWords(s.text)
		if strings.IndexByte(s.text, '(') >= 0 {
			x.acr.learn(s.text)
		}
		x.learnPersons(s, x.mayOpen(i, opensPrivate))
	}
	x.unlearnSpeakers()
	for i, s := range x.sents {
		if !eventy[i] {
			continue
		}
		if s.caps {
			x.learnCapsEvents(i, s.text)
			continue
		}
		for from := 0; from < len(s.text); {
			st, en := spanFrom(s.text, from, s.mentions, nil, false, -1)
			if st < 0 {
				break
			}
			if name := x.canonical(s.text[st:en]); !genericNouns[strings.ToLower(name)] && eventKind(name) != "other" {
				x.named = append(x.named, namedEvent{sent: i, start: st, name: name})
			}
			from = en + 1
		}
	}
	x.learnLeadDates(eventy)
	for i, s := range x.sents {
		if !eventy[i] || firstYear(s.text) == 0 {
			continue
		}
		dates := nameDates(s.text, x.periodsNoLater(i))
		x.learnHeld(s.text, dates)
		for from := 0; from < len(s.text); {
			st, en := spanFrom(s.text, from, s.mentions, dates, false, -1)
			if st < 0 {
				break
			}
			name := s.text[st:en]
			if m := plenaryInRE.FindStringSubmatch(s.text[en:]); m != nil && firstYear(name) == 0 &&
				eventKind(x.canonical(name)) == "plenary" {
				// "the Rio de Janeiro Plenary in November 2009" is the
				// 2009 Rio de Janeiro Plenary
				y := textmatch.Atoi(m[2])
				f, t := day(y, 1, 1), day(y, 12, 31)
				if m[1] != "" {
					f, t = monthPart(y, monthOf(m[1]), "")
				}
				dated := x.canonical(m[2] + " " + name)
				x.register(dated, period{from: f, to: t, text: strings.TrimSpace(strings.TrimLeft(s.text[en:en+len(m[0])], ","))})
				x.named = append(x.named, namedEvent{sent: i, start: st, name: dated})
			} else if m := monthLeadRE.FindStringSubmatch(name); m != nil {
				y := textmatch.Atoi(m[2])
				f, t := monthPart(y, monthOf(m[1]), "")
				x.register(x.canonical(name), period{from: f, to: t, text: m[1] + " " + m[2]})
			} else if k := eventKind(x.canonical(name)); k != "" &&
				(st <= 4 || k != "other" && heldOnRE.MatchString(s.text[en:])) {
				// "The Tenth ... Conference in Istanbul, June 25-27, 2009, was
				// attended by", "the Regional Licensing Workshop ..., was held
				// in Panama City on October 6-8, 2009"
				var precise []period
				for _, p := range dates {
					if !p.since && p.to.Sub(p.from) < 62*24*time.Hour {
						precise = append(precise, p)
					}
				}
				if len(precise) == 1 {
					x.register(x.canonical(name), precise[0])
				}
			}
			from = en + 1
		}
	}
}

// periodsNoLater returns findPeriods of sentence i in the cable's date
// context without the year the sentence states elsewhere (later): for a
// cable with a date, which later does not change (TestLaterNeedsNoDate),
// sentencePeriods' dates, read once for the sentence.
func (x *cableContext) periodsNoLater(i int) []period {
	if x.date.IsZero() {
		return findPeriods(x.sents[i].text, dateContext{}, false)
	}
	return x.sentencePeriods(i)
}

// learnLeadDates records the dates that open an event's name, which
// nameDates keeps from dating the clause: "the March 20 Iberian summit",
// "the 3-5 June EU Council", "the 2008 NATO summit"; not those after the
// cable ("the 2010 NPT Review Conference" in a cable of 2009), nor those
// of a name the cable gives two dates ("the March 2009 ILEA course and
// ... the September 2009 ILEA course").
func (x *cableContext) learnLeadDates(eventy []bool) {
	found := map[string]period{}
	var order []string
	for i, s := range x.sents {
		if !eventy[i] || firstYear(s.text) == 0 && len(monthTokens(s.text, false)) == 0 { // the cheaper test first
			continue
		}
		all := x.sentencePeriods(i)
		kept := nameDates(s.text, all)
		for _, p := range all {
			if slices.ContainsFunc(kept, func(q period) bool { return q.start == p.start }) || p.since ||
				!x.date.IsZero() && (p.from.After(x.date) || firstYear(p.text) == 0 && x.date.Sub(p.from) > 180*24*time.Hour) {
				continue // a month and day long before the cable: an event to come ("the April 2 G20 Summit" in February)
			}
			name := eventPhrase(s.text[p.end:])
			if name == "" || genericEvent(name) {
				continue
			}
			name = x.canonical(name)
			if old, ok := found[name]; !ok {
				order = append(order, name)
				found[name] = p
			} else if old.valid() && (!old.from.Equal(p.from) || !old.to.Equal(p.to)) {
				found[name] = period{} // two dates: which is meant is not known
			}
		}
	}
	for _, name := range order {
		if p := found[name]; p.valid() {
			x.register(name, p)
		}
	}
}

// tagCountries returns the countries of a cable's TAGS.
func tagCountries(g *gazetteer, c *cablesql.Cable) []string {
	var out []string
	for _, t := range c.Tags {
		if iso := g.byFIPS[strings.ToUpper(t.Name)]; iso != "" && len(t.Name) == 2 {
			out = append(out, iso)
		}
	}
	return out
}

// learnSubject learns the officials the subject line names with their
// titles, before those of the body (see subjectSentence).
func (x *cableContext) learnSubject(s sentence) {
	learnForeign(s, x.foreign)
	if s.caps {
		learnCapsOfficials(s, x.foreign, x.home)
	}
}

// homeCountry returns the one country a cable as a whole is about, or "":
// the country its subject opens with ("VIETNAM: EXBS TRAINING ..."), unless
// the cable comes from a post in another country (Embassy Rome on "IRAN:
// ..." meets Italians); else the country of the post abroad it comes from
// when its TAGS name it. The Department and missions to organisations
// (UNVIE, USNATO) have none. A sentence that names no country and stands
// under no heading is about it.
func (x *cableContext) homeCountry() string {
	post := x.g.byPost[stationKey(x.c.Station)]
	if h, ok := x.subjectCountry(); ok {
		if post != "" && post != h {
			return ""
		}
		return h
	}
	if post != "" && (slices.Contains(x.tags, post) || x.isoTagged(post)) {
		return post
	}
	return ""
}

// isoTagged reports whether a cable's TAGS hold a country's ISO code where
// a FIPS code belongs, one that is no FIPS code of any country: "YE" on a
// cable from Sanaa (Yemen is YM in FIPS). A code that is both, "AU" (ISO
// Australia, FIPS Austria), stands for its FIPS country, not this one.
func (x *cableContext) isoTagged(iso string) bool {
	if x.g.byFIPS[iso] != "" {
		return false
	}
	for _, t := range x.c.Tags {
		if strings.EqualFold(t.Name, iso) {
			return true
		}
	}
	return false
}

// subjectCountry returns the one country, not the United States, that
// the cable's subject opens with ("VIETNAM: EXBS TRAINING ...").
func (x *cableContext) subjectCountry() (string, bool) {
	prefix, _, ok := strings.Cut(x.c.Subject, ":")
	if !ok {
		return "", false
	}
	h := countryHeading(x.g, strings.TrimSpace(subjectMarkRE.ReplaceAllString(prefix, "")))
	if len(h) != 1 || h[0] == "US" {
		return "", false
	}
	return h[0], true
}

// namedPost returns the country of the post abroad a cable comes from
// when its body names that country though its TAGS do not (a post's
// "Both Peruvian police forces have received training" under TAGS of
// administration only); "" otherwise. It stands for homeCountry once the
// cable's mentions are read.
func (x *cableContext) namedPost() string {
	post := x.g.byPost[stationKey(x.c.Station)]
	if _, ok := x.subjectCountry(); ok || post == "" || x.mentioned[post] == 0 { // the US has no post abroad
		return ""
	}
	return post
}

// subjectMarkRE is a classification mark opening a subject: "(C) ", "(SBU) ".
var subjectMarkRE = lazyre.New(`^\s*\([A-Z/]{1,8}\)\s*`)

// plenaryInRE dates a plenary named without its year: "the Rio de
// Janeiro Plenary in November 2009", "the Seoul Plenary of 2010".
var plenaryInRE = lazyre.New(`^,?\s+(?:held\s+)?(?:in|of)\s+(?:` + monthRE + `\s+)?((?:19|20)\d\d)\b`)

// learnCapsEvents collects the events a sentence written in capitals
// describes ("THE OCTOBER 2004 SEOUL MTCR PLENARY"), with the dates their
// names give, from its working copy.
func (x *cableContext) learnCapsEvents(i int, work string) {
	for _, m := range capsEventRE.FindAllStringSubmatchIndex(work, -1) {
		st := m[2]
		phrase := work[m[2]:m[3]]
		if k := capsStopRE.FindAllStringIndex(phrase, -1); k != nil {
			st += k[len(k)-1][1]
			phrase = work[st:m[3]]
		}
		name := titleCase(phrase)
		if mm := monthLeadRE.FindStringSubmatch(name); mm != nil {
			f, t := monthPart(textmatch.Atoi(mm[2]), monthOf(mm[1]), "")
			x.register(x.canonical(name), period{from: f, to: t, text: mm[1] + " " + mm[2]})
		}
		if c := x.canonical(name); strings.Contains(c, " ") {
			x.named = append(x.named, namedEvent{sent: i, start: st, name: c})
		}
	}
}

// capsStopRE ends the words that cannot belong to a name.
var capsStopRE = mustWordRE(`\b(?:the|a|an|of|to|in|on|at|for|with|by|from|that|which|and)\s+`)

// eventWords are the words that may name an event, which a sentence must
// hold for the costlier scans for names (mayNameEvent): every form of the
// words of eventKinds, by which a name gets its kind, and the first words
// of the expressions that find events by their nouns (eventNounRE,
// readoutKindRE) or by who held them (hostedByRE: '"Update 2009" was
// hosted by ... on September 30'), read from their syntax trees.
// TestEventWords holds it to them and to heldWhenRE, whose nouns are
// eventKinds' words.
var eventWords = sync.OnceValue(func() *wordTable[bool] {
	t := &wordTable[bool]{}
	kinds := eventKindWords()
	for w := range kinds.words.Words() {
		t.Set(w, true)
	}
	for _, w := range kinds.starts {
		t.Set(w, true) // "task" of "task force"
	}
	for _, re := range []*wordRE{eventNounRE, readoutKindRE, hostedByRE} {
		words, ok := firstWordsOf(re.String())
		if !ok {
			panic("extract: " + re.String() + " has no first words to stand for it")
		}
		for _, w := range words {
			t.Set(w, true)
		}
	}
	return t
})

// sentenceWords returns wordsOf(s) and mayNameEvent(s) in one pass over
// s: the triggers whose first words it holds, and whether it holds a word
// that names events; and its opens, the expressions of openedBy that may
// match it (mayOpen). wordsOf's words are runs of letters and inner
// hyphens ("co-hosted"), eachWord's and openedBy's runs of letters only.
// Each run of letters is looked up once, in sentenceWordTable, for all
// three; a word with hyphens once more, whole, in triggerWords.
func sentenceWords(s string) (ws wordSet, eventy bool, opens uint64) {
	lw, tw := sentenceWordTable(), triggerWords()
	start, letters := -1, -1 // of wordsOf's word, and of eachWord's
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			if start < 0 {
				start = i
			}
			if letters < 0 {
				letters = i
			}
			continue
		}
		if c >= utf8.RuneSelf {
			opens = allOpened // see mayOpen
		}
		whole := false // wordsOf's word is the run just looked up
		if letters >= 0 {
			e := lw.GetASCII(s[letters:i])
			eventy = eventy || e.event
			opens |= e.opens
			if i-letters >= 3 {
				// a word, or a part of a hyphenated one: "CO-SPONSORED" holds "sponsored"
				ws |= e.triggers
			}
			whole = start == letters
			letters = -1
		}
		if c == '-' && start >= 0 {
			continue
		}
		if start >= 0 {
			if w := s[start:i]; len(w) >= 3 && !whole {
				ws |= tw.GetASCII(w)
			}
			start = -1
		}
	}
	return ws, eventy, opens
}

// sentenceWord is what sentenceWords reads of a word: the triggers it
// opens (triggerWords), whether it names events (eventWords) and the
// expressions of openedBy a match of which may open with it
// (openedWords).
type sentenceWord struct {
	triggers wordSet
	event    bool
	opens    uint64
}

// sentenceWordTable holds the words of triggerWords, eventWords and
// openedWords, each with its three values, for sentenceWords to look a
// word up once.
var sentenceWordTable = sync.OnceValue(func() *wordTable[sentenceWord] {
	t := &wordTable[sentenceWord]{}
	tw, ew, ow := triggerWords(), eventWords(), openedWords()
	for _, words := range []iter.Seq[string]{tw.Words(), ew.Words(), ow.Words()} {
		for w := range words {
			t.Set(w, sentenceWord{triggers: tw.Get(w), event: ew.Get(w), opens: ow.Get(w)})
		}
	}
	return t
})

// The expressions a sentence is searched with only when one of its runs
// of letters may open a match: bit k of a sentence's opens
// (sentenceWords, mayOpen) stands for openedBy[k]. Each is searched in
// the whole sentence by a reader that reads nothing of a sentence it
// does not match.
const (
	opensPrivate   = iota // nonOfficialRE: learnPersons, learnable
	opensEventNoun        // eventNounRE: readPresence
	opensHostVerb         // hostVerbRE: readHosting
	opensAttend           // attendVerbRE: readHomeAttendance
	opensAttending        // attendingRE: readHomeAttendance
	opensTraining         // trainingGivenRE: readTrainingGiven
	numOpened
)

// openedBy are the expressions of the bits of a sentence's opens.
var openedBy = [numOpened]*wordRE{opensPrivate: nonOfficialRE, opensEventNoun: eventNounRE, opensHostVerb: hostVerbRE,
	opensAttend: attendVerbRE, opensAttending: attendingRE, opensTraining: trainingGivenRE}

// allOpened has the bits of every expression of openedBy.
const allOpened = 1<<numOpened - 1

// openedWords maps each run of letters a match of an expression of
// openedBy may open with (textmatch.FirstRuns, read from its syntax tree:
// "think" of "think-tank") to the bits of those expressions.
var openedWords = sync.OnceValue(func() *wordTable[uint64] {
	t := &wordTable[uint64]{}
	for k, re := range openedBy {
		runs, ok := textmatch.FirstRuns(re.String())
		if !ok {
			panic("extract: " + re.String() + " has no first runs of letters to stand for it")
		}
		for _, r := range runs {
			t.Set(r, t.Get(r)|1<<k)
		}
	}
	return t
})

// mayOpen reports whether the expression of bit k of openedBy may match
// sentence i (sentenceWords reads it): the sentence holds a run of
// letters a match may open with (openedWords), or a byte that is not
// ASCII, which case folding may read as a letter ("ſ" as "s").
// TestSentenceOpens holds it to the expressions.
func (x *cableContext) mayOpen(i, k int) bool { return x.sentOpens[i]&(1<<k) != 0 }

// eachWord calls fn with each run of ASCII letters in s until fn returns false.
func eachWord(s string, fn func(string) bool) {
	textmatch.EachRun(s, func(w string, digits bool) bool { return digits || fn(w) })
}

// learnHeld records the date of a gathering a sentence describes in lower
// case with when it was held ("A United Nations multilateral workshop for
// African countries ... was held December 7-10, 2009 in Cairo"), by its
// noun; a noun given two dates is dropped. finish gives it to the events
// of that kind the cable names without a date ("the UNSCR 1540 Workshop"
// of the subject line).
func (x *cableContext) learnHeld(text string, dates []period) {
	m := heldWhenRE.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	var precise []period
	for _, p := range dates {
		if p.start >= m[1] && !p.since && p.to.Sub(p.from) < 62*24*time.Hour {
			precise = append(precise, p)
		}
	}
	if len(precise) == 0 {
		return
	}
	noun := strings.ToLower(text[m[2]:m[3]])
	if old, ok := x.heldDates[noun]; ok && (!old.from.Equal(precise[0].from) || !old.to.Equal(precise[0].to)) {
		x.heldDates[noun] = period{} // two gatherings of a kind: neither is known
		return
	}
	x.heldDates[noun] = precise[0]
}

// heldWhenRE is a gathering and when it was held: "workshop ... was held".
var heldWhenRE = mustGatedRE(`(?i)\b(workshop|conference|seminar|symposium|course|forum|summit|exercise)s?\b[^.;]{0,120}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:held|convened|conducted)\b`)

// unlearnSpeakers takes out of the US officials the cable named by a title
// (learnPeople) those it shows telling the post's staff something: "Sarr
// told Poloffs October 5" after "Executive Secretary Moussa Sarr"
// is the other side, whom "Secretary" made look like a US official.
func (x *cableContext) unlearnSpeakers() {
	if len(x.people) == 0 {
		return
	}
	for _, s := range x.sents {
		for _, k := range toldStaffRE.FindAllStringSubmatchIndex(s.text, -1) {
			delete(x.people, s.text[k[2]:k[3]])
		}
	}
}

// toldStaffRE is a surname telling the post's staff: "Sarr told
// Poloffs", "Roe later briefed us".
var toldStaffRE = mustGatedRE(`\b([A-Z][a-z'’-]+)\s+(?:later\s+|also\s+|then\s+)?(?:told|briefed|assured|warned)\s+(?:us|Pol-?[Oo]ffs?|Econ-?[Oo]ffs?|Emb[Oo]ffs?|Pol-?Econ\s+Chief|P/E\s+Chief|PolCouns|EconCouns)\b`)
