"""Bytes of a saved legacy page -> clean Unicode text.

Legacy portals were saved over many years by many tools, so the same folder can
hold UTF-8 (with or without BOM), UTF-16 from "Save as Unicode", Windows-1258
from old desktop editors, and decomposed Vietnamese (base letter + combining
tone mark) from Mac copy-paste. Everything leaves this module as NFC text with
ordinary spaces, so the extraction rules only ever see one spelling of a word.
"""

import codecs
import html
import logging
import re
import unicodedata

logger = logging.getLogger(__name__)

# Letters that only Vietnamese uses; counting them tells a right guess of the
# encoding from a wrong one (a wrong one yields Latin-1 look-alikes such as "Ã¡").
_VI_LETTERS = set(
    "ăâđêôơưĂÂĐÊÔƠƯ"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
)
# UTF-8 bytes of Vietnamese letters read as Windows-1252: a lead byte shown as
# Ã/Ä/Æ/á followed by a continuation byte shown as a Latin-1 or cp1252 symbol.
_MOJIBAKE = re.compile(
    "[ÃÄÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_TONES = set("\u0300\u0301\u0303\u0309\u0323")
_FOREIGN = set("ÞþðÐßæÆøØåÅäÄëËïÏöÖüÜÿŸñÑçÇšŠžŽœŒ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿×÷")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)

