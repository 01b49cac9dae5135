"""Attached files: checked against their extension, their text read for search.

- ``sniff(data, extension)``: whether the bytes are what the extension says
  (PDF ``%PDF-``; DOCX, XLSX and ODT a zip holding the member that format
  must have; DOC and XLS the OLE compound-file header);
- ``extract_text(data, extension)``: the words of a PDF (PDFium through
  pypdfium2: its text layer), DOCX (python-docx), XLSX (openpyxl) or ODT (its ``content.xml``);
  DOC and XLS give none (no maintained pure-Python reader);
- ``TextCache``: those texts kept under ``CACHE_PATH/van_ban/text/`` by the
  SHA-256 of the file's bytes, so an unchanged file is never read twice.

The files themselves are never rewritten: Pelican's static generator publishes
``content/files/`` byte for byte.
"""

import hashlib
import io
import json
import logging
import os
import zipfile
from xml.etree import ElementTree

from vietnamese.vietnamese import nfc

# Bump when extraction changes: cached texts of an older version are read again.
EXTRACTOR_VERSION = "2"  # 2: PDFs read by PDFium (pypdfium2) instead of pypdf

FORMATS = {
    "pdf": ("PDF", "application/pdf"),
    "doc": ("DOC", "application/msword"),
    "docx": ("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xls": ("XLS", "application/vnd.ms-excel"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("ODT", "application/vnd.oasis.opendocument.text"),
}
OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MEMBER = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "odt": "content.xml"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# openpyxl logs every oddity of a file it still reads well.
for _name in ("openpyxl",):
    logging.getLogger(_name).setLevel(logging.ERROR)


class UnreadableFile(ValueError):
    """The file's bytes cannot be read as its format."""


def extension_of(path):
    return os.path.splitext(path)[1].lower().lstrip(".")


def sniff(data, extension):
    """True when ``data`` looks like a file of ``extension`` (pdf, docx…)."""
    if extension == "pdf":
        return data[:1024].lstrip(b"\x00\t\r\n ").startswith(b"%PDF-")
    if extension in ("doc", "xls"):
        return data.startswith(OLE_HEADER)
    if extension in ZIP_MEMBER:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if ZIP_MEMBER[extension] not in names:
                    return False
                return extension != "odt" or archive.read("mimetype").strip() == ODT_MIMETYPE
        except (zipfile.BadZipFile, KeyError, OSError):
            return False
    return False


def _pdf_text(data):
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)  # PDFium tries the empty password itself
    except Exception as error:  # PdfiumError for a damaged or locked file, and its kin
        raise UnreadableFile(str(error) or type(error).__name__) from error
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            pages.append(text_page.get_text_range())
            text_page.close()
            page.close()
    except Exception as error:
        raise UnreadableFile(str(error) or type(error).__name__) from error
    finally:
        document.close()
    # PDFium marks a line-end hyphenation and some breaks with control characters.
    return "\n".join(pages).translate(_CONTROLS)


_CONTROLS = {code: " " for code in (*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)}


def _docx_text(data):
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several kinds on a damaged file
        raise UnreadableFile(str(error) or type(error).__name__) from error
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _xlsx_text(data):
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several kinds on a damaged file
        raise UnreadableFile(str(error) or type(error).__name__) from error
    try:
        return "\n".join(" ".join(str(v) for v in row if v is not None)
                         for sheet in book.worksheets for row in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def _odt_text(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise UnreadableFile(str(error)) from error
    return " ".join(" ".join(root.itertext()).split())


EXTRACTORS = {"pdf": _pdf_text, "docx": _docx_text, "xlsx": _xlsx_text, "odt": _odt_text}


def extract_text(data, extension):
    """Plain text (NFC, spaces collapsed) of a file; "" for formats without a reader."""
    extractor = EXTRACTORS.get(extension)
    if extractor is None:
        return ""
    return " ".join(nfc(extractor(data)).split())


def digest(data):
    return hashlib.sha256(data).hexdigest()


class TextCache:
    """Extracted texts under ``folder``, one JSON file per file hash."""

    def __init__(self, folder):
        self.folder = folder

    def _path(self, key):
        return os.path.join(self.folder, key[:2], f"{key}.json")

    def get(self, key):
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        return entry if entry.get("version") == EXTRACTOR_VERSION else None

    def put(self, key, entry):
        path = self._path(key)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({**entry, "version": EXTRACTOR_VERSION}, handle, ensure_ascii=False)
        os.replace(temporary, path)


def load(path, extension, cache=None):
    """Everything the build needs of one file: ``{"size", "sha256", "ok" (the
    bytes match the extension), "text", "error"}``; the sniffing and the text
    come from ``cache`` when a file with the same bytes was read before."""
    with open(path, "rb") as handle:
        data = handle.read()
    key = digest(data)
    entry = cache.get(f"{key}-{extension}") if cache else None
    if entry is None:
        entry = {"ok": sniff(data, extension), "text": "", "error": ""}
        if entry["ok"]:
            try:
                entry["text"] = extract_text(data, extension)
            except UnreadableFile as error:
                entry["error"] = str(error)[:200] or "unreadable"
        if cache:
            cache.put(f"{key}-{extension}", entry)
    return {**entry, "size": len(data), "sha256": key}
