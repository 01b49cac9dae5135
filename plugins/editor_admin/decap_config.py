"""Decap CMS configuration generated from the portal's settings (pure: no Pelican import).

A collection is one small ``Collection`` description (folder, path pattern, which
fields); the fields themselves mirror the front-matter rules of
``plugins/front_matter/rules.py`` (posts, pages) and ``plugins/van_ban/documents.py``
(documents of the "Văn bản" library, when that plugin is on) and are defined once
in ``fields()``.
"""

import copy
from dataclasses import dataclass

# Day-first like every date the portal reads and shows (front_matter, vietnamese).
DATE_FORMAT = "DD/MM/YYYY HH:mm"  # dayjs tokens; saved as e.g. "16/11/2020 10:15"


@dataclass(frozen=True)
class Collection:
    """One kind of content the editor lists and creates."""

    name: str  # in the editor's addresses (ASCII)
    label: str  # plural, shown in the side bar
    label_singular: str
    folder: str  # relative to the content folder
    fields: tuple  # names from FIELDS, in form order
    path: str = "{{slug}}"  # file path under folder, without extension
    sort: str = "title"  # field the list is sorted by
    summary: str = "{{title}}"  # one line in the list
    slug: str = "{{slug}}"  # the file name (Decap makes it ASCII, đ→d)


def fields(categories, author):
    """Every field the editor knows, by front-matter key (Vietnamese labels and hints)."""
    return {
        "title": {"label": "Tiêu đề", "name": "title", "widget": "string"},
        "date": {"label": "Ngày đăng (ngày/tháng/năm giờ:phút)", "name": "date", "widget": "datetime",
                 "format": DATE_FORMAT, "date_format": "DD/MM/YYYY", "time_format": "HH:mm",
                 "picker_utc": False},
        "category": {"label": "Chuyên mục", "name": "category", "widget": "select",
                     "options": list(categories)},
        "author": {"label": "Người viết", "name": "author", "widget": "string", "default": author},
        "tags": {"label": "Từ khoá", "name": "tags", "widget": "list", "required": False,
                 "hint": "Cách nhau bằng dấu phẩy, ví dụ: khu dân cư, Quỹ Vì người nghèo"},
        "summary": {"label": "Tóm tắt (một hai câu hiện ở danh sách tin)", "name": "summary",
                    "widget": "text", "required": False},
        "image": {"label": "Ảnh đại diện", "name": "image", "widget": "image", "required": False,
                  "choose_url": False},
        "image_alt": {"label": "Mô tả ảnh", "name": "image_alt", "widget": "string", "required": False,
                      "hint": "Phải điền khi có ảnh đại diện: tả ngắn trong ảnh có gì, cho người không xem được ảnh"},
        "image_caption": {"label": "Chú thích ảnh", "name": "image_caption", "widget": "string",
                          "required": False},
        "featured": {"label": "Tin nổi bật", "name": "featured", "widget": "boolean", "required": False,
                     "default": False},
        "status": {"label": "Trạng thái", "name": "status", "widget": "select", "default": "draft",
                   "required": False, "hint": "Bài cũ không ghi trạng thái là bài đã đăng",
                   "options": [{"label": "Bản nháp (chưa đăng)", "value": "draft"},
                               {"label": "Đăng lên cổng", "value": "published"}]},
        "body": {"label": "Nội dung", "name": "body", "widget": "markdown",
                 "modes": ["raw", "rich_text"]},
    }


def document_fields(types, issuer, files_folder):
    """The fields of a "Văn bản" document (front matter read by plugins/van_ban)."""
    day = {"widget": "datetime", "format": "DD/MM/YYYY", "date_format": "DD/MM/YYYY", "time_format": False,
           "picker_utc": False}
    numbers = {"widget": "list", "required": False, "hint": "Số/ký hiệu, ví dụ 01/KH-MTTQ; mỗi văn bản một dòng"}
    return {
        "so_ky_hieu": {"label": "Số/ký hiệu", "name": "so_ky_hieu", "widget": "string",
                       "hint": "Ví dụ 06/KH-MTTQ; không trùng với văn bản khác"},
        "loai": {"label": "Loại văn bản", "name": "loai", "widget": "select", "options": list(types)},
        "co_quan": {"label": "Cơ quan ban hành", "name": "co_quan", "widget": "string", "required": False,
                    "default": issuer},
        "nguoi_ky": {"label": "Người ký — chức vụ", "name": "nguoi_ky", "widget": "string",
                     "hint": "Ví dụ: Nguyễn Thị Thu Hà — Chủ tịch"},
        "ngay_ban_hanh": {"label": "Ngày ban hành (ngày/tháng/năm)", "name": "ngay_ban_hanh", **day},
        "ngay_hieu_luc": {"label": "Ngày có hiệu lực", "name": "ngay_hieu_luc", "required": False, **day},
        "ngay_het_hieu_luc": {"label": "Ngày hết hiệu lực", "name": "ngay_het_hieu_luc", "required": False, **day},
        "trich_yeu": {"label": "Trích yếu", "name": "trich_yeu", "widget": "text"},
        "linh_vuc": {"label": "Lĩnh vực", "name": "linh_vuc", "widget": "string", "required": False},
        "tep": {"label": "Tệp văn bản (PDF, DOC/DOCX, XLS/XLSX, ODT)", "name": "tep", "widget": "list",
                "field": {"label": "Tệp", "name": "tep", "widget": "file", "choose_url": False,
                          "media_folder": f"/{files_folder}", "public_folder": "/" + files_folder.split("/", 1)[-1]}},
        "thay_the": {"label": "Thay thế các văn bản", "name": "thay_the", **numbers},
        "bi_thay_the": {"label": "Bị thay thế bởi", "name": "bi_thay_the", **numbers},
        "status": {"label": "Trạng thái", "name": "status", "widget": "select", "default": "draft",
                   "required": False, "options": [{"label": "Bản nháp (chưa đăng)", "value": "draft"},
                                                  {"label": "Đăng lên cổng", "value": "published"}]},
        "body": {"label": "Ghi chú hoặc toàn văn (không bắt buộc)", "name": "body", "widget": "markdown",
                 "required": False, "modes": ["raw", "rich_text"]},
    }


