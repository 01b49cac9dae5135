"""Make the demo portal's village boundaries: content/commune/ban-do.geojson.

The eight villages of the demo xã Hòa Phong get plausible, invented boundaries:
the commune's outline is cut into one Voronoi cell per village centre (clipping
by half-planes), the edges are split into short pieces and the whole plane is
warped by a smooth wave so borders look drawn by hand, not ruled.  The warp is
a function of the position only, so a border shared by two villages stays one
line.  Deterministic: the same file every run.  Not real administrative data.

    python tests/demo/make_village_boundaries.py
"""

import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "content" / "commune" / "ban-do.geojson"
LAT0 = 15.995  # cos(latitude) makes one unit of x as long as one unit of y
KX = math.cos(math.radians(LAT0))

# The commune's outline (longitude, latitude), clockwise from the north-west.
OUTLINE = [
    (108.083, 16.018), (108.101, 16.024), (108.118, 16.021), (108.134, 16.026), (108.147, 16.017),
    (108.151, 16.001), (108.146, 15.986), (108.133, 15.974), (108.114, 15.969), (108.097, 15.973),
    (108.084, 15.982), (108.078, 15.999),
]
# Village centres (invented, roughly where such villages could lie).
CENTRES = {
    "Túy Loan Tây": (108.101, 16.014),
    "Túy Loan Đông": (108.126, 16.016),
    "Dương Lâm 1": (108.118, 16.001),
    "Dương Lâm 2": (108.138, 16.004),
    "Cẩm Toại": (108.089, 15.996),
    "Đông Sơn": (108.103, 15.985),
    "Đồng Lâm": (108.127, 15.985),
    "Đại Bình": (108.117, 15.974),
}


def to_plane(point):
    return (point[0] * KX, point[1])


def to_lonlat(point):
    return (point[0] / KX, point[1])


def clip(polygon, keep):
    """Sutherland–Hodgman: the part of ``polygon`` where ``keep(p) >= 0`` (a half-plane)."""
    out = []
    for a, b in zip(polygon, polygon[1:] + polygon[:1]):
        fa, fb = keep(a), keep(b)
        if fa >= 0:
            out.append(a)
        if (fa >= 0) != (fb >= 0):
            t = fa / (fa - fb)
            out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return out


def cell(name, outline, centres):
    polygon = outline
    s = centres[name]
    for other, o in centres.items():
        if other == name:
            continue
        mid = ((s[0] + o[0]) / 2, (s[1] + o[1]) / 2)
        normal = (s[0] - o[0], s[1] - o[1])
        polygon = clip(polygon, lambda p, mid=mid, n=normal: (p[0] - mid[0]) * n[0] + (p[1] - mid[1]) * n[1])
    return polygon


def densify(polygon, step=0.0012):
    out = []
    for a, b in zip(polygon, polygon[1:] + polygon[:1]):
        n = max(1, round(math.dist(a, b) / step))
        out.extend((a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(n))
    return out


def warp(point, amplitude=0.0009):
    x, y = point
    return (x + amplitude * math.sin(y * 900 + 1.3) + amplitude * 0.5 * math.sin(x * 1700),
            y + amplitude * math.cos(x * 800 + 0.7) + amplitude * 0.5 * math.cos(y * 1500))


def ring(polygon):
    points = [to_lonlat(warp(p)) for p in densify(polygon)]
    points = [[round(lon, 6), round(lat, 6)] for lon, lat in points]
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))
    if area < 0:  # RFC 7946: outer rings counter-clockwise
        points.reverse()
    return points + [points[0]]


def main():
    outline = [to_plane(p) for p in OUTLINE]
    centres = {name: to_plane(p) for name, p in CENTRES.items()}
    features = [
        {"type": "Feature", "properties": {"name": name},
         "geometry": {"type": "Polygon", "coordinates": [ring(cell(name, outline, centres))]}}
        for name in CENTRES
    ]
    data = {"type": "FeatureCollection", "features": features}
    # One feature per line block, coordinates on one line each: small and diff-able.
    lines = ['{"type": "FeatureCollection", "features": [']
    for index, feature in enumerate(features):
        comma = "," if index < len(features) - 1 else ""
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")) + comma)
    lines.append("]}")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert json.loads(TARGET.read_text(encoding="utf-8")) == data
    print(f"wrote {TARGET.relative_to(ROOT)}: {len(features)} villages")


if __name__ == "__main__":
    main()
