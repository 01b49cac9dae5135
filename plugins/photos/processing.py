"""Pure core of the photos plugin: check a source image and make its derivatives.

No Pelican here: ``derive`` takes a file and the options and returns a
``Derived`` record (or raises ``PhotoError``); files are written to a cache
folder keyed on the source's content hash and the options, so an unchanged
photo costs a hash and a directory look-up on the next build.
"""

import hashlib
import io
import json
import os
import threading
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageOps, UnidentifiedImageError

CACHE_VERSION = 1


class PhotoError(ValueError):
    """A source image the build refuses, with an officer-readable message and fix."""

    def __init__(self, message, fix):
        super().__init__(message)
        self.message = message
        self.fix = fix


@dataclass
class Variant:
    name: str  # file name inside the cache / media folder
    width: int
    height: int
    mime: str
    length: int


@dataclass
class Derived:
    """Every file made from one source image."""

    width: int  # of the largest responsive variant
    height: int
    webp: list = field(default_factory=list)  # Variants, narrowest first
    jpeg: list = field(default_factory=list)  # fallback (PNG when the source has alpha)
    og: Variant = None
    thumb_webp: Variant = None
    thumb_fallback: Variant = None
    original: Variant = None


def options_key(options):
    return json.dumps({k: options[k] for k in sorted(options) if k != "cache_dir"}, sort_keys=True)


def source_digest(data, options):
    return hashlib.sha256(data + options_key(options).encode() + bytes([CACHE_VERSION])).hexdigest()[:12]


def open_checked(data, max_pixels):
    """Open and fully decode ``data``; refuse what is not a sound, sane image."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            width, height = probe.size
            if width * height > max_pixels:
                raise PhotoError(
                    f"ảnh quá lớn ({width}×{height} điểm ảnh, giới hạn {max_pixels:,} điểm ảnh)".replace(",", "."),
                    "thu nhỏ ảnh xuống dưới 8000 điểm ảnh mỗi chiều trước khi đưa lên",
                )
            probe.load()
            return probe
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError(
            "ảnh quá lớn, có thể là tệp độc hại (decompression bomb)",
            "thu nhỏ ảnh xuống dưới 8000 điểm ảnh mỗi chiều trước khi đưa lên",
        ) from None
    except UnidentifiedImageError:
        raise PhotoError(
            "tệp này không phải là ảnh (dù tên tệp có đuôi ảnh)",
            "mở tệp kiểm tra lại, rồi lưu ảnh thật ở dạng .jpg hoặc .png",
        ) from None
    except (OSError, SyntaxError, ValueError) as err:
        raise PhotoError(
            f"tệp ảnh bị hỏng hoặc chưa chép hết ({err})",
            "chép lại ảnh từ máy ảnh hoặc điện thoại, hoặc lưu lại bằng phần mềm xem ảnh",
        ) from None


def _clean(image):
    """Pixels only: EXIF, GPS, XMP, IPTC, ICC and comments stay behind."""
    image.info = {}
    return image


def _has_alpha(image):
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def _save(image, fmt, path, options):
    buffer = io.BytesIO()
    _clean(image)
    if fmt == "WEBP":
        image.save(buffer, "WEBP", quality=options["webp_quality"], method=4)
    elif fmt == "PNG":
        image.save(buffer, "PNG", optimize=True)
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=options["jpeg_quality"], optimize=True, progressive=True)
    data = buffer.getvalue()
    _write_atomically(path, data)
    return len(data)


def _write_atomically(path, data):
    """Write ``path`` through a temporary name of its own: a preview and a publish
    sharing the cache may derive the same photo at the same time."""
    temporary = f"{path}.{os.getpid()}-{threading.get_ident()}.tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, path)


def _resized(image, width):
    if width >= image.width:
        return image.copy()
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def derive(source_path, stem, options):
    """Check ``source_path`` and make (or reuse from the cache) its derivatives."""
    with open(source_path, "rb") as handle:
        data = handle.read()
    digest = source_digest(data, options)
    cache_dir = options["cache_dir"]
    os.makedirs(cache_dir, exist_ok=True)
    record_path = os.path.join(cache_dir, f"{stem}-{digest}.json")
    if os.path.exists(record_path):
        with open(record_path, encoding="utf-8") as handle:
            cached = _from_record(json.load(handle))
        if all(os.path.exists(os.path.join(cache_dir, name)) for name in all_files(cached)):
            return cached

    image = open_checked(data, options["max_pixels"])
    image = ImageOps.exif_transpose(image)
    alpha = _has_alpha(image)
    image = image.convert("RGBA" if alpha else "RGB")
    fallback_fmt, fallback_ext, fallback_mime = ("PNG", "png", "image/png") if alpha else ("JPEG", "jpg", "image/jpeg")

    def make(img, suffix, fmt, ext, mime):
        name = f"{stem}-{digest}-{suffix}.{ext}"
        length = _save(img, fmt, os.path.join(cache_dir, name), options)
        return Variant(name, img.width, img.height, mime, length)

    widths = sorted({min(w, image.width) for w in options["widths"]})
    derived = Derived(width=0, height=0)
    for width in widths:
        scaled = _resized(image, width)
        derived.webp.append(make(scaled, str(width), "WEBP", "webp", "image/webp"))
        derived.jpeg.append(make(scaled, str(width), fallback_fmt, fallback_ext, fallback_mime))
    derived.width, derived.height = derived.jpeg[-1].width, derived.jpeg[-1].height
    og = _resized(image, min(options["og_width"], image.width))
    derived.og = make(og, "og", "JPEG", "jpg", "image/jpeg")
    thumb_w, thumb_h = options["thumb_size"]
    thumb = ImageOps.fit(image, (thumb_w, thumb_h), Image.Resampling.LANCZOS)
    derived.thumb_webp = make(thumb, "thumb", "WEBP", "webp", "image/webp")
    derived.thumb_fallback = make(thumb, "thumb", fallback_fmt, fallback_ext, fallback_mime)
    if options["publish_originals"]:
        derived.original = make(image, "original", fallback_fmt, fallback_ext, fallback_mime)
    _write_atomically(record_path, json.dumps(_to_record(derived)).encode("utf-8"))
    return derived


def _to_record(derived):
    def variant(v):
        return v and vars(v)

    return {
        "width": derived.width, "height": derived.height,
        "webp": [vars(v) for v in derived.webp], "jpeg": [vars(v) for v in derived.jpeg],
        "og": variant(derived.og), "thumb_webp": variant(derived.thumb_webp),
        "thumb_fallback": variant(derived.thumb_fallback), "original": variant(derived.original),
    }


def _from_record(record):
    def variant(v):
        return Variant(**v) if v else None

    return Derived(
        width=record["width"], height=record["height"],
        webp=[Variant(**v) for v in record["webp"]], jpeg=[Variant(**v) for v in record["jpeg"]],
        og=variant(record["og"]), thumb_webp=variant(record["thumb_webp"]),
        thumb_fallback=variant(record["thumb_fallback"]), original=variant(record["original"]),
    )


def all_files(derived):
    """Every cache file name a page using this image needs."""
    files = [v.name for v in derived.webp + derived.jpeg]
    files += [v.name for v in (derived.og, derived.thumb_webp, derived.thumb_fallback, derived.original) if v]
    return files
