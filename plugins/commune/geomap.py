"""Pure core of the administrative map: village boundaries (GeoJSON) drawn as SVG shapes.

Nothing here imports Pelican.  ``read_boundaries(text, path)`` checks a GeoJSON
FeatureCollection of Polygon / MultiPolygon features in longitude/latitude
(WGS 84, EPSG:4326, as RFC 7946 requires) and returns ``Boundary`` records;
``draw(boundaries, width)`` projects them (equirectangular around the mean
latitude: for a commune of a few kilometres the distortion is invisible) into an
SVG coordinate box and returns a ``MapDrawing`` whose shapes carry the path
data and a label position inside each village.  The template writes the SVG.
"""

import json
import math
import re
from dataclasses import dataclass, field

from front_matter.rules import ContentProblem
from vietnamese.vietnamese import fold, nfc

NAME_KEYS = ("name", "ten", "tên", "NAME", "Name", "TEN")
GEOJSON_FIX = ("lưu lại ranh giới thôn bằng định dạng GeoJSON (FeatureCollection, toạ độ kinh độ/vĩ độ "
               "WGS 84), ví dụ xuất từ geojson.io hoặc QGIS")


@dataclass
class Boundary:
    name: str
    rings: list  # [[(lon, lat), …], …] outer rings (holes ignored: villages rarely have them)
    line: int = 1


@dataclass
class Shape:
    name: str
    d: str  # SVG path data
    label_x: float
    label_y: float
    label_lines: list = field(default_factory=list)
    url: str = ""  # the village's page, set when paired with the data
    title: str = ""  # "Thôn Đông Sơn"


@dataclass
class MapDrawing:
    width: int
    height: int
    shapes: list


