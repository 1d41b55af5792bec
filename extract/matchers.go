package extract

import "github.com/cablesql/cablesql/internal/textmatch"

// The extractor's names for the matchers of internal/textmatch.
type (
	wordRE           = textmatch.Word
	literals         = textmatch.Literals
	wordTable[V any] = textmatch.WordTable[V]
)

// mustWordRE returns expr as a textmatch.Word, compiled when first used.
func mustWordRE(expr string) *wordRE { return textmatch.NewWord(expr) }

// newLiterals returns the set of words as a textmatch.Literals.
func newLiterals(words []string) *literals { return textmatch.NewLiterals(words) }

// firstWordsOf is textmatch.FirstWords.
func firstWordsOf(expr string) ([]string, bool) { return textmatch.FirstWords(expr) }
