// Package textmatch holds the matchers that stand in for regular
// expressions and word lists on the extractor's hot paths, each faster
// than the plain code and each computing its own prefilter from what it
// is given (the expression's syntax tree, the words of the set), never
// from a list of start letters typed by hand.
//
// Files:
//
//   - word.go: Word, a regular expression whose every match begins a
//     word (`\b(?:urged|urges)`), searched by trying the expression only
//     at the starts of words that may open a match, or whose every match
//     begins at the text's start (`^\s*(?:that|which)\b`), turned away
//     within a few bytes; MatchAt, the match at a word start a reader
//     already knows; the results are regexp's.
//   - syntax.go: what a Word learns from its syntax tree: the bytes and
//     texts a match may begin with, its longest length, how it ends.
//   - dfa.go: the lazy automaton of an expression's program, which
//     tells whether it matches at a word's start (a Word's tries) before
//     regexp is asked where it ends; its states are made when first
//     reached and kept.
//   - ends.go: the same automaton with ordered states, which finds where
//     regexp's leftmost-first match at a start ends, for the searches
//     that ask no submatches, without regexp: at a Word's word starts,
//     and for an expression the fast search does not take, at each byte
//     a match may begin with (Word.find).
//   - alts.go: the fixed texts of an expression that matches a few only
//     (`(?i)\b(met|meets|meet)\b`), compared without regexp.
//   - needs.go, needsyntax.go: the quick test of a gated Word
//     (NewGatedWord): texts one of which every match holds, read from
//     the syntax tree as RE2's prefilter reads them, looked for in one
//     pass before the search.
//   - gate.go: Gate, the quick tests of several expressions (what each
//     one's Needs looks for) made in one pass over a text, for a reader
//     that runs several gated Words on the same sentence.
//   - firstwords.go: FirstWords, the words every match of an expression
//     begins with, for a word table to stand for the expression; FirstRuns,
//     the runs of letters of a text in which a match may begin, for a
//     table of the text's runs (looked up once for several expressions)
//     to stand for it.
//   - line.go: Line, a regular expression read against one line of a
//     cable (page markers, a level alone), which first looks at what its
//     syntax tree says a match needs: the byte it begins with after the
//     opening blanks, the byte it ends with, its longest length, the texts
//     it holds; the results are regexp's.
//   - starts.go: Starts, where a match of an expression may begin, for a
//     search that tries it at chosen offsets (the classification level),
//     read from the syntax tree as a Word reads its first bytes; Needs, a
//     gated Word's quick test on its own (the texts every match holds),
//     for code that runs an expression or a hand-written reading of it.
//   - literals.go: Literals, a set of strings looked for in one pass.
//   - table.go: WordTable, a map of lower-case words that turns most
//     other words away by their shape (Shapes) before hashing them, and
//     LookupLower.
//   - text.go: the ASCII byte classes (IsDigit, IsLetter, IsWordByte,
//     IsDigits, IsLetters), EachRun and NextRun (runs of letters and of digits), Atoi, IsASCII,
//     HasLowerPrefix and HasUpperPrefix, DropContinuation (a dump's line
//     continuation), DropArtefacts and DropCaveat (what publication set into the prose),
//     defined here once for the matchers, the extractor and the readers
//     and parser (ingest).
//
// One harness holds every matcher to the plain code it stands for:
// harness_test.go and line_test.go, on the texts of matchtest (real cable text and
// random text), which the extractor's tests of its own quick tests
// use as well.
package textmatch
