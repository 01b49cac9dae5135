"""Pure core of the front-matter plugin: split, parse and check one file.

Nothing here imports Pelican: every function takes plain values and returns
plain values or ``ContentProblem`` records, so the rules are unit-tested alone.
"""

import difflib
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import yaml

from portal_core.problems import ContentError, ContentProblem  # noqa: F401 (ContentError: the plugin's API)
from vietnamese.vietnamese import DateError, fold, nfc, parse_post_date, slugify

REQUIRED_POST_KEYS = ("title", "date", "category", "author")
OPTIONAL_POST_KEYS = (
    "tags", "summary", "image", "image_alt", "image_caption", "featured",
    "status", "slug", "modified", "related", "legacy_url", "template",
)
PAGE_KEYS = (
    "title", "slug", "summary", "status", "order", "template", "modified",
    "image", "image_alt", "image_caption",
)
STATUSES = ("published", "draft")
SLUG_MAX_LENGTH = 80  # slugs made from titles are cut at a word boundary

FRONT_MATTER_EXAMPLE = (
    '---\ntitle: "Tiêu đề bài viết"\ndate: 06/07/2021 08:30\n'
    "category: Hoạt động Mặt trận\nauthor: Nguyễn Văn A\n---"
)


@dataclass
class Field:
    key: str
    value: object
    line: int


@dataclass
class Checked:
    """What ``check_post``/``check_page`` return."""

    metadata: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)  # key -> line, for later checks
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


# libyaml's parser when the wheel has it (about ten times faster on 10,000 posts);
# the resolvers below are Python's either way.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):
    """Safe YAML without implicit timestamps: dates follow our rules, not YAML's."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def decode(data, path):
    """Decode file bytes as UTF-8 (BOM allowed); a ``ContentProblem`` otherwise."""
    fix = "hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, ContentProblem(path, 1, "tệp được lưu bằng bảng mã UTF-16", fix)
    try:
        return nfc(data.decode("utf-8-sig")), None
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return None, ContentProblem(
            path, line, "tệp không phải UTF-8 (có ký tự không đọc được)", fix
        )


def split_front_matter(text, path):
    """Return ``(yaml_text, body, body_first_line)`` or raise via a problem list."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, [
            ContentProblem(
                path, 1,
                "tệp không bắt đầu bằng phần thông tin bài viết (front matter)",
                f"dòng đầu tiên phải là ---, ví dụ:\n{FRONT_MATTER_EXAMPLE}",
            )
        ]
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            yaml_text = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1:])
            return (yaml_text, body, index + 2), []
    return None, [
        ContentProblem(
            path, 1, "phần thông tin bài viết mở bằng --- nhưng không có dòng --- đóng lại",
            "thêm một dòng chỉ có --- sau dòng thông tin cuối cùng",
        )
    ]


def read_fields(yaml_text, first_line, path):
    """Parse the YAML block into ``Field``s carrying their line in the file."""
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is None:
            return [], []
        if not isinstance(node, yaml.MappingNode):
            return [], [
                ContentProblem(
                    path, first_line + node.start_mark.line,
                    "phần thông tin phải là các dòng «tên: giá trị»",
                    f"viết theo mẫu:\n{FRONT_MATTER_EXAMPLE}",
                )
            ]
        fields, problems, seen = [], [], {}
        for key_node, value_node in node.value:
            line = first_line + key_node.start_mark.line
            key = str(loader.construct_object(key_node, deep=True)).strip()
            value = loader.construct_object(value_node, deep=True)
            if key in seen:
                problems.append(
                    ContentProblem(
                        path, line, f"«{key}» được khai báo hai lần (dòng {seen[key]} và dòng {line})",
                        "giữ lại một dòng, xoá dòng kia",
                    )
                )
                continue
            seen[key] = line
            fields.append(Field(key, value, line))
        return fields, problems
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = first_line + (mark.line if mark else 0)
        return [], [
            ContentProblem(
                path, line,
                f"phần thông tin viết sai cú pháp YAML ({err.problem or err.context})",
                "kiểm tra dấu hai chấm sau tên trường; giá trị có dấu «:» hoặc «#» "
                'phải đặt trong dấu nháy kép, ví dụ title: "Hội nghị: kết quả năm 2021"',
            )
        ]
    finally:
        loader.dispose()


