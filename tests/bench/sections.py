"""The portal's other sections for the build benchmark, in proportion to N posts.

``generate(dest, n)`` writes, beside ``corpus.py``'s posts, what a commune's
portal also holds, so that a benchmark build runs every plugin with data:

- ``van-ban/``: one document per ``POSTS_PER_DOCUMENT`` posts, each with a
  small one-page PDF under ``files/van-ban/`` (a Vietnamese text layer, made
  by ``tests/document_files.py``), types, years and fields varied;
- ``lich-cong-tac/``: one weekly schedule per ``POSTS_PER_WEEK`` posts (at
  least four), consecutive weeks ending at the build date ``BUILD_DATE``;
- ``hoi-dap/``: one answered question per ``POSTS_PER_QUESTION`` posts, plus
  one unanswered (never published);
- ``commune/``: the repository's own committee and village data, with the
  link banners it names (``images/lien-ket/``).

The same ``n`` and ``seed`` always give the same bytes (the PDFs carry a fixed
creation date).  The plain-Pelican side of the benchmark gets none of this: it
has no such sections, so the comparison is "every feature on" against
"Pelican's default".
"""

import datetime as dt
import importlib.util
import random
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

POSTS_PER_DOCUMENT = 20
POSTS_PER_WEEK = 250
POSTS_PER_QUESTION = 50
# The day the benchmark's builds take as "today" (schedule's current week, validity).
BUILD_DATE = dt.date(2025, 12, 15)

TYPES = ["Kế hoạch", "Thông báo", "Báo cáo", "Quyết định", "Hướng dẫn", "Chương trình"]
CODES = {"Kế hoạch": "KH", "Thông báo": "TB", "Báo cáo": "BC", "Quyết định": "QĐ",
         "Hướng dẫn": "HD", "Chương trình": "CTr"}
FIELDS = ["Đại đoàn kết", "An sinh xã hội", "Giám sát, phản biện", "Tuyên truyền", "Tổ chức"]
TOPICS = ["An sinh xã hội", "Bảo hiểm y tế", "Đất đai", "Nông thôn mới", "Quỹ Vì người nghèo"]
SENTENCES = [
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp các đoàn thể tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
    "Ban công tác Mặt trận thôn vận động nhân dân đóng góp xây dựng đường giao thông nông thôn.",
    "Quỹ Vì người nghèo hỗ trợ sửa chữa nhà ở cho các hộ có hoàn cảnh khó khăn trên địa bàn.",
    "Ban Giám sát đầu tư của cộng đồng theo dõi tiến độ và chất lượng công trình kênh mương nội đồng.",
    "Hội nghị lấy ý kiến nhân dân về dự thảo quy chế dân chủ ở cơ sở diễn ra sôi nổi, thẳng thắn.",
    "Đề nghị Ban công tác Mặt trận các thôn triển khai đến từng hộ gia đình trước ngày hai mươi.",
]
PLACES = ["Phòng họp Ủy ban MTTQ xã", "Hội trường Ủy ban nhân dân xã", "Nhà văn hóa thôn Đông Sơn",
          "Nhà văn hóa thôn Thạch Bồ", "Hội trường Ủy ban MTTQ Việt Nam huyện"]


def _document_files():
    spec = importlib.util.spec_from_file_location("document_files", ROOT / "tests" / "document_files.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _dump(meta):
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)


