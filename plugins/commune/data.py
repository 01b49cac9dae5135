"""Pure core of the commune plugin: read and check the commune's data file.

Nothing here imports Pelican.  ``read_commune(text, path, image_exists)``
returns ``(Commune or None, problems, warnings)``; problems and warnings are
``ContentProblem`` records (file, line, what is wrong, what to write instead,
in Vietnamese), as front matter reports them.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from front_matter.rules import ContentProblem, closest, resolve_content_path
from portal_core.yaml_data import LinedMap, read_lined
from vietnamese.vietnamese import fold, nfc, slugify

DATA_EXAMPLE = (
    "committee:\n  name: Ủy ban MTTQ Việt Nam xã …\n  term: 2024–2029\n"
    "standing_committee:\n  - name: Nguyễn Văn A\n    position: Chủ tịch\n    phone: 0905 123 456"
)

# English for the positions and member organisations every commune has; anything
# else needs its own ``position_en`` / ``name_en`` in the data file.
POSITIONS_EN = {
    "chu tich": "Chairperson",
    "pho chu tich": "Vice Chairperson",
    "uy vien thuong truc": "Standing Member",
    "uy vien": "Member",
    "truong ban": "Head",
    "pho truong ban": "Deputy Head",
    "thanh vien": "Member",
    "bi thu": "Secretary",
    "pho bi thu": "Deputy Secretary",
}
ORGANISATIONS_EN = {
    "hoi nong dan": "Farmers' Association",
    "hoi lien hiep phu nu": "Women's Union",
    "doan thanh nien": "Ho Chi Minh Communist Youth Union",
    "hoi cuu chien binh": "Veterans' Association",
    "hoi nguoi cao tuoi": "Association of the Elderly",
    "hoi chu thap do": "Red Cross Society",
    "hoi khuyen hoc": "Association for Promotion of Education",
    "cong doan": "Trade Union",
}
VILLAGE_KINDS = ("Thôn", "Tổ dân phố", "Khu phố", "Ấp", "Bản", "Khối")

_PHONE = re.compile(r"^\+?[0-9][0-9 .\-]{6,18}[0-9]$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
_HOST = re.compile(r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")


@dataclass
class Person:
    name: str
    position: str
    position_en: str = ""
    phone: str = ""
    email: str = ""
    photo: str = ""  # path relative to content/, processed by the photos plugin
    photo_alt: str = ""
    line: int = 1
    picture: dict = None  # set by the adapter: the photo as the photos plugin derived it

    @property
    def tel(self):
        """``tel:`` address: digits and a leading +, nothing else."""
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone) if self.phone else ""


@dataclass
class Organisation:
    name: str
    name_en: str
    head: Person = None
    phone: str = ""
    email: str = ""
    line: int = 1


@dataclass
class Village:
    name: str  # "Dương Lâm 1"
    kind: str  # "Thôn"
    slug: str
    board: list = field(default_factory=list)  # Ban công tác Mặt trận: Person
    aliases: list = field(default_factory=list)  # more tags that mean this village
    line: int = 1

    @property
    def title(self):
        return f"{self.kind} {self.name}"

    def tag_keys(self):
        """Folded tags that name this village: "Đông Sơn", "thôn Đông Sơn", "dong son"…"""
        keys = {fold(self.name), fold(self.title)}
        keys.update(fold(alias) for alias in self.aliases)
        return keys


@dataclass
class Link:
    name: str
    url: str
    banner: str = ""  # path relative to content/
    banner_alt: str = ""
    line: int = 1
    picture: dict = None  # set by the adapter: the banner as the photos plugin derived it

    @property
    def host(self):
        return urlsplit(self.url).hostname or ""


@dataclass
class Commune:
    name: str
    name_en: str
    term: str = ""
    address: str = ""
    address_en: str = ""
    phone: str = ""
    email: str = ""
    office_hours: str = ""
    introduction_en: list = field(default_factory=list)  # paragraphs
    functions_en: list = field(default_factory=list)
    standing: list = field(default_factory=list)  # Ban Thường trực: Person
    members: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    villages: list = field(default_factory=list)
    links: list = field(default_factory=list)

    @property
    def tel(self):
        return "tel:" + re.sub(r"[^0-9+]", "", self.phone) if self.phone else ""


# ------------------------------------------------------------------ checks


def check_url(value):
    """``None`` when ``value`` is an absolute http(s) address, else what is wrong."""
    if not isinstance(value, str) or not value.strip():
        return "địa chỉ trống"
    value = value.strip()
    if re.search(r"\s", value):
        return "địa chỉ có dấu cách"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        return "địa chỉ phải bắt đầu bằng https:// (hoặc http://)"
    host = (parts.hostname or "").lower()
    if not _HOST.match(host):
        return f"tên miền «{host or value}» không hợp lệ"
    return None


class _Checker:
    def __init__(self, path, image_exists):
        self.path = path
        self.image_exists = image_exists
        self.problems = []
        self.warnings = []

    def problem(self, line, message, fix):
        self.problems.append(ContentProblem(self.path, line, message, fix))

    def warning(self, line, message, fix):
        self.warnings.append(ContentProblem(self.path, line, message, fix))

    def mapping(self, value, line, what, known, example):
        """``value`` as a mapping with only ``known`` keys (others warned), or None."""
        if not isinstance(value, dict):
            self.problem(line, f"{what} phải là các dòng «tên: giá trị»", f"viết theo mẫu:\n{example}")
            return None
        for key, first, second in getattr(value, "duplicates", []):
            self.problem(second, f"«{key}» được khai báo hai lần (dòng {first} và dòng {second})",
                         "giữ lại một dòng, xoá dòng kia")
        for key in value:
            if key not in known:
                guess = closest(key, known)
                self.warning(value.lines.get(key, line), f"trường «{key}» không được dùng và sẽ bị bỏ qua",
                             f"có phải ý bạn là «{guess}»?" if guess else "xoá dòng này")
        return value

    def items(self, data, key, required=False):
        """``[(item, line), …]`` of the list ``data[key]``."""
        value = data.get(key)
        line = data.lines.get(key, data.line) if isinstance(data, LinedMap) else 1
        if value is None:
            if required:
                self.problem(line, f"thiếu danh sách «{key}»", f"thêm «{key}:» và các mục bên dưới, mỗi mục bắt đầu bằng «- »")
            return []
        if not isinstance(value, list):
            self.problem(line, f"«{key}» phải là một danh sách", "mỗi mục một dòng, bắt đầu bằng «- »")
            return []
        return list(zip(value, value.lines))

    def text(self, data, key, required=True, example="…"):
        value = data.get(key)
        line = data.lines.get(key, data.line)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(line, f"thiếu «{key}»" if key not in data else f"«{key}» đang để trống",
                             f"thêm dòng «{key}: {example}»")
            return ""
        if isinstance(value, (dict, list)) or isinstance(value, bool):
            self.problem(line, f"«{key}» phải là một dòng chữ", f"viết {key}: {example}")
            return ""
        return nfc(str(value)).strip()

    def _shaped(self, data, key, pattern, what, fix):
        """The optional line ``data[key]`` when ``pattern`` matches it, else "" (and a problem)."""
        value = self.text(data, key, required=False)
        if value and not pattern.match(value):
            self.problem(data.lines[key], f"{what} «{value}» không hợp lệ", fix)
            return ""
        return value

    def phone(self, data, key="phone"):
        return self._shaped(data, key, _PHONE, "số điện thoại",
                            'viết chữ số, có thể cách nhau bằng dấu cách, ví dụ phone: "0236 3846 123"')

    def email(self, data, key="email"):
        return self._shaped(data, key, _EMAIL, "thư điện tử",
                            "viết đủ dạng tên@tên-miền, ví dụ email: mttq.xa@danang.gov.vn")

    def image(self, data, key, alt_key):
        reference = self.text(data, key, required=False)
        if not reference:
            return "", ""
        line = data.lines[key]
        relative = resolve_content_path(reference)
        if relative is None or not self.image_exists(relative):
            self.problem(line, f"không tìm thấy ảnh «{reference}»",
                         "chép ảnh vào content/images/ và viết đường dẫn tính từ thư mục content, "
                         f"ví dụ {key}: images/to-chuc/anh.jpg")
            return "", ""
        alt = self.text(data, alt_key, required=False)
        if not alt:
            self.problem(line, "ảnh chưa có lời mô tả (alt) cho người khiếm thị",
                         f"thêm dòng «{alt_key}: …» mô tả ngắn nội dung ảnh ngay dưới dòng «{key}»")
        return relative, alt

    def position_en(self, data, position, line):
        given = self.text(data, "position_en", required=False)
        if given:
            return given
        known = POSITIONS_EN.get(fold(position))
        if known is None:
            self.problem(line, f"chưa có tên chức vụ «{position}» bằng tiếng Anh (cho trang Introduction)",
                         "thêm dòng position_en: …, ví dụ position_en: Member")
            return ""
        return known


PERSON_KEYS = ("name", "position", "position_en", "phone", "email", "photo", "photo_alt")


def _person(check, value, line, what):
    data = check.mapping(value, line, what, PERSON_KEYS,
                         "- name: Nguyễn Văn A\n  position: Ủy viên\n  phone: 0905 123 456")
    if data is None:
        return None
    name = check.text(data, "name", example="Nguyễn Văn A")
    position = check.text(data, "position", example="Ủy viên")
    photo, photo_alt = check.image(data, "photo", "photo_alt")
    person = Person(
        name=name, position=position, phone=check.phone(data), email=check.email(data),
        photo=photo, photo_alt=photo_alt, line=data.line,
    )
    if position:
        person.position_en = check.position_en(data, position, data.lines.get("position", data.line))
    return person if name and position else None


def _people(check, data, key, what, required=False):
    people = []
    for value, line in check.items(data, key, required):
        person = _person(check, value, line, what)
        if person is not None:
            people.append(person)
    return people


ORGANISATION_KEYS = ("name", "name_en", "head", "position", "position_en", "phone", "email")


def _organisation(check, value, line):
    data = check.mapping(value, line, "mỗi tổ chức thành viên", ORGANISATION_KEYS,
                         "- name: Hội Nông dân xã\n  head: Lê Văn B\n  position: Chủ tịch\n  phone: 0905 111 222")
    if data is None:
        return None
    name = check.text(data, "name", example="Hội Nông dân xã")
    name_en = check.text(data, "name_en", required=False)
    if name and not name_en:
        folded = fold(name)
        name_en = next((en for vi, en in ORGANISATIONS_EN.items() if folded.startswith(vi)), "")
        if not name_en:
            check.problem(data.lines.get("name", data.line),
                          f"chưa có tên tổ chức «{name}» bằng tiếng Anh (cho trang Introduction)",
                          "thêm dòng name_en: …, ví dụ name_en: Association of the Elderly")
    head = None
    head_name = check.text(data, "head", required=False)
    if head_name:
        position = check.text(data, "position", example="Chủ tịch")
        head = Person(name=head_name, position=position, line=data.lines["head"],
                      phone=check.phone(data), email=check.email(data))
        if position:
            head.position_en = check.position_en(data, position, data.lines.get("position", data.line))
    else:
        check.phone(data)
        check.email(data)
    return Organisation(name=name, name_en=name_en, head=head, phone=head.phone if head else "",
                        email=head.email if head else "", line=data.line) if name else None


VILLAGE_KEYS = ("name", "kind", "slug", "board", "aliases")


def _village(check, value, line):
    data = check.mapping(value, line, "mỗi thôn", VILLAGE_KEYS,
                         "- name: Đông Sơn\n  kind: Thôn\n  board:\n    - name: Đoàn Thị C\n      position: Trưởng ban")
    if data is None:
        return None
    name = check.text(data, "name", example="Đông Sơn")
    kind = check.text(data, "kind", required=False) or VILLAGE_KINDS[0]
    canonical = {fold(k): k for k in VILLAGE_KINDS}
    if fold(kind) not in canonical:
        check.problem(data.lines["kind"], f"loại «{kind}» không có trong danh sách",
                      "viết một trong: " + ", ".join(VILLAGE_KINDS))
    kind = canonical.get(fold(kind), kind)
    if name and fold(name).startswith(fold(kind) + " "):
        check.warning(data.lines["name"], f"tên «{name}» đã có chữ «{kind}» ở đầu",
                      f"chỉ viết tên riêng, ví dụ name: {name[len(kind):].strip()} (chữ «{kind}» được thêm tự động)")
        name = name[len(kind):].strip()
    slug = slugify(check.text(data, "slug", required=False) or name)
    aliases = []
    for alias, _ in check.items(data, "aliases"):
        aliases.append(nfc(str(alias)).strip())
    board = _people(check, data, "board", "mỗi thành viên Ban công tác Mặt trận")
    return Village(name=name, kind=kind, slug=slug, board=board, aliases=aliases, line=data.line) if name else None


LINK_KEYS = ("name", "url", "banner", "banner_alt")


def _link(check, value, line):
    data = check.mapping(value, line, "mỗi liên kết", LINK_KEYS,
                         "- name: Cổng thông tin điện tử thành phố Đà Nẵng\n  url: https://danang.gov.vn")
    if data is None:
        return None
    name = check.text(data, "name", example="Cổng thông tin điện tử thành phố Đà Nẵng")
    url = check.text(data, "url", example="https://danang.gov.vn")
    if url:
        wrong = check_url(url)
        if wrong:
            check.problem(data.lines["url"], f"địa chỉ liên kết «{url}» không dùng được: {wrong}",
                          "viết đầy đủ địa chỉ trang web, ví dụ url: https://danang.gov.vn")
            url = ""
    banner, banner_alt = check.image(data, "banner", "banner_alt")
    return Link(name=name, url=url, banner=banner, banner_alt=banner_alt, line=data.line) if name and url else None


TOP_KEYS = ("committee", "english", "standing_committee", "members", "organisations", "villages", "links")
COMMITTEE_KEYS = ("name", "name_en", "term", "address", "address_en", "phone", "email", "office_hours")


def _paragraphs(check, data, key):
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [" ".join(p.split()) for p in nfc(value).split("\n\n") if p.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [" ".join(nfc(v).split()) for v in value if v.strip()]
    check.problem(data.lines[key], f"«{key}» phải là đoạn văn hoặc danh sách các câu",
                  f"viết {key}: | rồi các đoạn văn lùi vào 2 dấu cách ở các dòng dưới")
    return []


def read_commune(text, path, image_exists):
    """Check the data file's text; ``(Commune or None, problems, warnings)``."""
    data, problems = read_lined(text, path, "tệp dữ liệu")
    if problems:
        return None, problems, []
    check = _Checker(path, image_exists)
    if data is None:
        check.problem(1, "tệp dữ liệu đang trống", f"viết thông tin theo mẫu:\n{DATA_EXAMPLE}")
        return None, check.problems, []
    data = check.mapping(data, 1, "tệp dữ liệu", TOP_KEYS, DATA_EXAMPLE)
    if data is None:
        return None, check.problems, check.warnings
    committee = check.mapping(data.get("committee"), data.lines.get("committee", 1), "«committee»",
                              COMMITTEE_KEYS, DATA_EXAMPLE) if "committee" in data else None
    if committee is None:
        if "committee" not in data:
            check.problem(1, "thiếu phần «committee» (thông tin Ủy ban)", f"thêm theo mẫu:\n{DATA_EXAMPLE}")
        return None, check.problems, check.warnings
    commune = Commune(
        name=check.text(committee, "name", example="Ủy ban MTTQ Việt Nam xã …"),
        name_en=check.text(committee, "name_en", example="Viet Nam Fatherland Front Committee of … Commune"),
        term=check.text(committee, "term", required=False),
        address=check.text(committee, "address", required=False),
        address_en=check.text(committee, "address_en", required=False),
        phone=check.phone(committee), email=check.email(committee),
        office_hours=check.text(committee, "office_hours", required=False),
    )
    if "english" in data:
        english = check.mapping(data["english"], data.lines["english"], "«english»",
                                ("introduction", "functions"), "english:\n  introduction: |\n    …")
        if english is not None:
            commune.introduction_en = _paragraphs(check, english, "introduction")
            commune.functions_en = _paragraphs(check, english, "functions")
    commune.standing = _people(check, data, "standing_committee", "mỗi thành viên Ban Thường trực", required=True)
    commune.members = _people(check, data, "members", "mỗi ủy viên")
    commune.organisations = [o for v, line in check.items(data, "organisations")
                             if (o := _organisation(check, v, line)) is not None]
    commune.villages = [v for value, line in check.items(data, "villages")
                        if (v := _village(check, value, line)) is not None]
    commune.links = [link for value, line in check.items(data, "links")
                     if (link := _link(check, value, line)) is not None]
    _check_unique_villages(check, commune.villages)
    return commune, check.problems, check.warnings


def _check_unique_villages(check, villages):
    seen_slug, seen_key = {}, {}
    for village in villages:
        if village.slug in seen_slug:
            check.problem(village.line, f"thôn «{village.name}» trùng địa chỉ trang với thôn "
                          f"«{seen_slug[village.slug].name}» (dòng {seen_slug[village.slug].line})",
                          "đổi tên hoặc thêm dòng slug: <ten-khac-khong-dau> cho một trong hai thôn")
        seen_slug.setdefault(village.slug, village)
        key = fold(village.name)
        if key in seen_key and village.slug not in (seen_key[key].slug,):
            check.problem(village.line, f"thôn «{village.name}» và «{seen_key[key].name}» viết không dấu giống nhau, "
                          "nên không phân biệt được thẻ (tags) của bài viết",
                          "thêm số hoặc chữ phân biệt vào tên, ví dụ Đông Lâm 1")
        seen_key.setdefault(key, village)