def text_value(value):
    """A YAML scalar as NFC text, stripped; ``None`` for a list, a mapping or a boolean."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return nfc(str(value)).strip()
    return None


def string_list(value):
    """Tags or related slugs: a YAML list, or one comma-separated string."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return None
    items = [text_value(item) for item in value]
    if any(item is None for item in items):
        return None
    return [item for item in items if item]


def closest(word, choices):
    """The choice nearest to ``word``, compared without diacritics or case."""
    folded = {fold(choice): choice for choice in choices}
    match = difflib.get_close_matches(fold(word), list(folded), n=1, cutoff=0.0)
    return folded[match[0]] if match else None


def resolve_content_path(reference):
    """Path of an image written as ``images/a.jpg``, ``/images/a.jpg`` or
    ``{static}/images/a.jpg``, relative to ``content/``; ``None`` when it leaves it."""
    reference = reference.strip()
    for prefix in ("{static}", "{attach}"):
        if reference.startswith(prefix):
            reference = reference[len(prefix):]
    parts = []
    for part in PurePosixPath(reference.lstrip("/")).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts) if parts else None


class _Checker:
    """Collects problems for one file while its fields are checked."""

    def __init__(self, path, options):
        self.path = path
        self.options = options
        self.result = Checked()

    def problem(self, line, message, fix, code=""):
        self.result.problems.append(ContentProblem(self.path, line, message, fix, code))

    def warning(self, line, message, fix):
        self.result.warnings.append(ContentProblem(self.path, line, message, fix))

    def set(self, key, value, line):
        self.result.metadata[key] = value
        self.result.lines[key] = line

    def text(self, f, required_message=None):
        value = text_value(f.value)
        if not value:
            self.problem(
                f.line, f"«{f.key}» phải là một dòng chữ và không được để trống",
                required_message or f"viết nội dung sau «{f.key}:», ví dụ {f.key}: ...",
            )
            return None
        return value

    def date(self, f):
        try:
            stamp, has_time = parse_post_date(f.value)
        except DateError as err:
            self.problem(f.line, f"«{f.key}»: {err.message}", err.fix)
            return
        self.set(f.key, stamp, f.line)
        if f.key == "date":
            self.set("date_has_time", has_time, f.line)

    def image(self, f, image_exists):
        reference = self.text(f)
        if reference is None:
            return
        relative = resolve_content_path(reference)
        if relative is None:
            self.problem(
                f.line, f"đường dẫn ảnh «{reference}» đi ra ngoài thư mục content",
                "đặt ảnh trong content/images/ và viết image: images/<năm>/<tên-ảnh>.jpg",
            )
        else:
            found = image_exists(relative)  # the name on disk when it differs (NFD, %20)
            if not found:
                self.problem(
                    f.line, f"không tìm thấy ảnh «{reference}»",
                    f"chép ảnh vào content/{relative} hoặc sửa lại đường dẫn (viết tính từ thư mục content)",
                )
            else:
                self.set("image", found if isinstance(found, str) else relative, f.line)

    def unknown(self, f, known):
        guess = closest(f.key, known)
        self.warning(
            f.line, f"trường «{f.key}» không được dùng và sẽ bị bỏ qua",
            f"có phải ý bạn là «{guess}»?" if guess else "xoá dòng này",
        )


