package ingest

import (
	"io"

	"github.com/cablesql/cablesql/ingest/source"
)

// The names below keep the tests of package extract building: they read
// cables through ingest.Read and name ingest.Document and the formats,
// and extract/ is changed on another branch. New code uses package
// source; these go once extract's tests do.

// Document is [source.Document], the input of [Parse].
type Document = source.Document

// Read is [source.Read].
func Read(name string, r io.Reader, fn func(*Document, error) error) error {
	return source.Read(name, r, fn)
}

// The formats of [source.Detect].
const (
	FormatHTML      = source.FormatHTML
	FormatCablesCSV = source.FormatCablesCSV
	FormatText      = source.FormatText
	FormatNewsSite  = source.FormatNewsSite
)
