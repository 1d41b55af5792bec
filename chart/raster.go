package chart

import (
	"image"
	"image/color"
	"math"
	"sync"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// maxPixels bounds a PNG: pictures are drawn at twice their CSS size, for
// sharp text on slides, unless that makes more pixels than this.
const maxPixels = 12e6

// sans is Liberation Sans (metrically Arial, the sans-serif the HTML page
// is usually shown in), parsed on the first picture drawn in pixels: the
// parse is not paid by a process that draws none.
var sans struct {
	once sync.Once
	font *sfnt.Font
	err  error
}

func sansFont() (*sfnt.Font, error) {
	sans.once.Do(func() { sans.font, sans.err = sfnt.Parse(liberationsansregular.TTF) })
	return sans.font, sans.err
}

// raster is a canvas of pixels: shapes and glyph outlines are filled
// through golang.org/x/image/vector, anti-aliased, each in a mask the
// size of its bounds.
type raster struct {
	img    *image.RGBA
	scale  float64 // pixels per CSS pixel
	dy     float64 // translate's offset, in CSS pixels
	z      vector.Rasterizer
	off    image.Point // the mask's place in img
	font   *sfnt.Font
	buf    sfnt.Buffer
	drawOK bool // the mask is inside img
}

func newRaster() (*raster, error) {
	f, err := sansFont()
	if err != nil {
		return nil, err
	}
	return &raster{font: f}, nil
}

func (r *raster) open(w, h float64, _ Kind) {
	r.scale = math.Max(1, math.Min(2, math.Sqrt(maxPixels/(w*h))))
	r.img = image.NewRGBA(image.Rect(0, 0, int(math.Ceil(w*r.scale)), int(math.Ceil(h*r.scale))))
	r.img.Pix[0] = 0xff
	for n := 1; n < len(r.img.Pix); n *= 2 {
		copy(r.img.Pix[n:], r.img.Pix[:n])
	}
}

func (r *raster) translate(dy float64) { r.dy += dy }

// dev is the pixel position of CSS point (x, y).
func (r *raster) dev(x, y float64) (float64, float64) { return x * r.scale, (y + r.dy) * r.scale }

// begin starts a mask over the pixels from (x0, y0) to (x1, y1), cut to
// the image.
func (r *raster) begin(x0, y0, x1, y1 float64) {
	b := image.Rect(int(math.Floor(x0))-1, int(math.Floor(y0))-1, int(math.Ceil(x1))+1, int(math.Ceil(y1))+1).Intersect(r.img.Bounds())
	r.drawOK = !b.Empty()
	if !r.drawOK {
		return
	}
	r.off = b.Min
	r.z.Reset(b.Dx(), b.Dy())
}

// The path in pixels of img: begin's mask is offset.
func (r *raster) moveTo(x, y float64) {
	r.z.MoveTo(float32(x-float64(r.off.X)), float32(y-float64(r.off.Y)))
}

func (r *raster) lineTo(x, y float64) {
	r.z.LineTo(float32(x-float64(r.off.X)), float32(y-float64(r.off.Y)))
}

// fill paints the mask's path in c.
func (r *raster) fill(c color.RGBA) {
	if !r.drawOK {
		return
	}
	r.z.Draw(r.img, image.Rectangle{Min: r.off, Max: r.off.Add(r.z.Size())}, image.NewUniform(c), image.Point{})
}

// rect fills the rectangle straight into img, each edge pixel by the
// part of it covered: the same as the rasterizer's anti-aliasing, without
// a mask as large as the rectangle.
func (r *raster) rect(_ string, x, y, w, h float64, fill color.RGBA, _ string, _ ...string) {
	x0, y0 := r.dev(x, y)
	x1, y1 := r.dev(x+w, y+h)
	b := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(r.img.Bounds())
	for py := b.Min.Y; py < b.Max.Y; py++ {
		cy := math.Min(y1, float64(py+1)) - math.Max(y0, float64(py))
		row := r.img.Pix[r.img.PixOffset(0, py):]
		for px := b.Min.X; px < b.Max.X; px++ {
			a := cy * (math.Min(x1, float64(px+1)) - math.Max(x0, float64(px)))
			i := 4 * px
			if a >= 1 {
				row[i], row[i+1], row[i+2] = fill.R, fill.G, fill.B
				continue
			}
			row[i] = blend(row[i], fill.R, a)
			row[i+1] = blend(row[i+1], fill.G, a)
			row[i+2] = blend(row[i+2], fill.B, a)
		}
	}
}

// blend is dst covered to a (0 to 1) by the opaque src.
func blend(dst, src uint8, a float64) uint8 {
	return uint8(math.Round(float64(dst) + (float64(src)-float64(dst))*a))
}

// segment adds a band width pixels wide along (x0, y0)-(x1, y1) to the
// mask, always wound the same way so that bands overlapping add up.
func (r *raster) segment(x0, y0, x1, y1, width float64) {
	dx, dy := x1-x0, y1-y0
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*width/2, dx/l*width/2
	r.moveTo(x0+nx, y0+ny)
	r.lineTo(x1+nx, y1+ny)
	r.lineTo(x1-nx, y1-ny)
	r.lineTo(x0-nx, y0-ny)
	r.z.ClosePath()
}

func (r *raster) line(class string, x1, y1, x2, y2 float64, stroke color.RGBA) {
	switch { // upright lines are rectangles
	case x1 == x2:
		r.rect(class, x1-0.5, math.Min(y1, y2), 1, math.Abs(y2-y1), stroke, "")
		return
	case y1 == y2:
		r.rect(class, math.Min(x1, x2), y1-0.5, math.Abs(x2-x1), 1, stroke, "")
		return
	}
	ax, ay := r.dev(x1, y1)
	bx, by := r.dev(x2, y2)
	w := r.scale
	r.begin(math.Min(ax, bx)-w, math.Min(ay, by)-w, math.Max(ax, bx)+w, math.Max(ay, by)+w)
	if r.drawOK {
		r.segment(ax, ay, bx, by, w)
		r.fill(stroke)
	}
}

func (r *raster) polygon(_ string, rings [][][2]float64, fill color.RGBA, _ string, _ ...string) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	dev := make([][][2]float64, len(rings))
	for i, ring := range rings {
		dev[i] = make([][2]float64, len(ring))
		for j, p := range ring {
			x, y := r.dev(p[0], p[1])
			dev[i][j] = [2]float64{x, y}
			x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
		}
	}
	if len(dev) == 0 {
		return
	}
	r.begin(x0, y0, x1, y1)
	if !r.drawOK {
		return
	}
	for _, ring := range dev {
		for j, p := range ring {
			if j == 0 {
				r.moveTo(p[0], p[1])
			} else {
				r.lineTo(p[0], p[1])
			}
		}
		r.z.ClosePath()
	}
	r.fill(fill)
	r.begin(x0-r.scale, y0-r.scale, x1+r.scale, y1+r.scale)
	for _, ring := range dev {
		for j, p := range ring {
			q := ring[(j+1)%len(ring)]
			r.segment(p[0], p[1], q[0], q[1], 0.5*r.scale)
		}
	}
	r.fill(white)
}