def check_post(fields, path, categories, image_exists, options=None):
    """Check a news post's fields; return ``Checked`` with plain metadata."""
    options = options or {}
    check = _Checker(path, options)
    seen = {f.key: f for f in fields}
    for key in REQUIRED_POST_KEYS:
        if key not in seen:
            check.problem(
                1, f"thiếu trường bắt buộc «{key}»",
                f"thêm dòng «{key}: ...» vào phần thông tin giữa hai dòng ---, ví dụ:\n{FRONT_MATTER_EXAMPLE}",
                code=f"missing:{key}",
            )
    canonical = {fold(name): name for name in categories}
    for f in fields:
        _check_post_field(check, f, categories, canonical, image_exists)
    meta = check.result.metadata
    if meta.get("status") == "draft":
        _defer_incomplete_draft(check.result)
    if "slug" not in meta and meta.get("title"):
        check.set("slug", slugify(meta["title"], max_length=SLUG_MAX_LENGTH), check.result.lines["title"])
    if "image" in meta and "image_alt" not in meta:
        _missing_alt(check, check.result.lines["image"], "image_alt: Mô tả ngắn nội dung ảnh")
    if "modified" in meta and "date" in meta and meta["modified"] < meta["date"]:
        check.warning(check.result.lines["modified"], "ngày sửa «modified» sớm hơn ngày đăng «date»",
                      "kiểm tra lại: modified là ngày sửa bài, phải sau ngày đăng")
    return check.result


def _check_post_field(check, f, categories, canonical, image_exists):
    """Check one field of a post (``canonical``: folded category name -> name)."""
    key = f.key
    if key in ("title", "summary", "image_alt", "image_caption", "legacy_url", "template"):
        value = check.text(f)
        if value is not None:
            check.set(key, value, f.line)
    elif key == "author":
        names = [text_value(f.value)] if not isinstance(f.value, list) else string_list(f.value)
        if not names or not all(names):
            check.problem(f.line, "«author» phải là tên người viết", "ví dụ author: Nguyễn Văn A")
        else:
            check.set("authors", names, f.line)
    elif key in ("date", "modified"):
        check.date(f)
    elif key == "category":
        _check_category(check, f, categories, canonical)
    elif key in ("tags", "related"):
        _check_list(check, f)
    elif key == "image":
        check.image(f, image_exists)
    elif key == "featured":
        if not isinstance(f.value, bool):
            check.problem(f.line, "«featured» chỉ nhận true hoặc false",
                          "viết featured: true để đưa bài vào «Tin nổi bật», hoặc xoá dòng này")
        else:
            check.set("featured", f.value, f.line)
    elif key == "status":
        status = text_value(f.value)
        if status not in STATUSES:
            check.problem(f.line, f"trạng thái «{f.value}» không hợp lệ",
                          "viết status: published (đăng) hoặc status: draft (bản nháp)")
        else:
            check.set("status", status, f.line)
    elif key == "slug":
        slug = slugify(text_value(f.value) or "")
        if not slug:
            check.problem(f.line, "«slug» không được để trống",
                          "viết slug bằng chữ không dấu và dấu gạch ngang, ví dụ slug: hoi-nghi-so-ket")
        else:
            check.set("slug", slug, f.line)
    else:
        check.unknown(f, REQUIRED_POST_KEYS + OPTIONAL_POST_KEYS)


def _check_category(check, f, categories, canonical):
    name = text_value(f.value) or ""
    match = canonical.get(fold(name))
    if match is not None and nfc(name).lower() == match.lower():
        check.set("category", match, f.line)
        return
    suggestion = closest(name, categories) if name else None
    allowed = "; ".join(categories)
    check.problem(
        f.line, f"chuyên mục «{name}» không có trong danh sách chuyên mục của cổng",
        (f"có phải ý bạn là «{suggestion}»? " if suggestion else "")
        + f"Các chuyên mục được dùng: {allowed}",
        code="unknown:category",
    )


def _check_list(check, f):
    """``tags`` (each once, compared without diacritics) or ``related`` (slugs)."""
    key = f.key
    items = string_list(f.value) if f.value is not None else []
    if items is None:
        check.problem(
            f.line, f"«{key}» phải là một danh sách",
            f"viết {key}: [mục 1, mục 2] hoặc mỗi mục một dòng bắt đầu bằng «- »",
        )
    elif key == "tags":
        unique = {}
        for item in items:
            unique.setdefault(fold(item), item)
        check.set("tags", list(unique.values()), f.line)
    else:
        check.set("related", [slugify(item) for item in items], f.line)


DRAFT_MAY_LACK = {"missing:date", "missing:category", "unknown:category"}