def _line_of(text, needle):
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _ring(coords):
    if not isinstance(coords, list) or len(coords) < 4:
        return None
    ring = []
    for point in coords:
        if (not isinstance(point, list) or len(point) < 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in point[:2])):
            return None
        lon, lat = float(point[0]), float(point[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            return None
        ring.append((lon, lat))
    return ring


def read_boundaries(text, path):
    """``(boundaries, problems)`` of a GeoJSON text (every problem names ``path`` and a line)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        return [], [ContentProblem(path, err.lineno, f"tệp bản đồ không phải JSON hợp lệ ({err.msg})", GEOJSON_FIX)]
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        return [], [ContentProblem(path, 1, "tệp bản đồ không phải GeoJSON FeatureCollection", GEOJSON_FIX)]
    boundaries, problems = [], []
    for index, feature in enumerate(data["features"], start=1):
        props = feature.get("properties") if isinstance(feature, dict) else None
        name = next((props[k] for k in NAME_KEYS if isinstance(props, dict) and isinstance(props.get(k), str)), "")
        name = nfc(name).strip()
        line = _line_of(text, json.dumps(name, ensure_ascii=False)) if name else 1
        where = f"vùng thứ {index}" + (f" («{name}»)" if name else "")
        if not name:
            problems.append(ContentProblem(path, line, f"{where} không có tên thôn trong properties",
                                           'thêm "name": "Tên thôn" vào properties của vùng này'))
            continue
        geometry = feature.get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else None
        rings = []
        for polygon in polygons if isinstance(polygons, list) else []:
            ring = _ring(polygon[0]) if isinstance(polygon, list) and polygon else None
            if ring is None:
                rings = None
                break
            rings.append(ring)
        if not rings:
            problems.append(ContentProblem(
                path, line, f"{where}: ranh giới phải là Polygon hoặc MultiPolygon với toạ độ [kinh độ, vĩ độ] "
                f"(nhận được {kind or 'không có geometry'})",
                "vẽ lại vùng này dạng đa giác khép kín; toạ độ theo WGS 84 (EPSG:4326), kinh độ trước, vĩ độ sau"))
            continue
        boundaries.append(Boundary(name, rings, line))
    seen = {}
    for boundary in boundaries:
        key = fold(boundary.name)
        if key in seen:
            problems.append(ContentProblem(path, boundary.line, f"thôn «{boundary.name}» có hai vùng trong bản đồ "
                                           f"(dòng {seen[key]} và dòng {boundary.line})",
                                           "gộp thành một vùng MultiPolygon hoặc xoá vùng thừa"))
        seen.setdefault(key, boundary.line)
    return boundaries, problems


def _area_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*ring)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area / 2, cx / (3 * area), cy / (3 * area)


def _crossings(ring, y):
    xs = []
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 <= y < y1) or (y1 <= y < y0):
            xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def label_point(ring):
    """A point well inside ``ring``: its centroid when inside, else the middle of
    the widest inside stretch of the horizontal line through it."""
    _, cx, cy = _area_centroid(ring)
    xs = _crossings(ring, cy)
    spans = list(zip(xs[0::2], xs[1::2]))
    if any(a <= cx <= b for a, b in spans) or not spans:
        # nudge toward the middle of the span that holds it, away from a close edge
        for a, b in spans:
            if a <= cx <= b:
                return (cx + (a + b) / 2) / 2, cy
        return cx, cy
    a, b = max(spans, key=lambda s: s[1] - s[0])
    return (a + b) / 2, cy


def wrap_label(name, width=12):
    """Long names on two lines ("Túy Loan" / "Đông") so they fit a small village."""
    if len(name) <= width or " " not in name:
        return [name]
    words = name.split()
    best = min(range(1, len(words)),
               key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]


def draw(boundaries, width=400, margin=8):
    """Project ``boundaries`` into a ``width``-wide SVG box (height follows the shape)."""
    points = [p for b in boundaries for ring in b.rings for p in ring]
    min_lon, max_lon = min(p[0] for p in points), max(p[0] for p in points)
    min_lat, max_lat = min(p[1] for p in points), max(p[1] for p in points)
    kx = math.cos(math.radians((min_lat + max_lat) / 2))
    span_x = max((max_lon - min_lon) * kx, 1e-9)
    span_y = max(max_lat - min_lat, 1e-9)
    scale = (width - 2 * margin) / span_x
    height = round(span_y * scale + 2 * margin)

    def project(lon, lat):
        return margin + (lon - min_lon) * kx * scale, margin + (max_lat - lat) * scale

    shapes = []
    for boundary in boundaries:
        projected = [[project(lon, lat) for lon, lat in ring] for ring in boundary.rings]
        d = " ".join(
            "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in _dedupe(ring)) + " Z" for ring in projected
        )
        biggest = max(projected, key=lambda r: abs(_area_centroid(r)[0]))
        x, y = label_point(biggest)
        shapes.append(Shape(boundary.name, d, round(x, 1), round(y, 1), wrap_label(boundary.name)))
    return MapDrawing(width, height, shapes)


def _dedupe(ring):
    out = []
    for x, y in ring:
        point = (round(x, 1), round(y, 1))
        if not out or out[-1] != point:
            out.append(point)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def match_villages(boundaries, villages, path, data_path):
    """Pair map shapes with villages by name (with or without diacritics, "Thôn"
    prefix allowed).  ``(pairs, problems, warnings)``: a shape naming no village
    is a problem; a village without a shape is a warning (it stays in the list)."""
    by_key = {}
    for village in villages:
        for key in (fold(village.name), fold(village.title)):
            by_key.setdefault(key, village)
    pairs, problems, warnings, drawn = [], [], [], set()
    for boundary in boundaries:
        village = by_key.get(fold(re.sub(r"\s+", " ", boundary.name)))
        if village is None:
            problems.append(ContentProblem(
                path, boundary.line, f"vùng «{boundary.name}» trên bản đồ không có trong danh sách thôn của {data_path}",
                f"sửa tên vùng cho đúng tên thôn trong {data_path} (mục villages), hoặc thêm thôn đó vào danh sách"))
            continue
        pairs.append((boundary, village))
        drawn.add(village.slug)
    for village in villages:
        if village.slug not in drawn:
            warnings.append(ContentProblem(
                data_path, village.line, f"{village.title} chưa có ranh giới trong tệp bản đồ {path}",
                f"vẽ thêm vùng có \"name\": \"{village.name}\" trong {path}; trong lúc chờ, thôn chỉ hiện trong danh sách"))
    return pairs, problems, warnings