# Spaces that web pages and word processors put where a plain space belongs.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
# Characters that are invisible and carry nothing: zero-width, BOM, soft hyphen,
# bidi marks, and C0/C1 controls other than newline.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e"
                        "\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ENTITY = re.compile(r"&(nbsp|amp|quot|lt|gt|apos|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def _syllable_ok(word: str) -> bool:
    """Whether a word could be one Vietnamese syllable as far as its marks go.

    One tone mark at most, and at most one marked vowel (except the "ươ" pair):
    Windows-1258 read as Windows-1252 gives "Hôòi" for "Hội", which fails both.
    """
    if any(ch in _FOREIGN for ch in word):
        return False
    decomposed = unicodedata.normalize("NFD", word)
    if sum(1 for ch in decomposed if ch in _TONES) > 1:
        return False
    marked = []
    for ch in word:
        parts = unicodedata.normalize("NFD", ch)
        if parts[0].lower() in "aeiouy" and len(parts) > 1:
            marked.append(parts)
        elif unicodedata.combining(parts[0]):
            return False  # a mark that could not join a letter
    if len(marked) <= 1:
        return True
    return len(marked) == 2 and marked[0][0].lower() == "u" and marked[1][0].lower() == "o" and all(
        "\u031b" in m for m in marked)


def vietnamese_score(text: str) -> float:
    """How much ``text`` reads like Vietnamese: share of words with valid marks, minus bad ones."""
    words = re.findall(r"[^\W\d_]+", text[:20000])
    if not words:
        return 0.0
    good = bad = 0
    for word in words:
        if word.isascii():
            continue
        if _syllable_ok(word) and any(ch in _VI_LETTERS for ch in word):
            good += 1
        else:
            bad += 1
    bad += len(_MOJIBAKE.findall(text[:20000])) + text.count("\ufffd")
    return (good - 3 * bad) / len(words)


def _bom_decode(data: bytes) -> str | None:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    # ASCII-heavy UTF-16 has a NUL in every other byte; nothing else we meet does.
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return data.decode("utf-16-le", errors="replace")
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return data.decode("utf-16-be", errors="replace")
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was once read as Windows-1252 and saved again ("Ä‘" for "đ")."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return repaired if vietnamese_score(repaired) > vietnamese_score(text) else text


def decode_bytes(data: bytes) -> str:
    """Decode a legacy page whatever its encoding; returns NFC text with clean spaces.

    Order of evidence: a byte-order mark, UTF-16 without BOM, UTF-8 (``as_utf8``), then
    the legacy single-byte code pages (the declared charset of an HTML page first),
    the one that reads most like Vietnamese winning.
    """
    if not data:
        return ""
    text = _bom_decode(data) or _utf16_without_bom(data)
    if text is None:
        utf8 = as_utf8(data)
        text = _repair_mojibake(utf8) if utf8 is not None else _decode_legacy(data)
    return normalize_text(text)


def as_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8, or None when its bytes are not UTF-8.

    Bytes that decode as UTF-8 are UTF-8 whatever charset the page declares: a
    ``<meta charset=windows-1252>`` left by an old template is no evidence against them.
    A stored copy cut short in the middle of a letter's bytes is still UTF-8: the
    incomplete letter at its very end is dropped.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            try:
                return data[: error.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def _decode_legacy(data: bytes) -> str:
    candidates = []
    declared = _declared_charset(data)
    for codec in (declared, "cp1258", "cp1252", "latin-1"):
        if codec and codec not in candidates and not codec.startswith("utf"):
            candidates.append(codec)
    try:
        # charset-normalizer knows many more code pages; only a fallback because it
        # cannot tell Windows-1258 from Windows-1252 on short Vietnamese pages.
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding not in candidates:
            candidates.append(best.encoding)
    except ImportError:  # pragma: no cover - optional dependency
        logger.debug("charset-normalizer not installed; using built-in code pages only")
    best_text, best_score = None, float("-inf")
    for codec in candidates:
        try:
            decoded = unicodedata.normalize("NFC", data.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
        score = vietnamese_score(decoded)
        if score > best_score:
            best_text, best_score = decoded, score
    if best_text is None:
        best_text = data.decode("latin-1")
    return best_text


def mhtml_parts(data: bytes) -> tuple[str, str | None] | None:
    """HTML and address of a single-file saved page (.mht/.mhtml), or None if not one.

    Browsers store the page as a MIME message: the first text/html part is the page,
    and "Snapshot-Content-Location"/"Content-Location" is where it was saved from.
    """
    import email
    from email import policy

    head = data[:3000].lower()
    if b"mime-version" not in head and b"content-type: multipart/related" not in head:
        return None
    message = email.message_from_bytes(data, policy=policy.compat32)
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True) or b""
        charset = part.get_content_charset()
        text = None
        if charset and as_utf8(payload) is None:   # bytes that are UTF-8 are read as UTF-8
            try:
                text = normalize_text(payload.decode(charset))
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text = decode_bytes(payload)
        url = url or part.get("Content-Location")
        url = url.strip() if url and url.strip().startswith(("http://", "https://")) else None
        return text, url
    return None


def normalize_text(text: str) -> str:
    """NFC, one kind of newline, odd spaces made plain, invisible characters dropped. A line break a CMS stored
    as its escape, typed out ("trồng gần\\r\\n100 cây"), is a line break too; a quotation mark it stored escaped
    ('ra quân \\"Ngày thứ 7 …\\"') is the mark."""
    text = text.replace("\\r\\n", "\n")   # the escape typed out, backslashes and all
    text = text.replace('\\"', '"')
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    # Invisible characters go first: one between a letter and its tone mark would
    # otherwise keep the pair from composing.
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", text)


def unescape_entities(text: str) -> str:
    """Entities a copy-paste left in a plain-text page ("&nbsp;", "&amp;"), decoded once.

    Called once per text page; HTML pages are decoded by their parser, so a line is
    never decoded twice ("&amp;lt;" stays "&lt;").
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def clean_line(line: str) -> str:
    """One line of page text: NFC, odd spaces made plain and collapsed."""
    line = normalize_text(line)
    return " ".join(line.split())


# What a saved file that is not a page starts with: (signature, what it is, for the report).
_SIGNATURES = (
    (b"%PDF", "một tệp PDF"), (b"\x89PNG", "một ảnh PNG"), (b"\xff\xd8\xff", "một ảnh JPEG"),
    (b"GIF8", "một ảnh GIF"), (b"BM", "một ảnh BMP"), (b"RIFF", "một tệp ảnh hoặc âm thanh"),
    (b"ID3", "một tệp âm thanh"), (b"PK\x03\x04", "một tệp nén hoặc tài liệu Word/Excel"),
    (b"\xd0\xcf\x11\xe0", "một tài liệu Word/Excel đời cũ"), (b"Rar!", "một tệp nén RAR"),
    (b"\x1f\x8b", "một tệp nén"), (b"7z\xbc\xaf", "một tệp nén 7z"), (b"\x7fELF", "một chương trình"),
    (b"MZ", "một chương trình"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def unreadable(data: bytes) -> str | None:
    """Why ``data`` is not a page at all (empty, a photo, a PDF, random bytes), or None.

    Text in any encoding the importer reads has no control bytes; UTF-16 (with or
    without a byte-order mark) is recognised first because it is full of zero bytes.
    """
    if not data.strip():
        return "tệp rỗng"
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            return f"đây là {what}, không phải trang web"
    if (_bom_decode(data) or _utf16_without_bom(data)) is not None:
        return None
    sample = data[:20000]
    if len(_CONTROL_BYTES.findall(sample)) > max(2, len(sample) // 100):
        return "tệp nhị phân, không phải văn bản"
    return None


def fold(text: str) -> str:
    """Lower-case, accent-free spelling used to match labels ("Lượt xem" -> "luot xem").

    Works character by character so positions in the folded text are the positions
    in the original, which lets callers cut the original at a folded match.
    """
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch
        if unicodedata.combining(base):
            base = " "
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)
