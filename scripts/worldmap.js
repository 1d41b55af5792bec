// worldmap.js writes chart/world.tsv, the country shapes the world map
// draws, from the npm packages world-atlas 2.0.2 (Natural Earth 1:110m
// admin-0 countries as TopoJSON, ISC licence; the shapes are Natural
// Earth's, public domain) and i18n-iso-countries 7.14.0 (MIT), whose
// codes.json maps the TopoJSON's ISO 3166-1 numeric ids to alpha-2.
//
//   npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0   (then untar both)
//   node scripts/worldmap.js WORLD_ATLAS_DIR I18N_DIR > chart/world.tsv
//
// Each line: iso2, name, then the rings, ";" between rings, each ring
// "lon,lat lon,lat ..." in degrees rounded to 0.1, consecutive repeats
// dropped. N. Cyprus and Somaliland, which have no ISO code, are left out;
// Kosovo is XK.
const [atlasDir, i18nDir] = process.argv.slice(2);
const topo = require(atlasDir + "/countries-110m.json");
const codes = require(i18nDir + "/codes.json");
const alpha2 = Object.fromEntries(codes.map(c => [c[2], c[0]]));
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const r = v => Math.round(v * 10) / 10;
function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  // A ring crossing the antimeridian (Russia, Fiji) jumps from 180 to
  // -180: unwrap it into one continuous ring, and draw it twice, shifted
  // by 360 degrees, so that each side shows its part.
  let shift = 0;
  const un = pts.map(([x, y], i) => {
    if (i > 0) {
      const d = x + shift - (pts[i - 1][0] + prevShift);
      if (d > 180) shift -= 360; else if (d < -180) shift += 360;
    }
    prevShift = shift;
    return [x + shift, y];
  });
  prevShift = 0;
  const xs = un.map(p => p[0]);
  const copies = [0];
  if (Math.max(...xs) > 180) copies.push(-360);
  if (Math.min(...xs) < -180) copies.push(360);
  return copies.map(dx => fmt(un.map(([x, y]) => [x + dx, y]))).filter(Boolean);
}
let prevShift = 0;
function fmt(pts) {
  const out = [];
  for (const [x, y] of pts) {
    const s = r(x) + "," + r(y);
    if (out[out.length - 1] !== s) out.push(s);
  }
  return out.length >= 4 ? out.join(" ") : null;
}
const lines = [];
for (const g of topo.objects.countries.geometries) {
  const iso = g.id ? alpha2[g.id] : (g.properties.name === "Kosovo" ? "XK" : null);
  if (!iso) continue;
  const polys = g.type === "Polygon" ? [g.arcs] : g.arcs;
  const rings = polys.flatMap(p => p.flatMap(ring));
  lines.push([iso, g.properties.name, rings.join(";")].join("\t"));
}
lines.sort();
process.stdout.write(lines.join("\n") + "\n");