// placed is a glyph and where its origin is along the baseline.
type placed struct {
	g   sfnt.GlyphIndex
	pen float64
}

// layout places label's glyphs at ppem, kerned, and returns how far the
// pen moved.
func (r *raster) layout(label string, ppem fixed.Int26_6) ([]placed, float64) {
	var glyphs []placed
	pen, prev := 0.0, sfnt.GlyphIndex(0)
	for _, ru := range label {
		g, err := r.font.GlyphIndex(&r.buf, ru)
		if err != nil {
			continue
		}
		if k, err := r.font.Kern(&r.buf, prev, g, ppem, font.HintingNone); err == nil && prev != 0 {
			pen += float64(k) / 64
		}
		glyphs = append(glyphs, placed{g, pen})
		if adv, err := r.font.GlyphAdvance(&r.buf, g, ppem, font.HintingNone); err == nil {
			pen += float64(adv) / 64
		}
		prev = g
	}
	return glyphs, pen
}

func (r *raster) measure(class, label string) float64 {
	_, w := r.layout(clipClass(class, label), fixed.Int26_6(math.Round(textSize(class)*64)))
	return w
}

// text fills the glyphs' outlines, rotated about the anchor.
func (r *raster) text(x, y float64, anchor, class, label string, rotate float64) {
	size := textSize(class) * r.scale
	ppem := fixed.Int26_6(math.Round(size * 64))
	glyphs, pen := r.layout(clipClass(class, label), ppem)
	shift := 0.0
	switch anchor {
	case "middle":
		shift = -pen / 2
	case "end":
		shift = -pen
	}
	ox, oy := r.dev(x, y)
	sin, cos := math.Sincos(rotate * math.Pi / 180)
	at := func(px, py float64) (float64, float64) {
		px += shift
		return ox + px*cos - py*sin, oy + px*sin + py*cos
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [][2]float64{{0, -size}, {pen, -size}, {0, size / 3}, {pen, size / 3}} {
		cx, cy := at(p[0], p[1])
		x0, y0, x1, y1 = math.Min(x0, cx), math.Min(y0, cy), math.Max(x1, cx), math.Max(y1, cy)
	}
	r.begin(x0, y0, x1, y1)
	if !r.drawOK {
		return
	}
	for _, g := range glyphs {
		r.glyph(g.g, ppem, func(px, py float64) (float64, float64) { return at(g.pen+px, py) })
	}
	r.fill(ink)
}

// glyph adds glyph g's outline at ppem, placed by at, to the mask.
func (r *raster) glyph(g sfnt.GlyphIndex, ppem fixed.Int26_6, at func(x, y float64) (float64, float64)) {
	segs, err := r.font.LoadGlyph(&r.buf, g, ppem, nil)
	if err != nil {
		return
	}
	pt := func(p fixed.Point26_6) (float32, float32) {
		x, y := at(float64(p.X)/64, float64(p.Y)/64)
		return float32(x - float64(r.off.X)), float32(y - float64(r.off.Y))
	}
	open := false
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				r.z.ClosePath()
			}
			r.z.MoveTo(pt(s.Args[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			r.z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			bx, by := pt(s.Args[0])
			cx, cy := pt(s.Args[1])
			r.z.QuadTo(bx, by, cx, cy)
		case sfnt.SegmentOpCubeTo:
			bx, by := pt(s.Args[0])
			cx, cy := pt(s.Args[1])
			dx, dy := pt(s.Args[2])
			r.z.CubeTo(bx, by, cx, cy, dx, dy)
		}
	}
	if open {
		r.z.ClosePath()
	}
}
