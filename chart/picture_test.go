package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"strings"
	"testing"
)

// spy passes drawing on to a canvas and keeps where each shape with
// data attributes went, by its data, in CSS pixels of the whole picture.
type spy struct {
	canvas
	dy    float64
	shape map[string][4]float64 // x, y, w, h by "row\tcol"
}

func (s *spy) translate(dy float64) { s.dy += dy; s.canvas.translate(dy) }

func (s *spy) rect(class string, x, y, w, h float64, fill color.RGBA, title string, data ...string) {
	if len(data) >= 4 {
		s.shape[data[1]+"\t"+data[3]] = [4]float64{x, y + s.dy, w, h}
	}
	s.canvas.rect(class, x, y, w, h, fill, title, data...)
}

// drawPNG draws c in pixels as WritePicture does, and where its cells
// and bars went.
func drawPNG(t *testing.T, c *Chart) (*raster, *spy) {
	t.Helper()
	r, err := newRaster()
	if err != nil {
		t.Fatal(err)
	}
	s := &spy{canvas: r, shape: map[string][4]float64{}}
	if err := c.draw(titled{s, c.Title}); err != nil {
		t.Fatal(err)
	}
	return r, s
}

// centre is the pixel at the middle of a shape the spy saw.
func (r *raster) centre(b [4]float64) color.RGBA {
	return r.img.RGBAAt(int((b[0]+b[2]/2)*r.scale), int((b[1]+b[3]/2)*r.scale))
}

func luminance(c color.RGBA) float64 {
	return 0.2126*float64(c.R) + 0.7152*float64(c.G) + 0.0722*float64(c.B)
}

// inked counts the pixels darker than mid grey in r (CSS pixels).
func (r *raster) inked(x0, y0, x1, y1 float64) int {
	n := 0
	b := image.Rect(int(x0*r.scale), int(y0*r.scale), int(x1*r.scale), int(y1*r.scale)).Intersect(r.img.Bounds())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if luminance(r.img.RGBAAt(x, y)) < 128 {
				n++
			}
		}
	}
	return n
}

func matrixChart(rows, cols int) *Chart {
	c := &Chart{Kind: Heatmap, Title: "attendance", ValueName: "count"}
	for j := range cols {
		c.Series = append(c.Series, fmt.Sprintf("Conference number %d", j+1))
	}
	for i := range rows {
		c.Labels = append(c.Labels, fmt.Sprintf("Country %d", i+1))
		row := make([]float64, cols)
		for j := range row {
			row[j] = float64(i * j)
		}
		c.Values = append(c.Values, row)
	}
	return c
}

func decodePNG(t *testing.T, c *Chart) image.Image {
	t.Helper()
	var b bytes.Buffer
	if err := c.WritePicture(&b, "png"); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&b)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

func TestHeatmapPNGGrowsWithTheMatrix(t *testing.T) {
	small := decodePNG(t, matrixChart(3, 4)).Bounds()
	wide := decodePNG(t, matrixChart(3, 12)).Bounds()
	tall := decodePNG(t, matrixChart(12, 4)).Bounds()
	if wide.Dx() <= small.Dx() || tall.Dy() <= small.Dy() {
		t.Errorf("3×4 is %v, 3×12 %v, 12×4 %v: want wider with columns, taller with rows", small, wide, tall)
	}
}

func TestHeatmapPNGCellsAndLabels(t *testing.T) {
	c := matrixChart(4, 5)
	r, s := drawPNG(t, c)
	lo := s.shape["Country 1\tConference number 1"] // 0, the least
	hi := s.shape["Country 4\tConference number 5"] // 12, the most
	if lo == ([4]float64{}) || hi == ([4]float64{}) {
		t.Fatalf("cells not drawn: %v", s.shape)
	}
	if lo[1] >= hi[1] || lo[0] >= hi[0] {
		t.Errorf("first label's first cell at %v, not above and left of the last's %v", lo, hi)
	}
	dark, light := r.centre(hi), r.centre(lo)
	if dark != shade(12, 0, 12) || light != shade(0, 0, 12) {
		t.Errorf("cells painted %v and %v, want %v and %v", light, dark, shade(0, 0, 12), shade(12, 0, 12))
	}
	if luminance(dark) >= luminance(light)-50 {
		t.Errorf("the greatest value's cell %v is not darker than the least's %v", dark, light)
	}
	if n := r.inked(0, lo[1], lo[0], lo[1]+lo[3]); n < 20 {
		t.Errorf("%d dark pixels in the row label's gutter left of the first cell", n)
	}
	if n := r.inked(lo[0], lo[1]-60, hi[0]+hi[2]+60, lo[1]); n < 100 {
		t.Errorf("%d dark pixels where the column labels go, above the cells", n)
	}
	if n := r.inked(0, 0, 200, s.dy); n < 50 {
		t.Errorf("%d dark pixels in the title band", n)
	}
}