def collections(settings, documents=None):
    """The portal's collections, from Pelican's folders settings; ``documents``, the
    van_ban plugin's options (its folder), adds the "Văn bản" library."""
    posts = (settings.get("ARTICLE_PATHS") or ["posts"])[0]
    pages = (settings.get("PAGE_PATHS") or ["pages"])[0]
    return [
        Collection(
            name="tin-tuc", label="Tin bài", label_singular="tin bài", folder=posts,
            path="{{year}}/{{slug}}", sort="date",
            summary="{{title}} — {{date}}",
            fields=("title", "date", "category", "author", "tags", "summary", "image", "image_alt",
                    "image_caption", "featured", "status", "body"),
        ),
        Collection(
            name="trang", label="Trang tĩnh", label_singular="trang", folder=pages,
            fields=("title", "summary", "status", "body"),
        ),
    ] + ([Collection(
        name="van-ban", label="Văn bản", label_singular="văn bản", folder=documents["path"].strip("/"),
        path="{{year}}/{{slug}}", sort="ngay_ban_hanh", summary="{{so_ky_hieu}} — {{trich_yeu}}",
        slug="{{so_ky_hieu}}",
        fields=("so_ky_hieu", "loai", "co_quan", "nguoi_ky", "ngay_ban_hanh", "ngay_hieu_luc",
                "ngay_het_hieu_luc", "trich_yeu", "linh_vuc", "tep", "thay_the", "bi_thay_the", "status", "body"),
    )] if documents else [])


def backend_config(options):
    """Decap's ``backend`` block from the EDITOR setting (only the keys that are set)."""
    block = {"name": options["backend"], "repo": options["repo"], "branch": options["branch"]}
    for key in ("base_url", "auth_endpoint", "api_root", "app_id", "auth_type"):
        if options[key]:
            block[key] = options[key]
    block["commit_messages"] = {
        "create": "Thêm {{collection}} «{{slug}}» (trình soạn thảo web)",
        "update": "Sửa {{collection}} «{{slug}}» (trình soạn thảo web)",
        "delete": "Xoá {{collection}} «{{slug}}» (trình soạn thảo web)",
        "uploadMedia": "Tải ảnh «{{path}}» lên (trình soạn thảo web)",
        "deleteMedia": "Xoá ảnh «{{path}}» (trình soạn thảo web)",
    }
    return block


def editor_config(settings, options, year, content_dir="content", documents=None):
    """The whole Decap ``config.yml`` as a dict.

    ``year`` names the photo folder (``content/images/<year>/``): Decap reads an
    entry's date only in ISO form, so the folder follows the build's year (the
    portal rebuilds daily) rather than a day-first date it would misread.
    """
    known = fields(settings.get("PORTAL_CATEGORIES") or [], settings.get("AUTHOR") or "")
    base = content_dir.strip("/")
    if documents:  # attachments go to content/files/<library>/<year>/ like the demo's
        known.update(document_fields(documents["types"], documents["issuer"],
                                     f"{base}/files/{documents['path'].strip('/')}/{year}"))
    config = {
        "locale": "vi",
        "backend": backend_config(options),
        "publish_mode": "simple",
        "media_folder": f"{base}/images/{year}",
        "public_folder": f"/images/{year}",  # front_matter reads /images/… relative to content/
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "show_preview_links": False,
        "collections": [],
    }
    site = (settings.get("SITEURL") or settings.get("PUBLISH_SITEURL") or "").rstrip("/")
    if site.startswith(("https://", "http://")):
        config["site_url"] = config["display_url"] = site
    if options["local_url"]:
        host = options["local_url"].split("//", 1)[-1].split("/", 1)[0].split(":")[0]
        config["local_backend"] = {"url": options["local_url"], "allowed_hosts": [host]}
    for collection in collections(settings, documents):
        config["collections"].append({
            "name": collection.name,
            "label": collection.label,
            "label_singular": collection.label_singular,
            "folder": f"{base}/{collection.folder}",
            "path": collection.path,
            "extension": "md",
            "format": "frontmatter",
            "create": True,
            "delete": False,  # a post is withdrawn by setting it back to draft, never lost
            "slug": collection.slug,
            "summary": collection.summary,
            # Decap saves photos beside an entry whose path has folders unless told otherwise.
            "media_folder": f"/{base}/images/{year}",
            "public_folder": f"/images/{year}",
            "sortable_fields": [collection.sort, "title"] if collection.sort != "title" else ["title"],
            "fields": [copy.deepcopy(known[name]) for name in collection.fields],
        })
    return config
