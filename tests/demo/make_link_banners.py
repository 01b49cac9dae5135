"""Make the demo portal's link banners: content/images/lien-ket/*.png.

Invented, plain banners (a coloured band, a star, the portal's name) standing in
for the banners a commune would get from the portals it links to.  Needs Pillow
and the DejaVu fonts (Debian: fonts-dejavu-core).

    python tests/demo/make_link_banners.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "content" / "images" / "lien-ket"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BANNERS = {
    "dich-vu-cong-quoc-gia.png": ("CỔNG DỊCH VỤ CÔNG QUỐC GIA", "dichvucong.gov.vn", (11, 79, 156)),
    "mat-tran-to-quoc-viet-nam.png": ("MẶT TRẬN TỔ QUỐC VIỆT NAM", "mattran.org.vn", (165, 14, 21)),
}


def star(draw, cx, cy, r, fill):
    import math

    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    draw.polygon(points, fill=fill)


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, (title, host, colour) in BANNERS.items():
        image = Image.new("RGB", (600, 150), colour)
        draw = ImageDraw.Draw(image)
        draw.ellipse((20, 20, 130, 130), fill=(255, 221, 0))
        star(draw, 75, 78, 45, colour)
        draw.text((150, 40), title, font=ImageFont.truetype(FONT, 23), fill="white")
        draw.text((150, 88), host, font=ImageFont.truetype(FONT, 22), fill=(255, 221, 0))
        image.save(TARGET / name, optimize=True)
        print(f"wrote {(TARGET / name).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
