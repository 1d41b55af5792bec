package shell

import (
	"path/filepath"
	"sort"
	"strings"
)

// extensions maps a file extension (lower case, with its dot) to the
// format written to a file of that name.
var extensions = map[string]string{
	".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json",
	".md": "markdown", ".markdown": "markdown", ".txt": "table",
	".html": "html", ".htm": "html", ".svg": "svg", ".png": "png",
	".xlsx": "xlsx", ".parquet": "parquet",
}

// FormatForFile returns the format a file's extension claims, and false
// when no format claims it (or the name has no extension).
func FormatForFile(name string) (string, bool) {
	f, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// Extensions returns the extensions formats claim, for messages.
func Extensions() []string {
	out := make([]string, 0, len(extensions))
	for e := range extensions {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}