func TestBarsAndTimelinePNGColours(t *testing.T) {
	bars := &Chart{Kind: Bars, Title: "by country", Labels: []string{"Brazil", "Chile"}, Series: []string{"attended", "urged"},
		Values: [][]float64{{3, 5}, {2, math.NaN()}}, ValueName: "count"}
	r, s := drawPNG(t, bars)
	for key, want := range map[string]color.RGBA{"Brazil\tattended": seriesColor(0), "Brazil\turged": seriesColor(1), "Chile\tattended": seriesColor(0)} {
		if got := r.centre(s.shape[key]); got != want {
			t.Errorf("bar %q painted %v, want %v", key, got, want)
		}
	}
	if _, ok := s.shape["Chile\turged"]; ok {
		t.Errorf("a bar drawn for NULL")
	}
	tl := &Chart{Kind: Timeline, Title: "per month", Labels: []string{"2008-01", "2008-02", Undated}, Series: []string{"n"},
		Values: [][]float64{{4}, {0}, {2}}, ValueName: "n"}
	r, s = drawPNG(t, tl)
	month, none := s.shape["2008-01\t4"], s.shape[Undated+"\t2"]
	if got := r.centre(month); got != blues[6] {
		t.Errorf("month bar painted %v, want %v", got, blues[6])
	}
	if got := r.centre(none); got != undated {
		t.Errorf("undated bar painted %v, want grey %v", got, undated)
	}
	if math.Abs(month[3]-2*none[3]) > 0.01 {
		t.Errorf("bars for 4 and 2 are %v and %v high", month[3], none[3])
	}
}

func TestMapPNGPaintsCountries(t *testing.T) {
	c := &Chart{Kind: Map, Title: "map", Labels: []string{"BR", "FR", "SG"}, Series: []string{"n"},
		Values: [][]float64{{10}, {5}, {1}}, ValueName: "n"}
	r, s := drawPNG(t, c)
	at := func(lon, lat float64) color.RGBA {
		x, y := project([2]float64{lon, lat})
		return r.img.RGBAAt(int(x*r.scale), int((y+s.dy)*r.scale))
	}
	if got, want := at(-51.9, -10.8), shade(10, 0, 10); got != want { // Brazil's middle
		t.Errorf("Brazil painted %v, want %v", got, want)
	}
	if got, want := at(2.5, 46.5), shade(5, 0, 10); got != want {
		t.Errorf("France painted %v, want %v", got, want)
	}
	if got := at(-100, 40); got != noData { // the United States, no value
		t.Errorf("a country without a value painted %v, want %v", got, noData)
	}
	if got := at(-30, 0); got != sea {
		t.Errorf("the Atlantic painted %v, want %v", got, sea)
	}
}

// svgDoc is what a standalone SVG holds, read as XML.
type svgDoc struct {
	texts   map[string]string // text by class: the last one
	classes map[string]int    // elements by class
}

func readSVG(t *testing.T, c *Chart) svgDoc {
	t.Helper()
	var b bytes.Buffer
	if err := c.WritePicture(&b, "svg"); err != nil {
		t.Fatal(err)
	}
	doc := svgDoc{texts: map[string]string{}, classes: map[string]int{}}
	d := xml.NewDecoder(&b)
	class := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return doc
		}
		if err != nil {
			t.Fatalf("not XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			class = ""
			for _, a := range e.Attr {
				if a.Name.Local == "class" {
					class = a.Value
					doc.classes[class]++
				}
			}
		case xml.CharData:
			if class != "" && strings.TrimSpace(string(e)) != "" {
				doc.texts[class] = string(e)
			}
		}
	}
}

