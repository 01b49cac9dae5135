"""Documents benchmark: text extraction of N attached PDFs, cold and warm, and the build.

    .venv/bin/python tests/bench/bench_documents.py [-n 500] [--pages 3]

Generates N PDFs of ``--pages`` pages of Vietnamese text (fpdf2, the tracked
DejaVu Sans subset), one document entry each, then measures:

1. text extraction alone, as the build runs it (``attachments.load`` over
   ``workers.fork_map``, one process per core): cold (empty cache under
   CACHE_PATH/van_ban/text) and warm (every text cached: each file is still
   read and hashed);
2. the whole site build (search index off) cold and warm with that cache.
"""

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name, path):
    """A module of tests/ loaded from its file (tests/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


post, run_pelican = (lambda m: (m.post, m.run_pelican))(_load("tests_conftest", ROOT / "tests" / "conftest.py"))
document_md, pdf_bytes = (lambda m: (m.document_md, m.pdf_bytes))(_load("document_files", ROOT / "tests" / "document_files.py"))

SENTENCES = [
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp các đoàn thể tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    "Ban công tác Mặt trận thôn vận động nhân dân đóng góp xây dựng đường giao thông nông thôn.",
    "Quỹ Vì người nghèo hỗ trợ sửa chữa nhà ở cho các hộ có hoàn cảnh khó khăn trên địa bàn.",
    "Ban Giám sát đầu tư của cộng đồng theo dõi tiến độ và chất lượng công trình kênh mương nội đồng.",
    "Hội nghị lấy ý kiến nhân dân về dự thảo quy chế dân chủ ở cơ sở diễn ra sôi nổi, thẳng thắn.",
]


def make_pdf(index, pages):
    paragraphs = []
    for page in range(pages):
        paragraphs.append(f"Mục {page + 1}. Văn bản thứ {index}: từ riêng tukhoa{index}.")
        paragraphs.extend(SENTENCES[(index + k) % len(SENTENCES)] for k in range(12))
    return pdf_bytes(*paragraphs, title=f"KẾ HOẠCH SỐ {index}/KH-MTTQ")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500)
    parser.add_argument("--pages", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    content, cache = work / "content", work / "cache"
    try:
        (content / "posts").mkdir(parents=True)
        (content / "posts" / "tin.md").write_text(post("Tin một", date="01/01/2024"), encoding="utf-8")
        t0 = time.perf_counter()
        total = 0
        for i in range(1, args.n + 1):
            data = make_pdf(i, args.pages)
            total += len(data)
            rel = f"files/van-ban/{i:04d}-kh-mttq.pdf"
            (content / rel).parent.mkdir(parents=True, exist_ok=True)
            (content / rel).write_bytes(data)
            md = content / "van-ban" / f"{i:04d}.md"
            md.parent.mkdir(parents=True, exist_ok=True)
            md.write_text(document_md(f"{i}/KH-MTTQ", ngay_ban_hanh=f"{(i % 28) + 1:02d}/{(i % 12) + 1:02d}/2024",
                                      trich_yeu=f"Kế hoạch số {i}", tep=rel), encoding="utf-8")
        print(f"{args.n} PDFs of {args.pages} pages, {total / args.n / 1024:.1f} KB each, made in "
              f"{time.perf_counter() - t0:.1f} s; {os.cpu_count()} CPU(s)")

        from van_ban import attachments
        from portal_core.workers import fork_map

        items = sorted(str(p) for p in (content / "files" / "van-ban").glob("*.pdf"))
        text_cache = attachments.TextCache(str(cache / "van_ban" / "text"))
        for label in ("cold", "warm"):
            t0 = time.perf_counter()
            entries = fork_map(lambda path: attachments.load(path, "pdf", text_cache), items, 0)
            seconds = time.perf_counter() - t0
            assert all(e["text"] for e in entries)
            print(f"extraction {label}: {seconds:.2f} s ({seconds / len(items) * 1000:.1f} ms per PDF)")
        shutil.rmtree(cache)
        for label in ("build cold", "build warm"):
            t0 = time.perf_counter()
            run_pelican(content, work / "output", CACHE_PATH=str(cache), SEARCH_INDEX={"enabled": False},
                        PORTAL_BUILD_DATE="01/01/2025")
            print(f"{label}: {time.perf_counter() - t0:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
