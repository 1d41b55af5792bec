// Package scan finds a cable's landmarks, one line at a time: the
// caption's fields and caveat lines, the classification line, the
// date-time group, reference ids and stations, the start of a numbered
// paragraph. Both stages of ingest use them: the readers of
// ingest/source to tell where a cable starts in a page or a dump, the
// parser of ingest to read the cable's fields.
//
//   - token.go: the kinds of line ([Kind]: [Caveat], [EO], [Tags],
//     [Subject], [Ref], [ClassifiedBy]), the spellings of the caption's
//     keywords and the table built from them, the words a caveat line is
//     made of, the stop words that end a field's block.
//   - line.go: [ScanLine], in the manner of go/scanner: a line's start
//     read once (blanks, ¶, a paragraph number, a marking, the keyword
//     looked up in the table) into a [Line]: its kind, where the field's
//     text starts, whether it opens a paragraph or ends a block.
//   - stop.go: what ends a SUBJECT, TAGS or REF block, and the Classified
//     By field after a number, a marking and "X - ENTIRE TEXT".
//   - bytes.go: [CutAtRune], [SkipBlanks], [LazySet], [FoldPrefix] and
//     [WordBoundary] (what regexp's (?i) and \b see); the ASCII byte
//     classes and Atoi are internal/textmatch's, defined there once.
//   - classline.go: the classification line ([FindClassLine],
//     [ClassLine]), levels ([NormalizeLevel]) and handling caveats.
//   - dtg.go: the date-time group ([FindDTG], [DTG]), precedence, the
//     date lines of edited releases, month names and two-digit years.
//   - id.go: reference ids ([CanonicalID]), stations, the references
//     column of cables.csv ([SplitRefsColumn]).
//   - paragraph.go: the number and marking that open a numbered
//     paragraph ([ParaStart]).
//
// Each fast path here (a hand-written reading of what an expression
// matches) is held to its expression by a test on the test corpus and
// on random lines. ScanLine's expressions (the caption's, as ingest ran
// them one after the other) live in line_test.go, built from the same
// word lists as its table.
package scan
