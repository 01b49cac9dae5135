"""Pure core of the work schedule: read and check one week's YAML file.

Nothing here imports Pelican.  ``read_week(text, path)`` returns ``(Week or
None, problems)``; every problem is a ``ContentProblem`` with the file, the
line, what is wrong and what to write instead (Vietnamese), like the posts'
front matter.  Scalars are taken as the text the officer typed (YAML would
read ``07:30`` as a number of minutes and ``2026-09-14`` as a date).
"""

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from front_matter.rules import ContentProblem, closest
from portal_core.yaml_data import compose
from vietnamese.vietnamese import VN_TZ, WEEKDAYS, DateError, nfc, parse_post_date

WEEK_KEYS = ("week", "modified", "note", "days")
DAY_KEYS = ("date", "note", "items")
ITEM_KEYS = ("time", "end", "title", "place", "chair", "attendees", "prepare", "note")
ITEM_LABELS = {  # shown on the page and in the calendar, in this order
    "chair": "Chủ trì",
    "attendees": "Thành phần",
    "prepare": "Chuẩn bị",
    "note": "Ghi chú",
}
TIME_RE = re.compile(r"^(\d{1,2})\s*(?::|h|g)\s*(\d{2})$")
TIME_EXAMPLE = "07:30 (giờ:phút, từ 00:00 đến 23:59)"

WEEK_EXAMPLE = """week: 14/09/2026        # ngày Thứ Hai đầu tuần
note: "Lịch này thay giấy mời"
days:
  - date: 14/09/2026
    items:
      - time: "07:30"
        title: Giao ban Thường trực
        place: Phòng họp Ủy ban MTTQ xã
        chair: Chủ tịch Ủy ban MTTQ xã
        attendees: Các Phó Chủ tịch
        prepare: Văn phòng"""


@dataclass
class Item:
    day: dt.date
    time: dt.time
    end: dt.time | None
    title: str
    place: str = ""
    details: list = field(default_factory=list)  # [(label, text)] in ITEM_LABELS order
    line: int = 0

    @property
    def session(self):
        """"Sáng", "Chiều" or "Tối", from the start time."""
        if self.time.hour < 12:
            return "Sáng"
        return "Chiều" if self.time.hour < 18 else "Tối"

    @property
    def start(self):
        return dt.datetime.combine(self.day, self.time)

    def detail(self, key):
        label = ITEM_LABELS[key]
        return next((text for name, text in self.details if name == label), "")


@dataclass
class Day:
    date: dt.date
    note: str = ""
    items: list = field(default_factory=list)

    @property
    def weekday(self):
        return WEEKDAYS[self.date.weekday()]

    @property
    def text(self):
        return f"{self.date:%d/%m/%Y}"

    @property
    def sessions(self):
        """``[(session name, items)]`` in the day's order, empty sessions left out."""
        groups = []
        for item in self.items:
            if groups and groups[-1][0] == item.session:
                groups[-1][1].append(item)
            else:
                groups.append((item.session, [item]))
        return groups


@dataclass
class Week:
    monday: dt.date
    path: str
    line: int
    note: str = ""
    days: list = field(default_factory=list)  # Day, Monday first; days without a file entry left out
    url: str = ""  # set by the generator from WORK_SCHEDULE_WEEK_URL
    save_as: str = ""
    modified: dt.date | None = None  # the officer's "modified:" (last change of the file), optional

    @property
    def last_change(self):
        """When the week's schedule last changed: ``modified``, else its Monday (00:00 in Việt Nam)."""
        return dt.datetime.combine(self.modified or self.monday, dt.time(), VN_TZ)

    @property
    def range_text(self):
        """"14/09 – 20/09/2026"."""
        return f"{self.monday:%d/%m} – {self.sunday:%d/%m/%Y}"

    @property
    def year(self):
        return self.monday.isocalendar()[0]

    @property
    def number(self):
        return self.monday.isocalendar()[1]

    @property
    def sunday(self):
        return self.monday + dt.timedelta(days=6)

    @property
    def items(self):
        return [item for day in self.days for item in day.items]


