package shell

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// tablewriterTable is how the shell drew its tables with tablewriter
// before renderBorders: the reference renderBorders is held to.
func tablewriterTable(header []string, cells [][]string, right []bool, box bool) string {
	var out bytes.Buffer
	style := tw.StyleASCII
	if box {
		style = tw.StyleLight
	}
	tbl := tablewriter.NewTable(&out,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(style)})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	aligns := make([]tw.Align, len(header))
	for i := range aligns {
		aligns[i] = tw.AlignLeft
		if right[i] {
			aligns[i] = tw.AlignRight
		}
	}
	tbl.Options(tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}))
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
	}
	tbl.Header(hdr...)
	for _, row := range cells {
		if err := tbl.Append(row); err != nil {
			panic(err)
		}
	}
	if err := tbl.Render(); err != nil {
		panic(err)
	}
	return out.String()
}

// TestBordersAsTablewriter draws random tables both ways: words, empty
// cells, wide runes, bold marks, cells of several lines, no rows.
func TestBordersAsTablewriter(t *testing.T) {
	words := []string{"", "a", "NULL", "12345", "3.5", "Paris", "日本語", "naïve", "two words", boldOn + "bold" + boldOff,
		"x" + boldOn + "y" + boldOff + "z", "line\nbreak", "a\nb\nc", "  padded  ", "…cut", "┌box┐", "-", "|", "+"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		cols := 1 + rng.Intn(4)
		header := make([]string, cols)
		right := make([]bool, cols)
		for i := range header {
			header[i] = words[rng.Intn(len(words))]
			if n%3 != 0 && header[i] == "" {
				header[i] = "col"
			}
			right[i] = rng.Intn(2) == 0
		}
		cells := make([][]string, rng.Intn(4))
		for r := range cells {
			cells[r] = make([]string, cols)
			for i := range cells[r] {
				cells[r][i] = words[rng.Intn(len(words))]
			}
		}
		box := n%2 == 0
		want := tablewriterTable(header, cells, right, box)
		var out bytes.Buffer
		w := bufio.NewWriter(&out)
		b := asciiBorders
		if box {
			b = boxBorders
		}
		renderBorders(w, b, header, cells, right)
		w.Flush()
		if got := out.String(); got != want {
			t.Fatalf("header %q, cells %q, right %v, box %v:\ngot\n%s\nwant\n%s\n(%q)", header, cells, right, box, got, want,
				strings.Join([]string{fmt.Sprint(len(got)), fmt.Sprint(len(want))}, " "))
		}
	}
}
