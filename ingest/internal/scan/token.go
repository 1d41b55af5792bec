package scan

// Kind is the landmark a line of a cable opens with, as [ScanLine] reads
// it: the caption's fields and the handling caveats that stand alone on
// a line. It is to ScanLine what go/token's Token is to go/scanner.
type Kind uint8

const (
	Other        Kind = iota // prose, or a landmark the caption does not read
	Caveat                   // handling caveats alone: "NOFORN SIPDIS", "E F T O"
	EO                       // the E.O. line: "E.O. 12958: DECL: 01/07/2014"
	Tags                     // "TAGS: PREL, PGOV", "TAGS PREL"
	Subject                  // "SUBJECT: ...", "SUBJ: ..."
	Ref                      // "REF: A. STATE 1234", "REFTEL ..."
	ClassifiedBy             // "Classified By: ...", "1. (C) CLASSIFIED BY ..."
)

// The spellings of the caption's field keywords, in upper case: what a
// line opens with, after blanks (and, for REF, a ¶), before its
// separator. A letter stands for itself in either case, and S and K for
// ſ and K too, as (?i) reads them. The tests build the fields' regular
// expressions from these lists, and keywords is built from them here.
var (
	tagsWords    = []string{"TAGS", "TAG", "TAGES", "TAGSS", "TAS", "TABS", "TGS", "AGS"}
	subjectWords = []string{"SUBJECT", "SUBJ", "UBJECT"}
	refWords     = []string{"REFS", "REF", "REF(S)", "REFTELS", "REFTEL", "REFERENCES", "REFERENCE"}
)

// The separators that may end a field keyword, besides blanks: a TAGS
// keyword may be followed by a comma too.
const (
	fieldPunct = ":;."
	tagsPunct  = ":;,."
)

// pilcrowFields are the fields whose keyword may follow a ¶.
var pilcrowFields = map[Kind]bool{EO: true, Ref: true}

// maxKeyword bounds the length of a field keyword: a longer word is none.
const maxKeyword = 16

// keywords maps each spelling of a field keyword to its field: the
// keyword switch of ScanLine, as go/token's keywords map.
var keywords = func() map[string]Kind {
	m := make(map[string]Kind)
	for _, f := range []struct {
		kind  Kind
		words []string
	}{{Tags, tagsWords}, {Subject, subjectWords}, {Ref, refWords}} {
		for _, w := range f.words {
			if len(w) > maxKeyword {
				panic("scan: keyword " + w + " longer than maxKeyword")
			}
			m[w] = f.kind
		}
	}
	return m
}()

// lookup returns the field a keyword opens, or Other.
func lookup(word []byte) Kind {
	return keywords[string(word)]
}

// caveatLineWords are the handling words a caveat line is made of, each
// followed by blanks, commas, dots or slashes. A word listed in
// spacedCaveats may have a space between any two of its letters.
var (
	caveatLineWords = []string{"NOFORN", "SIPDIS", "EXDIS", "NODIS", "LIMDIS", "STADIS", "EFTO", "SENSITIVE",
		"SENSITIVE BUT UNCLASSIFIED", "FOR OFFICIAL USE ONLY", "CHEROKEE", "ROGER"}
	spacedCaveats = map[string]bool{"EFTO": true}
)

// caveatsByFirst holds caveatLineWords by their first letter: the words
// a caveat line may go on with at a byte. Like stopsByFirst, a pointer:
// a table returned by value is built in init's stack frame and copied.
var caveatsByFirst = func() *[256][]string {
	t := new([256][]string)
	for _, w := range caveatLineWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// caveatSeparators are the bytes that may stand between the words of a
// caveat line.
const caveatSeparators = " \t,./"

// stopEnd says what must follow a stop word.
type stopEnd uint8

const (
	anything stopEnd = iota // the word is a prefix: "SUMMARYOF" stops
	boundary                // a word boundary, as \b: "REF " and "REF1" do not
	blank                   // a space or a tab
)

// stopWord is a word that, opening a line, ends a SUBJECT, TAGS, REF or
// Classified By block.
type stopWord struct {
	word string // upper case, as keywords' spellings
	end  stopEnd
}

// stopWords are the words and markings that end a block at the start of
// a line. The other stops (CLASSIFIED BY, ¶, a paragraph number, an E.O.
// number, a rule of dashes, PAGE and a digit) are read by stopsBlock.
var stopWords = []stopWord{
	{"REF", boundary}, {"REFS", boundary}, {"REF(S)", anything}, {"REFTEL", boundary}, {"REFTELS", boundary},
	{"REFERENCE:", anything}, {"REFERENCES:", anything}, {"SUMMARY", anything}, {"BEGIN SUMMARY", anything},
	{"THIS IS AN ", anything}, {"SIPDIS", anything}, {"TAG", boundary}, {"TAGS", boundary},
	{"SENSITIVE BUT", anything}, {"NOFORN", anything},
	{"(U)", blank}, {"(C)", blank}, {"(S)", blank}, {"(SBU)", blank}, {"(LOU)", blank}, {"(S/NF)", blank}, {"(C/NF)", blank},
}

// stopsByFirst holds stopWords by their first byte, upper case: the
// words ScanLine tries at a line's first byte.
var stopsByFirst = func() *[256][]stopWord {
	t := new([256][]stopWord)
	for _, w := range stopWords {
		t[w.word[0]] = append(t[w.word[0]], w)
	}
	return t
}()
