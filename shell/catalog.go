package shell

import (
	"context"
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

func (s *Shell) dotQueries(_ context.Context, _ []string) error {
	if s.Catalog == nil {
		return fmt.Errorf("no saved queries")
	}
	return WriteCatalog(s.out, s.Catalog)
}

func (s *Shell) dotRun(ctx context.Context, args []string) error {
	if s.Catalog == nil {
		return fmt.Errorf("no saved queries")
	}
	if len(args) == 0 {
		return fmt.Errorf("usage: .run NAME [param=value ...]")
	}
	q, err := s.Catalog.Lookup(args[0])
	if err != nil {
		return err
	}
	params, err := ParseParams(args[1:])
	if err != nil {
		return err
	}
	bound, err := q.Bind(params)
	if err != nil {
		return err
	}
	return s.Exec(ctx, q.SQL, bound...)
}

// ParseParams reads name=value arguments.
func ParseParams(args []string) (map[string]string, error) {
	params := map[string]string{}
	for _, a := range args {
		name, value, ok := strings.Cut(a, "=")
		if !ok || name == "" {
			return nil, fmt.Errorf("parameter %q: want name=value", a)
		}
		params[name] = value
	}
	return params, nil
}
