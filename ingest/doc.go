// Package ingest parses cables into cablesql.Cable values: the second
// stage of reading cables, after package source (ingest/source) has read
// the bytes of a page, a cables.csv row, a text dump, a news site's copy
// or a JSON record into a [source.Document]. It knows nothing of SQL.
//
//	bytes ──source.Read──▶ Document ──Parse──▶ *cablesql.Cable
//
// # Parse: document to cable
//
//   - parse.go: [Parse], step by step: split at the classification line,
//     DTG, level, id, caption, paragraphs.
//   - caption.go, captionkw.go: the caption (caveats, E.O., TAGS, SUBJECT,
//     REF, Classified By), read line by line with scan.ScanLine, and a
//     matcher for its keywords run together on a line.
//   - refs.go ([ParseRefs]), tags.go ([ParseTags]), signer.go: references,
//     TAGS and the signature.
//   - paragraph.go: paragraphs and the transmission furniture dropped
//     between them.
//   - normalize.go ([NormalizeText]), apostrophe.go: the searchable text
//     of a paragraph ("MTCR,s" read as "MTCR's").
//   - fold.go: a fast upper-case search, held to the code it replaces by
//     a test.
//
// # Packages beside it
//
//   - ingest/source: bytes to documents (format detection, one reader per
//     format, decoding, [source.Error]).
//   - ingest/internal/scan: the line landmarks both stages use: the
//     caption's lines (ScanLine), the classification line and levels, the
//     date-time group, reference ids and stations, paragraph numbers and
//     markings, byte classes.
//   - ingest/internal/testcorpus: the test corpus, for tests that hold a
//     fast path to its expression.
package ingest
