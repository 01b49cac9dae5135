"""Rendered examples of the document components (components/document_*.html), each
with its CSS of the same name and only ``ct-document-<name>`` classes."""

import datetime as dt
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from jinja2 import Environment, FileSystemLoader

from conftest import ROOT
from van_ban.documents import FacetValue
from vietnamese.vietnamese import VN_TZ, format_date

COMPONENTS = ("document_table", "document_facets", "document_details")


@pytest.fixture(scope="module")
def env():
    env = Environment(loader=FileSystemLoader(str(ROOT / "theme" / "templates")), autoescape=True)
    env.filters["vi_date"] = format_date
    env.globals["SITEURL"] = "https://xa.example.gov.vn"
    return env


def example_document(**extra):
    values = dict(
        number="06/KH-MTTQ", type="Kế hoạch", issuer="Ủy ban MTTQ xã", signer="Nguyễn Văn A — Chủ tịch",
        issued=dt.datetime(2024, 10, 14, tzinfo=VN_TZ), effective=None, expires=None, field="Đại đoàn kết",
        summary="Kế hoạch tổ chức Ngày hội <Đại đoàn kết>", url="van-ban/06-kh-mttq/", title="Kế hoạch số 06/KH-MTTQ",
        validity="Còn hiệu lực", validity_slug="con-hieu-luc", replaces_documents=[], replaced_by_documents=[],
        attachments=[{"url": "files/van-ban/06.pdf", "name": "06.pdf", "format": "PDF", "type": "application/pdf",
                      "size_text": "245 KB", "searchable": True}],
    )
    values.update(extra)
    return SimpleNamespace(**values)


def render(env, name, params):
    module = env.get_template(f"components/{name}.html").module
    return BeautifulSoup(getattr(module, name.replace("-", "_"))(params), "html.parser")


def test_each_component_has_its_css_and_one_class_prefix(env):
    for name in COMPONENTS:
        css = (ROOT / "theme" / "static" / "css" / "components" / f"{name}.css").read_text(encoding="utf-8")
        assert set(re.findall(r"\.(ct-[a-z-]+?)(?:__|--|[\s,{:\[.)])", css)) == {"ct-" + name.replace("_", "-")}, name


def test_document_table_example(env):
    soup = render(env, "document_table", {"documents": [example_document()], "caption": "Văn bản"})
    assert [th.get_text() for th in soup.select("thead th")] == [
        "Số/ký hiệu", "Ngày ban hành", "Trích yếu", "Cơ quan ban hành", "Tình trạng", "Tải về"]
    row = soup.select_one("tbody tr")
    assert row.th.a["href"] == "https://xa.example.gov.vn/van-ban/06-kh-mttq/"
    assert "Kế hoạch tổ chức Ngày hội <Đại đoàn kết>" in row.get_text()  # escaped, shown as text
    download = row.select_one("a.ct-document-table__download")
    assert download["href"] == "https://xa.example.gov.vn/files/van-ban/06.pdf"
    assert " ".join(download.get_text().split()) == "PDF 06/KH-MTTQ, 245 KB"


def test_document_facets_example(env):
    facets = [("loai", "Loại văn bản", [FacetValue("loai", "Kế hoạch", "ke-hoach", 3)])]
    soup = render(env, "document_facets", {"facets": facets, "current": facets[0][2][0], "all_url": "van-ban/",
                                           "all_count": 7, "url_pattern": "van-ban/{facet}/{slug}/"})
    link = soup.select_one("a.ct-document-facets__link")
    assert link["href"] == "https://xa.example.gov.vn/van-ban/loai/ke-hoach/" and link["aria-current"] == "page"
    assert " ".join(soup.select_one("li").get_text().split()) == "Kế hoạch (3)"
    assert soup.nav["aria-label"] == "Lọc văn bản"


def test_document_details_example(env):
    older = example_document(number="01/KH-MTTQ", title="Kế hoạch số 01/KH-MTTQ", url="van-ban/01-kh-mttq/")
    soup = render(env, "document_details", {"document": example_document(replaces_documents=[older]),
                                             "today": "01/11/2024"})
    shown = {d.get_text(): " ".join(d.find_next_sibling("dd").get_text(" ").split()) for d in soup.select("dt")}
    assert shown["Tình trạng"] == "Còn hiệu lực (tính đến ngày 01/11/2024)"
    assert shown["Thay thế văn bản"] == "Kế hoạch số 01/KH-MTTQ ngày 14/10/2024"
    assert soup.select_one("a.ct-document-details__download").get_text() == "Tải về (PDF, 245 KB)"
