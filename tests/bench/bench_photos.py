"""Photos benchmark: cold and warm build of posts with phone-sized photos.

    .venv/bin/python tests/bench/bench_photos.py [--photos 200] [--size 4000x3000]

Generates N phone-like JPEGs (EXIF orientation 6 on every other one, GPS data),
one post each, then builds the site twice with the photos plugin: with an
empty derivative cache (cold) and again with the cache kept (warm). Prints
wall times, the bytes of the originals and of what a phone downloads.
"""

import argparse
import io
import shutil
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _conftest():
    """tests/conftest.py (its ``post`` and ``run_pelican``), loaded from its file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tests_conftest", ROOT / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TESTS = _conftest()
post, run_pelican = _TESTS.post, _TESTS.run_pelican


def phone_photo(index, width, height):
    """A noisy gradient (compresses like a photo), stored rotated half of the time."""
    noise = Image.effect_noise((width, height), 40)
    base = Image.linear_gradient("L").resize((width, height))
    image = Image.merge("RGB", (noise, base, Image.blend(noise, base, 0.5)))
    exif = Image.Exif()
    exif[0x0112] = 6 if index % 2 else 1
    exif[0x8825] = {1: "N", 2: (16.0, 3.0, float(index % 60)), 3: "E", 4: (108.0, 12.0, 5.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--size", default="4000x3000")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    work = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    content = work / "content"
    (content / "images").mkdir(parents=True)
    (content / "posts").mkdir()
    start = time.perf_counter()
    originals = 0
    for n in range(args.photos):
        data = phone_photo(n, width, height)
        originals += len(data)
        (content / "images" / f"anh-{n:03d}.jpg").write_bytes(data)
        day = 1 + n % 28
        (content / "posts" / f"bai-{n:03d}.md").write_text(post(
            f"Bài có ảnh số {n:03d}", date=f"{day:02d}/{1 + n // 28 % 12:02d}/2025 08:00",
            image=f"images/anh-{n:03d}.jpg", image_alt=f"Ảnh số {n}"), encoding="utf-8")
    print(f"generated {args.photos} photos of {width}x{height} in {time.perf_counter() - start:.1f} s, "
          f"{originals / 1e6:.1f} MB")
    settings = {"CACHE_PATH": str(work / "cache"), "PLUGINS": ["vietnamese", "front_matter", "news_lists",
                                                                 "photos", "theme_assets"]}
    for label in ("cold", "warm"):
        output = work / f"out-{label}"
        start = time.perf_counter()
        run_pelican(content, output, **settings)
        print(f"{label} build: {time.perf_counter() - start:.1f} s")
    media = list((work / "out-warm" / "media").iterdir())
    phone = sum(p.stat().st_size for p in media if p.name.endswith("-960.webp"))
    print(f"originals {originals / 1e6:.1f} MB; the 960 px WebP a phone fetches: {phone / 1e6:.1f} MB "
          f"({100 * phone / originals:.1f}% of the originals); all derivatives "
          f"{sum(p.stat().st_size for p in media) / 1e6:.1f} MB")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
