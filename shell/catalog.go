package shell

import (
	"fmt"
	"io"
	"strings"

	"github.com/cablesql/cablesql/store"
)

var ioEOF = io.EOF

// WriteCatalog lists saved queries with their descriptions and parameters.
func WriteCatalog(w io.Writer, c *store.Catalog) error {
	for _, name := range c.Names() {
		q := c.Queries[name]
		fmt.Fprintf(w, "%s\n    %s\n", q.Name, q.Description)
		for _, p := range q.Params {
			def := "required"
			if p.HasDefault {
				def = fmt.Sprintf("default %q", p.Default)
			}
			fmt.Fprintf(w, "    %s=  %s (%s)\n", p.Name, strings.TrimSpace(p.Description), def)
		}
	}
	return nil
}
