package chart

import (
	"bufio"
	"fmt"
	"io"
)

// pageStyle is the page's only style sheet, inline: the page fetches
// nothing, and its Content-Security-Policy forbids it to.
const pageStyle = `body{font:14px/1.4 sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em;margin:0 0 .3em}
p.meta{color:#666;margin:0 0 1em}
figure{margin:0 0 1.5em;overflow-x:auto}
svg text{fill:#222}
svg .cell:hover,svg .bar:hover,svg .country:hover{stroke:#d62728;stroke-width:2}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #ddd;padding:2px 6px;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.null{color:#999;font-style:italic}
tr:nth-child(even) td{background:#fafafa}`

// WriteHTML writes one self-contained page: the title, the chart (none
// when c is nil) and the result as a table. format renders a non-NULL
// value; NULL shows as null.
func WriteHTML(w io.Writer, title string, cols []string, rows [][]any, c *Chart, format func(any) string, null string) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>%s</style>
</head><body>
<h1>%s</h1>
<p class="meta">%d rows, %d columns`, esc(title), pageStyle, esc(title), len(rows), len(cols))
	if c != nil {
		fmt.Fprintf(b, "; %s chart (hover for values)", c.Kind)
	}
	b.WriteString("</p>\n")
	if c != nil {
		b.WriteString("<figure>\n")
		if err := c.WriteSVG(b); err != nil {
			return err
		}
		b.WriteString("</figure>\n")
	}
	writeTable(b, cols, rows, format, null)
	b.WriteString("</body></html>\n")
	return b.Flush()
}

func writeTable(b *bufio.Writer, cols []string, rows [][]any, format func(any) string, null string) {
	b.WriteString(`<table class="result"><thead><tr>`)
	for _, c := range cols {
		fmt.Fprintf(b, "<th>%s</th>", esc(c))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, v := range r {
			switch v.(type) {
			case nil:
				fmt.Fprintf(b, `<td class="null">%s</td>`, esc(null))
			case int64, float64:
				fmt.Fprintf(b, `<td class="num">%s</td>`, esc(format(v)))
			default:
				fmt.Fprintf(b, "<td>%s</td>", esc(format(v)))
			}
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}
