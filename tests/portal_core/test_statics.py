"""Attachments are copied again only when they changed (portal_core/lifecycle/statics.py).

Real builds of a small site with an attachment under ``files/``: the copy
carries its source's modification time, a rebuild leaves an unchanged copy
alone, and a file replaced by another — even one with an older date and the
same size, which Pelican's own ``STATIC_CHECK_IF_MODIFIED`` test would miss — is
published.  Pelican's functions that the check wraps are pinned by digest.
"""

import hashlib
import inspect
import os

from conftest import post, run_pelican, write_files

from portal_core.lifecycle import statics

# The source of the Pelican functions statics.py wraps, as read when it was written (Pelican 4.12).
# When this changes: re-read them against statics.py, adapt it, then record the new digest here.
READ_SOURCE_DIGEST = "dacf07539ba14b08"

ATTACHMENT = "files/bieu-mau/don-de-nghi.pdf"
OLD = b"%PDF-1.4\n% Don de nghi ho tro, mau cu\n%%EOF\n"
NEW = b"%PDF-1.4\n% Don de nghi ho tro, mau moi\n%%EOF\n"  # the same size as OLD
A_LONG_TIME_AGO = 978_307_200 * 10**9  # 01/01/2001, in nanoseconds


def _read_source():
    from pelican.generators import StaticGenerator

    functions = {name: statics._ORIGINALS.get(name) or getattr(StaticGenerator, name)
                 for name in ("_file_update_required", "_copy_staticfile", "generate_output")}
    return "\n".join(f"{name}\n{inspect.getsource(function)}" for name, function in sorted(functions.items()))


def test_pelicans_static_functions_are_the_ones_read():
    digest = hashlib.blake2b(_read_source().encode("utf-8"), digest_size=8).hexdigest()
    assert digest == READ_SOURCE_DIGEST, (
        "Pelican's static file functions changed: re-read them against "
        "portal_core/lifecycle/statics.py, then record the new digest " + digest)


def _site(tmp_path):
    content, output, cache = tmp_path / "content", tmp_path / "output", tmp_path / "cache"
    write_files(content, {"posts/2024/hop.md": post("Hội nghị Ban Thường trực Ủy ban MTTQ xã"),
                          ATTACHMENT: OLD})
    return content, output, cache


def _build(content, output, cache):
    run_pelican(content, output, CACHE_PATH=str(cache))


def _add_post(content, number):
    # Something else changes too, so the build is not skipped as a whole by its stamp.
    write_files(content, {f"posts/2024/them-{number}.md": post(f"Tin bổ sung số {number} của Ban Thường trực")})


def test_an_unchanged_attachment_is_not_copied_again(tmp_path):
    content, output, cache = _site(tmp_path)
    _build(content, output, cache)
    copy, source = output / ATTACHMENT, content / ATTACHMENT
    assert copy.read_bytes() == OLD
    assert copy.stat().st_mtime_ns == source.stat().st_mtime_ns
    first = copy.stat()

    _add_post(content, 1)
    _build(content, output, cache)
    assert any("Tin bổ sung số 1" in page.read_text(encoding="utf-8") for page in output.rglob("*.html"))
    again = copy.stat()
    assert (again.st_ino, again.st_ctime_ns) == (first.st_ino, first.st_ctime_ns), "copied again"
    assert copy.read_bytes() == OLD


def test_an_attachment_replaced_by_an_older_file_of_the_same_size_is_published(tmp_path):
    content, output, cache = _site(tmp_path)
    _build(content, output, cache)
    source = content / ATTACHMENT
    source.write_bytes(NEW)
    os.utime(source, ns=(A_LONG_TIME_AGO, A_LONG_TIME_AGO))  # as a copy on Windows keeps the file's date
    _build(content, output, cache)
    assert (output / ATTACHMENT).read_bytes() == NEW
    assert (output / ATTACHMENT).stat().st_mtime_ns == A_LONG_TIME_AGO


def test_a_copy_changed_in_the_output_is_put_back(tmp_path):
    content, output, cache = _site(tmp_path)
    _build(content, output, cache)
    (output / ATTACHMENT).write_bytes(b"hong")
    _add_post(content, 2)
    _build(content, output, cache)
    assert (output / ATTACHMENT).read_bytes() == OLD


def test_pelicans_own_check_is_left_to_pelican_when_it_is_set(tmp_path):
    # STATIC_CHECK_IF_MODIFIED on: Pelican's "source is newer" rule decides, as documented by Pelican
    # (the older file of the same size is not copied: the very case statics.py exists for).
    content, output, cache = _site(tmp_path)
    run_pelican(content, output, CACHE_PATH=str(cache), STATIC_CHECK_IF_MODIFIED=True)
    source = content / ATTACHMENT
    source.write_bytes(NEW)
    os.utime(source, ns=(A_LONG_TIME_AGO, A_LONG_TIME_AGO))
    _add_post(content, 3)
    run_pelican(content, output, CACHE_PATH=str(cache), STATIC_CHECK_IF_MODIFIED=True)
    assert (output / ATTACHMENT).read_bytes() == OLD
