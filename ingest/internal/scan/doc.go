// Package scan finds a cable's landmarks, one line at a time: the
// classification line, the date-time group, reference ids and stations,
// the start of a numbered paragraph. Both stages of ingest use them: the
// readers of ingest/source to tell where a cable starts in a page or a
// dump, the parser of ingest to read the cable's fields.
//
//   - bytes.go: byte classes ([IsDigit], [IsLetter], [IsWordByte]),
//     [Atoi], [CutAtRune], [SkipBlanks], [LazySet]; defined here once.
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
// matches) is held to its expression by a test on the test corpus.
package scan