class _Reader:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def problem(self, node, message, fix):
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(ContentProblem(self.path, line, message, fix))

    def mapping(self, node, keys, what):
        """``{key: (key node, value node)}`` of a mapping node, unknown keys reported."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} phải là các dòng «tên: giá trị»", f"viết theo mẫu:\n{WEEK_EXAMPLE}")
            return None
        found = {}
        for key_node, value_node in node.value:
            key = nfc(str(key_node.value)).strip()
            if key in found:
                self.problem(key_node, f"«{key}» được khai báo hai lần trong {what}", "giữ lại một dòng, xoá dòng kia")
            elif key not in keys:
                self.problem(key_node, f"{what} không có mục «{key}»",
                             f"viết «{closest(key, keys)}:» (các mục được dùng: {', '.join(keys)})")
            else:
                found[key] = (key_node, value_node)
        return found

    def text(self, entry, key, required=False):
        if key not in entry:
            return ""
        key_node, node = entry[key]
        value = nfc(str(node.value)).strip() if isinstance(node, yaml.ScalarNode) and node.value is not None else None
        if value is None or (required and not value):
            self.problem(key_node, f"«{key}» phải là một dòng chữ và không được để trống",
                         f"viết nội dung sau «{key}:», ví dụ {key}: Giao ban Thường trực")
            return None
        return " ".join(value.split())

    def date(self, entry, key, owner):
        if key not in entry:
            return None
        key_node, node = entry[key]
        try:
            stamp, has_time = parse_post_date(node.value if isinstance(node, yaml.ScalarNode) else "")
        except DateError as err:
            self.problem(key_node, f"«{key}»: {err.message}", "hãy viết ngày theo dạng 14/09/2026 (ngày/tháng/năm)")
            return None
        if has_time:
            self.problem(key_node, f"«{key}» của {owner} chỉ ghi ngày, không ghi giờ",
                         "ghi giờ ở từng việc (time: \"07:30\")")
            return None
        return stamp.date()

    def time(self, entry, key):
        if key not in entry:
            return None
        key_node, node = entry[key]
        value = str(node.value).strip() if isinstance(node, yaml.ScalarNode) else ""
        match = TIME_RE.match(value)
        hour, minute = (int(match[1]), int(match[2])) if match else (99, 99)
        if hour > 23 or minute > 59:
            self.problem(key_node, f"giờ «{value}» không hợp lệ",
                         f"hãy viết giờ theo dạng {TIME_EXAMPLE}, trong dấu nháy kép: {key}: \"07:30\"")
            return None
        return dt.time(hour, minute)


def read_week(text, path, today=None):
    """``(Week or None, problems)`` for the YAML ``text`` of the file ``path``; with
    ``today`` (the build date), a ``modified:`` later than it is a problem (a typed year)."""
    root, problems = compose(nfc(text), path, "tệp lịch")
    if problems:
        return None, problems
    reader = _Reader(path)
    if root is None:
        reader.problem(None, "tệp lịch công tác trống", f"viết lịch theo mẫu:\n{WEEK_EXAMPLE}")
        return None, reader.problems
    top = reader.mapping(root, WEEK_KEYS, "tệp lịch")
    if top is None:
        return None, reader.problems
    for key in ("week", "days"):
        if key not in top:
            reader.problem(root, f"tệp lịch thiếu mục «{key}»", f"viết theo mẫu:\n{WEEK_EXAMPLE}")
    monday = reader.date(top, "week", "tuần")
    if monday is not None and monday.weekday() != 0:
        first = monday - dt.timedelta(days=monday.weekday())
        reader.problem(top["week"][0], f"«week» phải là ngày Thứ Hai đầu tuần; {monday:%d/%m/%Y} là {WEEKDAYS[monday.weekday()]}",
                       f"viết week: {first:%d/%m/%Y}")
        monday = None
    week_line = top["week"][0].start_mark.line + 1 if "week" in top else 1
    modified = reader.date(top, "modified", "tuần")
    if modified is not None and today is not None and modified > today:
        reader.problem(top["modified"][0], f"«modified» là ngày {modified:%d/%m/%Y}, sau ngày hôm nay ({today:%d/%m/%Y})",
                       f"ghi ngày sửa lịch lần cuối, không muộn hơn hôm nay, ví dụ modified: {today:%d/%m/%Y}")
        modified = None
    week = Week(monday or dt.date.min, path, week_line, reader.text(top, "note") or "",
                modified=modified)
    days_node = top.get("days", (None, None))[1]
    if days_node is not None and not isinstance(days_node, yaml.SequenceNode):
        reader.problem(days_node, "«days» phải là danh sách các ngày, mỗi ngày bắt đầu bằng «- date:»",
                       f"viết theo mẫu:\n{WEEK_EXAMPLE}")
        days_node = None
    seen = {}
    for day_node in (days_node.value if days_node is not None else []):
        entry = reader.mapping(day_node, DAY_KEYS, "mỗi ngày")
        if entry is None:
            continue
        if "date" not in entry:
            reader.problem(day_node, "ngày này thiếu mục «date»", "thêm dòng - date: 14/09/2026 ở đầu ngày")
            continue
        day = reader.date(entry, "date", "ngày")
        if day is None:
            continue
        line = entry["date"][0].start_mark.line + 1
        if monday is not None and not monday <= day <= week.sunday:
            reader.problem(entry["date"][0], f"ngày {day:%d/%m/%Y} không thuộc tuần {monday:%d/%m/%Y} – {week.sunday:%d/%m/%Y}",
                           "sửa lại ngày, hoặc chuyển việc này sang tệp lịch của tuần có ngày đó")
            continue
        if day in seen:
            reader.problem(entry["date"][0], f"ngày {day:%d/%m/%Y} được ghi hai lần (dòng {seen[day]} và dòng {line})",
                           "gộp các việc của ngày này vào một mục - date:")
            continue
        seen[day] = line
        current = Day(day, reader.text(entry, "note") or "")
        items_node = entry.get("items", (None, None))[1]
        if items_node is not None and not isinstance(items_node, yaml.SequenceNode):
            reader.problem(items_node, "«items» phải là danh sách các việc, mỗi việc bắt đầu bằng «- time:»",
                           f"viết theo mẫu:\n{WEEK_EXAMPLE}")
            items_node = None
        for item_node in (items_node.value if items_node is not None else []):
            item = _read_item(reader, item_node, day)
            if item is not None:
                current.items.append(item)
        current.items.sort(key=lambda item: (item.time, item.line))
        week.days.append(current)
    week.days.sort(key=lambda d: d.date)
    if reader.problems or monday is None:
        return None, reader.problems
    return week, []


def _read_item(reader, node, day):
    entry = reader.mapping(node, ITEM_KEYS, "mỗi việc")
    if entry is None:
        return None
    line = node.start_mark.line + 1
    for key, fix in (("title", "thêm dòng title: <nội dung công việc>"),
                     ("time", 'thêm dòng time: "07:30" (giờ bắt đầu)')):
        if key not in entry:
            reader.problem(node, f"việc này thiếu mục «{key}»", fix)
    title = reader.text(entry, "title", required=True)
    start = reader.time(entry, "time")
    end = reader.time(entry, "end")
    if start is not None and end is not None and end <= start:
        reader.problem(entry["end"][0], f"giờ kết thúc {end:%H:%M} không sau giờ bắt đầu {start:%H:%M}",
                       "sửa giờ kết thúc (end) hoặc bỏ dòng end")
        return None
    texts = {key: reader.text(entry, key) for key in ("place", *ITEM_LABELS)}
    if not title or start is None or any(v is None for v in texts.values()):
        return None
    details = [(label, texts[key]) for key, label in ITEM_LABELS.items() if texts[key]]
    return Item(day, start, end, title, texts["place"], details, line)


def duplicate_weeks(weeks):
    """Problems for weeks written in two files or more (every such file named)."""
    by_monday = {}
    for week in weeks:
        by_monday.setdefault(week.monday, []).append(week)
    problems = []
    for monday, group in sorted(by_monday.items()):
        if len(group) > 1:
            names = ", ".join(sorted(w.path for w in group))
            for week in group:
                problems.append(ContentProblem(
                    week.path, week.line, f"tuần {monday:%d/%m/%Y} có lịch trong nhiều tệp ({names})",
                    "gộp lịch của tuần vào một tệp, xoá các tệp còn lại"))
    return problems
