package shell

import (
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// extensions maps a file extension (lower case, with its dot) to the
// format written to a file of that name. A format added elsewhere claims
// its extensions with RegisterExtension.
var (
	extMu      sync.RWMutex
	extensions = map[string]string{
		".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".json": "json",
		".md": "markdown", ".markdown": "markdown", ".txt": "table",
		".html": "html", ".htm": "html", ".svg": "svg", ".png": "png",
		".xlsx": "xlsx", ".parquet": "parquet",
	}
)

// RegisterExtension says that a file whose name ends in ext (".xlsx")
// is written in format.
func RegisterExtension(ext, format string) {
	extMu.Lock()
	defer extMu.Unlock()
	extensions[strings.ToLower(ext)] = format
}

// FormatForFile returns the format a file's extension claims, and false
// when no format claims it (or the name has no extension).
func FormatForFile(name string) (string, bool) {
	extMu.RLock()
	defer extMu.RUnlock()
	f, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// Extensions returns the extensions formats claim, for messages.
func Extensions() []string {
	extMu.RLock()
	defer extMu.RUnlock()
	out := make([]string, 0, len(extensions))
	for e := range extensions {
		out = append(out, e)
	}
	sort.Strings(out)
	return out
}
