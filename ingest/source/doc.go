// Package source reads cables as they are published (WikiLeaks cable
// pages, cables.csv, plain-text dumps, news-site re-publications, JSON)
// into [Document] values: bytes to documents, the first stage of ingest.
// Package ingest parses a Document into a cable. Adding a format touches
// only this package.
//
//   - document.go: [Document], [Meta], the Format names, [Detect] (the
//     format from the first 16 KB) and [Read] (the reader for that format).
//   - html.go: cable pages (the Cable Viewer's metadata table and <pre>
//     blocks, other pages holding a cable), read with the tokenizer of
//     golang.org/x/net/html, which splits markup as browsers do (the raw
//     text of scripts and styles, comments, quoted attributes, entities).
//   - csv.go: cables.csv, streamed row by row (backslash escapes; why it
//     is not encoding/csv is in readCablesCSV's comment).
//   - text.go: plain-text cables and text dumps of many cables.
//   - news.go: news sites' re-publications of a cable.
//   - json.go: JSON lines, arrays and JSONP of cable records.
//   - notcable.go: why a text file is not a cable (a table, Markdown, CSV
//     without cable text), for the user's message.
//   - decode.go: text encodings (UTF-8, UTF-16 and Windows-1252 through
//     golang.org/x/text), line ends, bounded reads, digests.
//   - dates.go: dates as publishers write them (time stamps, cables.csv's
//     dates).
//   - error.go, errors.go: [Error] ("file:line: msg"), which the parser
//     returns too, and the sentinel for an unknown format.
//
// The readers tell where a cable starts in a page or a dump by the
// landmarks of ingest/internal/scan (the classification line, the DTG,
// reference ids, paragraph numbers), which the parser reads too.
package source