def write_documents(dest, count, rng):
    files = _document_files()
    for index in range(1, count + 1):
        kind = TYPES[index % len(TYPES)]
        issued = dt.date(2016, 1, 1) + dt.timedelta(days=rng.randrange(0, 3600))
        number = f"{index:03d}/{CODES[kind]}-MTTQ"
        stem = f"{index:04d}-{CODES[kind].lower().replace('đ', 'd')}-mttq"
        pdf_rel = f"files/van-ban/{issued.year}/{stem}.pdf"
        paragraphs = [f"Văn bản số {number}: về việc thực hiện nhiệm vụ năm {issued.year}."]
        paragraphs += [SENTENCES[(index + k) % len(SENTENCES)] for k in range(4)]
        pdf = dest / pdf_rel
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(files.pdf_bytes(*paragraphs, title=f"{kind.upper()} SỐ {number}"))
        text = files.document_md(
            so_ky_hieu=number, loai=kind, ngay_ban_hanh=issued.strftime("%d/%m/%Y"),
            trich_yeu=f"{kind} về {SENTENCES[index % len(SENTENCES)][:-1].lower()} (số {index})",
            tep=pdf_rel, linh_vuc=FIELDS[index % len(FIELDS)],
            body=SENTENCES[(index * 7) % len(SENTENCES)] if index % 3 == 0 else "")
        md = dest / "van-ban" / str(issued.year) / f"{stem}.md"
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text(text, encoding="utf-8")


def write_weeks(dest, count, rng):
    folder = dest / "lich-cong-tac"
    folder.mkdir(parents=True, exist_ok=True)
    monday = BUILD_DATE - dt.timedelta(days=BUILD_DATE.weekday())
    for back in range(count):
        start = monday - dt.timedelta(weeks=back)
        year, week, _ = start.isocalendar()
        days = []
        for offset in sorted(rng.sample(range(5), 3)):
            day = start + dt.timedelta(days=offset)
            items = [{"time": f"{7 + 2 * k:02d}:30", "title": SENTENCES[rng.randrange(len(SENTENCES))][:-1],
                      "place": rng.choice(PLACES), "attendees": "Thường trực Ủy ban MTTQ Việt Nam xã"}
                     for k in range(rng.randrange(1, 4))]
            days.append({"date": day.strftime("%d/%m/%Y"), "items": items})
        text = _dump({"week": start.strftime("%d/%m/%Y"), "days": days})
        (folder / f"{year}-tuan-{week:02d}.yml").write_text(text, encoding="utf-8")


def write_questions(dest, count, rng):
    folder = dest / "hoi-dap"
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count + 1):
        asked = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 2000))
        meta = {"title": f"Hỏi về {TOPICS[index % len(TOPICS)].lower()} (câu {index + 1})",
                "question": SENTENCES[index % len(SENTENCES)] + " Xin hỏi thủ tục thế nào?",
                "asker": "Nguyễn Văn Bình", "village": "Thôn Đông Sơn",
                "asked": asked.strftime("%d/%m/%Y"), "topic": TOPICS[index % len(TOPICS)]}
        body = ""
        if index < count:  # the last one is still unanswered: it must never be published
            meta.update(answered=(asked + dt.timedelta(days=8)).strftime("%d/%m/%Y 15:00"),
                        answered_by="Trần Văn Lợi", position="Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")
            body = "\n\n".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(3))
        (folder / f"cau-hoi-{index + 1:04d}.md").write_text(f"---\n{_dump(meta)}---\n\n{body}\n", encoding="utf-8")


def generate(dest_dir, n, seed=2024):
    """Write the sections for a corpus of ``n`` posts into ``dest_dir``; return
    ``{"documents": d, "weeks": w, "questions": q}`` (answered questions)."""
    dest = Path(dest_dir)
    for folder in ("van-ban", "files/van-ban", "lich-cong-tac", "hoi-dap", "commune", "images/lien-ket"):
        shutil.rmtree(dest / folder, ignore_errors=True)
    rng = random.Random(seed + 1)
    counts = {"documents": max(1, n // POSTS_PER_DOCUMENT), "weeks": max(4, n // POSTS_PER_WEEK),
              "questions": max(1, n // POSTS_PER_QUESTION)}
    write_documents(dest, counts["documents"], rng)
    write_weeks(dest, counts["weeks"], rng)
    write_questions(dest, counts["questions"], rng)
    for folder in ("commune", "images/lien-ket"):
        shutil.copytree(ROOT / "content" / folder, dest / folder)
    return counts