func TestSVGStandsAlone(t *testing.T) {
	doc := readSVG(t, matrixChart(4, 5))
	if doc.texts["title"] != "attendance" || doc.classes["cell"] != 20 || doc.classes["row-label"] != 4 || doc.classes["col-label"] != 5 {
		t.Errorf("heat map SVG: title %q, %d cells (want 20), %d row labels, %d column labels", doc.texts["title"],
			doc.classes["cell"], doc.classes["row-label"], doc.classes["col-label"])
	}
	doc = readSVG(t, &Chart{Kind: Map, Title: "map", Labels: []string{"BR"}, Series: []string{"n"}, Values: [][]float64{{1}}, ValueName: "n"})
	if countries, _ := World(); doc.classes["country valued"] != 1 || doc.classes["country"] != len(countries)-2 { // no value for Antarctica
		t.Errorf("map SVG: %d countries with a value, %d without", doc.classes["country valued"], doc.classes["country"])
	}
	var b bytes.Buffer
	if err := (&Chart{Kind: None}).WritePicture(&b, "png"); err == nil {
		t.Errorf("no error drawing a chart of no kind")
	}
}

func TestTicksAndMonthLabels(t *testing.T) {
	for hi, want := range map[float64]string{213: "[0 50 100 150 200 250]", 1: "[0 0.2 0.4 0.6 0.8 1]", 0: "[0 0.2 0.4 0.6 0.8 1]", 7: "[0 2 4 6 8]"} {
		if got := fmt.Sprint(ticks(hi)); got != want {
			t.Errorf("ticks(%g) = %s, want %s", hi, got, want)
		}
	}
	for _, tc := range []struct {
		label string
		every int
		want  string
	}{{"2008-03", 1, "2008-03"}, {"2008-04", 3, "2008-04"}, {"2008-03", 3, ""}, {"2008-01", 12, "2008"},
		{"2008-02", 12, ""}, {"2009-01", 24, ""}, {Undated, 12, Undated}} {
		if got := monthLabel(tc.label, tc.every); got != tc.want {
			t.Errorf("monthLabel(%q, %d) = %q, want %q", tc.label, tc.every, got, tc.want)
		}
	}
}

// fence passes drawing on and reports text drawn outside the picture.
type fence struct {
	canvas
	t          *testing.T
	w, h, dy   float64
	name, kind string
}

func (f *fence) open(w, h float64, kind Kind) { f.w, f.h = w, h; f.canvas.open(w, h, kind) }

func (f *fence) translate(dy float64) { f.dy += dy; f.canvas.translate(dy) }

func (f *fence) text(x, y float64, anchor, class, label string, rotate float64) {
	width, size := f.measure(class, label), textSize(class)
	shift := map[string]float64{"start": 0, "middle": -width / 2, "end": -width}[anchor]
	sin, cos := math.Sincos(rotate * math.Pi / 180)
	for _, p := range [][2]float64{{0, -0.75 * size}, {width, -0.75 * size}, {0, 0.2 * size}, {width, 0.2 * size}} {
		px, py := x+(p[0]+shift)*cos-p[1]*sin, y+f.dy+(p[0]+shift)*sin+p[1]*cos
		if px < -0.5 || py < -0.5 || px > f.w+0.5 || py > f.h+0.5 {
			f.t.Errorf("%s %s: %s %q reaches (%.0f, %.0f), outside %.0f×%.0f", f.name, f.kind, class, label, px, py, f.w, f.h)
			break
		}
	}
	f.canvas.text(x, y, anchor, class, label, rotate)
}

func TestTextInsidePictures(t *testing.T) {
	charts := []*Chart{matrixChart(3, 2), matrixChart(20, 40),
		{Kind: Bars, Title: "a long title for a narrow chart of bars", Labels: []string{"Brazil"}, Series: []string{"attended", "trained", "informed", "urged", "discussed"},
			Values: [][]float64{{1, 2, 3, 4, 5}}, ValueName: "count"},
		{Kind: Timeline, Title: "t", Labels: months("1967-01", "2010-02"), Series: []string{"n"}, ValueName: "activities"},
		{Kind: Map, Title: "m", Labels: []string{"BR", "SG", "HK", "MO", "MT", "MU", "BH", "BB", "BM"}, Series: []string{"n"}, ValueName: "activities per country"},
	}
	charts[3].Labels = append(charts[3].Labels, Undated)
	for _, c := range charts {
		for len(c.Values) < len(c.Labels) {
			c.Values = append(c.Values, []float64{float64(len(c.Values))})
		}
		r, err := newRaster()
		if err != nil {
			t.Fatal(err)
		}
		for name, cv := range map[string]canvas{"svg": &svgWriter{docTitle: c.Title}, "png": r} {
			if err := c.draw(titled{&fence{canvas: cv, t: t, name: name, kind: string(c.Kind)}, c.Title}); err != nil {
				t.Fatal(err)
			}
		}
	}
}
