package extract

import "github.com/cablesql/cablesql/internal/textmatch"

// The extractor's names for the matchers of internal/textmatch.
type (
	wordRE           = textmatch.Word
	wordTable[V any] = textmatch.WordTable[V]
)

// literals is a textmatch.Literals under the extractor's method names.
type literals struct{ *textmatch.Literals }

// mustWordRE returns expr as a textmatch.Word, compiled when first used.
func mustWordRE(expr string) *wordRE { return textmatch.NewWord(expr) }

// mustGatedRE returns expr as a textmatch.Word that first looks for the
// texts its matches need (textmatch.NewGatedWord), compiled when first
// used: for an expression whose matches begin with common words ("the",
// "in") but need rarer ones.
func mustGatedRE(expr string) *wordRE { return textmatch.NewGatedWord(expr) }

// newLiterals returns the set of words as a textmatch.Literals.
func newLiterals(words []string) *literals { return &literals{textmatch.NewLiterals(words)} }

// in is textmatch.Literals.In.
func (l *literals) in(s string) bool { return l.In(s) }

// firstWordsOf is textmatch.FirstWords.
func firstWordsOf(expr string) ([]string, bool) { return textmatch.FirstWords(expr) }
