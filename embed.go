package cablesql

import (
	"embed"
	"io/fs"
)

// Schema is the DDL of the store, the single source of truth for its tables.
//
//go:embed schema.sql
var Schema string

//go:embed queries/*.sql
var queriesFS embed.FS

// Queries returns the built-in saved queries: one or more `-- name:` headed
// statements per .sql file.
func Queries() fs.FS {
	sub, err := fs.Sub(queriesFS, "queries")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// SampleName is the display name of the bundled sample cable.
const SampleName = "sample/09STATE111693.scoop.txt"

// Sample is the bundled sample: cable 09STATE111693 as re-published by a
// news site, ingested into memory when no database is given.
//
//go:embed sample/09STATE111693.scoop.txt
var Sample []byte
