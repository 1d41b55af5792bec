// Package ingest reads cables as they are published (WikiLeaks cable pages,
// cables.csv, plain-text dumps, news-site re-publications, JSON) and parses
// them into cablesql.Cable values. It knows nothing of SQL.
//
// A cable goes through two stages, [Read] then [Parse]:
//
//	bytes ──Read──▶ Document ──Parse──▶ *cablesql.Cable
//
// # Sources: bytes to documents
//
//   - document.go: [Document], [Meta], the Format names, [Detect] (the
//     format from the first 16 KB) and [Read] (the reader for that format).
//   - html.go: cable pages (the Cable Viewer's metadata table and <pre>
//     blocks, other pages holding a cable).
//   - csv.go: cables.csv, streamed row by row (backslash escapes; why it
//     is not encoding/csv is in readCablesCSV's comment).
//   - text.go: plain-text cables and text dumps of many cables.
//   - news.go: news sites' re-publications of a cable.
//   - json.go: JSON lines, arrays and JSONP of cable records.
//   - notcable.go: why a text file is not a cable (a table, Markdown, CSV
//     without cable text), for the user's message.
//   - decode.go: text encodings (UTF-8, UTF-16 and Windows-1252 through
//     golang.org/x/text), line ends, bounded reads, digests.
//   - dates.go: dates as cables and publishers write them (DTG months and
//     years, publishers' time stamps, cables.csv's dates).
//
// # Parse: document to cable
//
//   - parse.go: [Parse], step by step: split at the classification line,
//     DTG, level, id, caption, paragraphs.
//   - header.go: the classification line, the date-time group, precedence
//     and levels ([NormalizeLevel]).
//   - caption.go, captionkw.go: the caption (caveats, E.O., TAGS, SUBJECT,
//     REF, Classified By) and a hand-written matcher for its keywords.
//   - id.go: reference ids ([CanonicalID]) and stations.
//   - refs.go ([ParseRefs]), tags.go ([ParseTags]), signer.go: references,
//     TAGS and the signature.
//   - paragraph.go: paragraphs, their numbers and markings, and the
//     transmission furniture dropped between them.
//   - normalize.go ([NormalizeText]), apostrophe.go: the searchable text
//     of a paragraph ("MTCR,s" read as "MTCR's").
//
// # Shared
//
//   - error.go, errors.go: [Error] ("file:line: msg"), the
//     sentinel for an unknown format.
//   - ascii.go: byte classes and atoi.
//   - linere.go, fold.go: fast paths for line expressions and upper-case
//     search, each held to the code it replaces by a test.
//
// The readers use a few of the parser's landmarks (findClassLine, findDTG,
// CanonicalID, paraStart, splitRefsColumn) to tell where a cable starts
// in a page or a dump; that is why the two stages are still one package.
package ingest
