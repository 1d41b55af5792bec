package chart

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// world.tsv holds Natural Earth's 1:110m admin-0 country shapes (public
// domain), as the npm package world-atlas 2.0.2 ships them (ISC), keyed
// by ISO 3166-1 alpha-2; scripts/worldmap.js made it. See docs/pictures.md.
//
//go:embed world.tsv
var worldTSV string

// Country is one country's shape: rings of (longitude, latitude) points.
type Country struct {
	ISO2, Name string
	Rings      [][][2]float64
}

var (
	worldOnce sync.Once
	world     []Country
	worldAt   map[string]int
)

// World returns the countries the map can draw, by ISO code.
func World() ([]Country, map[string]int) {
	worldOnce.Do(func() {
		worldAt = map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(worldTSV), "\n") {
			f := strings.SplitN(line, "\t", 3)
			c := Country{ISO2: f[0], Name: f[1]}
			for _, ring := range strings.Split(f[2], ";") {
				var pts [][2]float64
				for _, p := range strings.Fields(ring) {
					x, y, _ := strings.Cut(p, ",")
					lon, _ := strconv.ParseFloat(x, 64)
					lat, _ := strconv.ParseFloat(y, 64)
					pts = append(pts, [2]float64{lon, lat})
				}
				c.Rings = append(c.Rings, pts)
			}
			worldAt[c.ISO2] = len(world)
			world = append(world, c)
		}
	})
	return world, worldAt
}
