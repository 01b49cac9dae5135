"""`invoke check` knows the pages and feeds of the section plugins (Q&A, schedule,
documents, commune) as their own generators make them, and still flags links to
section pages that do not exist."""

import pytest

from conftest import ROOT, post, write_files
from document_files import document_md, pdf_bytes
from portal_tools.check import check_site

pytestmark = pytest.mark.usefixtures("only_configured_plugins")

QUESTION = """---
title: "Hộ cận nghèo có được hỗ trợ bảo hiểm y tế?"
question: Xin hỏi gia đình tôi có được hỗ trợ không?
asked: 01/07/2026
asker: Nguyễn Văn Bình
topic: An sinh xã hội
answered: 10/09/2026
answered_by: Trần Văn Lợi
---

Trả lời: được hỗ trợ.
"""
WEEK = """week: 07/09/2026
days:
  - date: 07/09/2026
    items:
      - time: "07:30"
        title: Giao ban Thường trực
"""
COMMUNE = """committee:
  name: Ủy ban MTTQ Việt Nam xã Hòa Phong
  name_en: Viet Nam Fatherland Front Committee of Hoa Phong Commune
standing_committee:
  - {name: Nguyễn Thị Thu Hà, position: Chủ tịch}
villages:
  - name: Đông Sơn
"""

GOOD_LINKS = [
    "/hoi-dap/", "/hoi-dap/ho-can-ngheo-co-duoc-ho-tro-bao-hiem-y-te/", "/hoi-dap/chu-de/an-sinh-xa-hoi/",
    "/feeds/hoi-dap.rss.xml", "/lich-cong-tac/", "/lich-cong-tac/2026/tuan-37/", "/lich-cong-tac/cac-tuan/",
    "/lich-cong-tac/lich-cong-tac.ics", "/van-ban/", "/van-ban/moi-ban-hanh.atom.xml", "/thon/dong-son/",
    "/ban-do-hanh-chinh/", "/lien-ket-website/", "/en/",
]
BAD_LINKS = ["/hoi-dap/khong-co-cau-nay/", "/lich-cong-tac/2020/tuan-01/", "/thon/khong-co/"]


def run_check(tmp_path, links):
    body = "\n\n".join(f"[liên kết {n}]({link})" for n, link in enumerate(links, start=1))
    content = write_files(tmp_path / "content", {
        "posts/2026/tin.md": post("Tin có liên kết tới các mục", date="10/09/2026 08:00", body=body),
        "hoi-dap/bhyt.md": QUESTION.encode(),
        "lich-cong-tac/2026-tuan-37.yml": WEEK.encode(),
        "van-ban/06-kh.md": document_md().encode(),
        "files/van-ban/06-kh-mttq.pdf": pdf_bytes("Kế hoạch tổ chức Ngày hội Đại đoàn kết."),
        "commune/to-chuc.yml": COMMUNE.encode(),
    })
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(tmp_path / "output"), "CACHE_PATH": str(tmp_path / "cache"),
                 "PORTAL_BUILD_DATE": "10/09/2026", "FEEDS": {"enabled": True}}
    report = check_site(ROOT / "publishconf.py", overrides)
    assert not (tmp_path / "output").exists()  # asking the sections writes nothing into the site
    return report


def test_links_to_section_pages_and_feeds_are_not_broken(tmp_path):
    report = run_check(tmp_path, GOOD_LINKS)
    assert report.ok, [str(p) for p in report.errors]


def test_links_to_section_pages_that_do_not_exist_are_still_errors(tmp_path):
    report = run_check(tmp_path, GOOD_LINKS + BAD_LINKS)
    found = [str(p) for p in report.errors]
    assert len(found) == len(BAD_LINKS), found
    for problem, link in zip(found, BAD_LINKS):
        assert problem.startswith("posts/2026/tin.md:") or "/posts/2026/tin.md:" in problem, problem
        assert f"liên kết «{link}» không dẫn tới trang nào của cổng" in problem