def _defer_incomplete_draft(result):
    """A draft may still lack its date or category (e.g. a page just imported from
    the old portal): it is not built at all — not even as a preview — and the
    officer is warned, instead of the whole build stopping."""
    if not result.problems or any(p.code not in DRAFT_MAY_LACK for p in result.problems):
        return
    incomplete = list(result.problems)
    result.problems.clear()
    for problem in incomplete:
        result.warnings.append(
            ContentProblem(problem.path, problem.line,
                           f"bản nháp chưa đủ thông tin nên chưa tạo trang xem thử: {problem.message}",
                           problem.fix)
        )
    result.metadata["status"] = "skip"


def _missing_alt(check, line, example):
    message = "ảnh chưa có lời mô tả (alt) cho người khiếm thị"
    fix = f"thêm mô tả ngắn nội dung ảnh, ví dụ {example}"
    if check.options.get("strict_alt"):
        check.problem(line, message, fix)
    else:
        check.warning(line, message, fix)


def check_page(fields, path, image_exists, options=None):
    """Check a static page's fields (title required; no date or category)."""
    check = _Checker(path, options or {})
    if "title" not in {f.key for f in fields}:
        check.problem(1, "thiếu trường bắt buộc «title»", 'thêm dòng title: "Tên trang"')
    for f in fields:
        if f.key in ("title", "summary", "template", "image_alt", "image_caption"):
            value = check.text(f)
            if value is not None:
                check.set(f.key, value, f.line)
        elif f.key == "slug":
            slug = slugify(text_value(f.value) or "")
            if slug:
                check.set("slug", slug, f.line)
            else:
                check.problem(f.line, "«slug» không được để trống", "ví dụ slug: gioi-thieu")
        elif f.key == "order":
            if isinstance(f.value, int) and not isinstance(f.value, bool):
                check.set("order", f.value, f.line)
            else:
                check.problem(f.line, "«order» phải là một số", "ví dụ order: 1")
        elif f.key == "status":
            if f.value in STATUSES:
                check.set("status", f.value, f.line)
            else:
                check.problem(f.line, f"trạng thái «{f.value}» không hợp lệ",
                              "viết status: published hoặc status: draft")
        elif f.key == "modified":
            check.date(f)
        elif f.key == "image":
            check.image(f, image_exists)
        else:
            check.unknown(f, PAGE_KEYS)
    return check.result


_BODY_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src><[^>\n]+>|[^)\s]+)(?P<rest>[^)]*)\)")


def check_body_images(body, first_line, path, image_exists, options=None):
    """Check Markdown images in the body and point local ones at ``{static}``.

    Returns ``(new_body, problems, warnings)``.
    """
    check = _Checker(path, options or {})
    out = []
    for offset, text in enumerate(body.split("\n")):
        line = first_line + offset

        def replace(match, line=line):
            src, rest = match.group("src"), match.group("rest")
            if src.startswith("<"):
                src = src[1:-1]
            if re.match(r"^[a-z]+:", src) or src.startswith("//"):
                return match.group(0)  # external image: left to the quality gates
            relative = resolve_content_path(src)
            if relative is None:
                check.problem(line, f"đường dẫn ảnh «{src}» đi ra ngoài thư mục content",
                              "đặt ảnh trong content/images/ và viết ![mô tả](images/<năm>/<tên-ảnh>.jpg)")
                return match.group(0)
            found = image_exists(relative)
            if not found and rest.strip() and rest.strip()[0] not in "\"'(":
                # A name with spaces written as is: ![mô tả](images/ảnh hội nghị.jpg)
                whole = resolve_content_path(src + rest)
                found = whole and image_exists(whole)
                if found:
                    src, relative, rest = src + rest, whole, ""
            if not found:
                check.problem(line, f"không tìm thấy ảnh «{src}»",
                              f"chép ảnh vào content/{relative} hoặc sửa lại đường dẫn (viết tính từ thư mục content)")
                return match.group(0)
            if isinstance(found, str):
                relative = found
            if not match.group("alt").strip():
                _missing_alt(check, line, f"![Quang cảnh hội nghị]({src})")
            return f"![{match.group('alt')}](<{{static}}/{relative}>{rest})"

        out.append(_BODY_IMAGE.sub(replace, text))
    return "\n".join(out), check.result.problems, check.result.warnings
