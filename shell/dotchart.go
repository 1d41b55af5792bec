package shell

import (
	"context"
	"fmt"
	"os"

	"github.com/cablesql/cablesql/chart"
)

// addChartCommand returns the table of dot-commands with .chart added
// after .export (dotCommands builds the table).
func addChartCommand(cmds []dotCommand) []dotCommand {
	c := dotCommand{".chart", ".chart [heatmap|bars|timeline|map]",
		"draw the last result on the terminal (colour unless NO_COLOR)", (*Shell).dotChart}
	for i, d := range cmds {
		if d.name == ".export" {
			return append(cmds[:i+1], append([]dotCommand{c}, cmds[i+1:]...)...)
		}
	}
	return append(cmds, c)
}

// dotChart draws the last result (as kept for .export) with block
// characters; a heat map is shaded in colour on a terminal unless
// NO_COLOR is set.
func (s *Shell) dotChart(_ context.Context, args []string) error {
	if len(args) > 1 {
		return fmt.Errorf("usage: .chart [heatmap|bars|timeline|map]")
	}
	last := s.last
	if last == nil || !last.Complete {
		return fmt.Errorf("nothing to chart: run a query first (a result of at most %d rows)", defaultKeepRows)
	}
	kind := ""
	if len(args) == 1 {
		kind = args[0]
	}
	c, err := chart.New(kind, "last result", last.Columns, last.Rows)
	if err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("the last result's columns make no chart: want labels and numbers, a month column and a number, or iso2 and a number")
	}
	width := 80
	if s.Width != nil && s.Width() > 0 {
		width = s.Width()
	}
	colour := s.Interactive && s.out == s.Out && os.Getenv("NO_COLOR") == ""
	return c.WriteTerminal(s.out, width, colour)
}
