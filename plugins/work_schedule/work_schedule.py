"""Work schedule ("Lịch công tác"): one YAML file per week, its pages and a calendar feed.

Officers write one file per week under ``content/<path>/`` (``.yml``/``.yaml``,
format in ``data.py`` and the README).  Every file is checked (``data.py``);
a problem (a date outside the file's week, a time such as 25:00, an item with
no title, two files for one week…) goes to the build's ``ProblemCollector`` (``build_state(context).problems``),
which ``front_matter`` reports with every other problem before anything is
written.  The build writes:

- ``WORK_SCHEDULE_SAVE_AS``: the current week, chosen by the build date
  (``PORTAL_BUILD_DATE``, else today in Asia/Ho_Chi_Minh; the daily rebuild
  keeps it current), with links to the previous and next weeks that have a
  schedule;
- ``WORK_SCHEDULE_WEEK_SAVE_AS`` (``{year}``, ``{number}``: ISO week): each week;
- ``WORK_SCHEDULE_ARCHIVE_SAVE_AS``: every week, newest first;
- ``WORK_SCHEDULE_ICS_URL``: every item as an iCalendar feed (``calendar.py``).

Settings read: ``WORK_SCHEDULE`` (dict, defaults in ``DEFAULTS``: ``path``,
the folder under content/; ``home_days``, how many days from today the home
page shows, 0 to hide the block); ``WORK_SCHEDULE_URL``/``_SAVE_AS``,
``WORK_SCHEDULE_WEEK_URL``/``_SAVE_AS``, ``WORK_SCHEDULE_ARCHIVE_URL``/``_SAVE_AS``,
``WORK_SCHEDULE_ICS_URL`` (defaults in ``URLS``); ``PORTAL_BUILD_DATE``
("dd/mm/yyyy", tests fix it); ``SITEURL``, ``PUBLISH_SITEURL``, ``PORTAL_COMMITTEE``,
``RELATIVE_URLS``.
Template variables provided: in every template ``schedule_upcoming`` (the
``Day``s from the build date to ``home_days`` days later that have items) and
``schedule_today`` (the build date); on the schedule's pages
``schedule_week`` (a ``Week``, or None when the current week has no file),
``schedule_monday``, ``schedule_sunday`` (the week shown), ``schedule_previous`` /
``schedule_next`` (neighbouring ``Week``s with a file, or None),
``schedule_weeks`` (every ``Week``, newest first), ``schedule_is_current`` and
``last_change`` (the page's date for the sitemap: the week's ``last_change``,
the latest of them on the archive).
A ``Week`` has ``url``; its ``days`` have ``sessions`` (Sáng/Chiều/Tối) of items.
"""

import datetime as dt
import logging
import os
from urllib.parse import urlsplit

from pelican import signals
from pelican.generators import Generator

from front_matter.rules import ContentProblem, decode
from portal_core.settings import SettingsError, absolute_siteurl, check_int, merge
from vietnamese.vietnamese import VN_TZ, DateError, parse_post_date
from portal_core.lifecycle import build_state
from portal_core.files import write_if_changed

from .calendar import calendar_bytes
from .data import duplicate_weeks, read_week

logger = logging.getLogger(__name__)

DEFAULTS = {
    "path": "lich-cong-tac",  # folder under content/ holding one file per week
    "home_days": 3,  # the home page shows today and the next days up to this many
}
URLS = {
    "WORK_SCHEDULE_URL": "lich-cong-tac/",
    "WORK_SCHEDULE_SAVE_AS": "lich-cong-tac/index.html",
    "WORK_SCHEDULE_WEEK_URL": "lich-cong-tac/{year}/tuan-{number:02d}/",
    "WORK_SCHEDULE_WEEK_SAVE_AS": "lich-cong-tac/{year}/tuan-{number:02d}/index.html",
    "WORK_SCHEDULE_ARCHIVE_URL": "lich-cong-tac/cac-tuan/",
    "WORK_SCHEDULE_ARCHIVE_SAVE_AS": "lich-cong-tac/cac-tuan/index.html",
    "WORK_SCHEDULE_ICS_URL": "lich-cong-tac/lich-cong-tac.ics",
}
EXTENSIONS = (".yml", ".yaml")


def load_options(settings):
    options = merge(settings, "WORK_SCHEDULE", DEFAULTS)
    check_int(options, "WORK_SCHEDULE", "home_days", 0, 14)
    if not isinstance(options["path"], str) or not options["path"].strip("/"):
        raise SettingsError("WORK_SCHEDULE['path'] must be a folder under content/, e.g. 'lich-cong-tac'")
    return options


def urls(settings):
    return {key: settings.get(key) or default for key, default in URLS.items()}


def build_date(settings):
    """``PORTAL_BUILD_DATE`` ("dd/mm/yyyy") as a date, else today in Asia/Ho_Chi_Minh."""
    value = settings.get("PORTAL_BUILD_DATE")
    if not value:
        return dt.datetime.now(VN_TZ).date()
    try:
        return parse_post_date(value)[0].date()
    except DateError as err:
        raise SettingsError(f"PORTAL_BUILD_DATE: {err.message} — {err.fix}") from None


# ---------------------------------------------------------------- pure core


def read_folder(folder, display, today=None):
    """``(weeks, problems)`` of every schedule file under ``folder``;
    ``display(path)`` is how a file is named in messages; ``today`` as in ``read_week``."""
    weeks, problems = [], []
    if not os.path.isdir(folder):
        return weeks, problems
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            if name.startswith("."):
                continue
            if not name.endswith(EXTENSIONS):
                problems.append(ContentProblem(display(path), 1, "tệp này không phải tệp lịch công tác (.yml)",
                                               "đổi tên tệp cho có đuôi .yml, hoặc chuyển tệp ra khỏi thư mục lịch"))
                continue
            with open(path, "rb") as handle:
                text, problem = decode(handle.read(), display(path))
            if problem:
                problems.append(problem)
                continue
            week, found = read_week(text, display(path), today)
            problems.extend(found)
            if week is not None:
                weeks.append(week)
    problems.extend(duplicate_weeks(weeks))
    return sorted(weeks, key=lambda w: w.monday), problems


def upcoming_days(weeks, today, count):
    """The days from ``today`` to ``today + count - 1`` that have items, in order."""
    last = today + dt.timedelta(days=max(count, 0) - 1)
    return [day for week in weeks for day in week.days if today <= day.date <= last and day.items]


def neighbours(weeks, monday):
    """``(previous, next)``: the nearest weeks before and after ``monday`` with a file."""
    before = [w for w in weeks if w.monday < monday]
    after = [w for w in weeks if w.monday > monday]
    return (before[-1] if before else None), (after[0] if after else None)


# ---------------------------------------------------------------- adapter


class WorkScheduleGenerator(Generator):
    """Reads and checks the weeks (``generate_context``), writes their pages and the feed."""

    def generate_context(self):
        options = load_options(self.settings)
        self.urls = urls(self.settings)
        self.today = build_date(self.settings)
        folder = os.path.join(self.path, options["path"])
        self.weeks, problems = read_folder(folder, os.path.relpath, self.today)
        build_state(self.context).problems.extend(problems)
        for week in self.weeks:
            week.url = self.urls["WORK_SCHEDULE_WEEK_URL"].format(year=week.year, number=week.number)
            week.save_as = self.urls["WORK_SCHEDULE_WEEK_SAVE_AS"].format(year=week.year, number=week.number)
        self.context["schedule_today"] = self.today
        self.context["schedule_upcoming"] = upcoming_days(self.weeks, self.today, options["home_days"])

    def _write(self, writer, name, template, **variables):
        writer.write_file(name, self.get_template(template), self.context,
                          relative_urls=self.settings.get("RELATIVE_URLS", False), **variables)

    def generate_output(self, writer):
        weeks = self.weeks
        newest_first = list(reversed(weeks))
        shared = {"schedule_weeks": newest_first}
        current_monday = self.today - dt.timedelta(days=self.today.weekday())
        current = next((w for w in weeks if w.monday == current_monday), None)
        previous, following = neighbours(weeks, current_monday)
        # ``last_change``: each page's own date for the sitemap (search_engines), not the newest post's.
        self._write(writer, self.urls["WORK_SCHEDULE_SAVE_AS"], "work_schedule", schedule_week=current,
                    schedule_monday=current_monday, schedule_sunday=current_monday + dt.timedelta(days=6),
                    schedule_previous=previous, schedule_next=following, schedule_is_current=True,
                    last_change=current.last_change if current else None, **shared)
        for week in weeks:
            previous, following = neighbours(weeks, week.monday)
            self._write(writer, week.save_as, "work_schedule", schedule_week=week, schedule_monday=week.monday,
                        schedule_sunday=week.sunday,
                        schedule_previous=previous, schedule_next=following,
                        schedule_is_current=week.monday == current_monday, last_change=week.last_change, **shared)
        self._write(writer, self.urls["WORK_SCHEDULE_ARCHIVE_SAVE_AS"], "work_schedule_archive",
                    last_change=max((w.last_change for w in weeks), default=None), **shared)
        self._write_calendar()

    def _write_calendar(self):
        base = absolute_siteurl(self.settings) or ""
        host = urlsplit(self.settings.get("PUBLISH_SITEURL") or base).netloc or "localhost"
        name = f"Lịch công tác — {self.settings.get('PORTAL_COMMITTEE') or self.settings.get('SITENAME')}"
        data = calendar_bytes(self.weeks, name, host, f"{base}/{self.urls['WORK_SCHEDULE_URL']}",
                              lambda week: f"{base}/{week.url}")
        if not write_if_changed(os.path.join(self.output_path, self.urls["WORK_SCHEDULE_ICS_URL"]), data):
            return  # same bytes: the file keeps its modification time
        logger.info("work_schedule: %d weeks, %d items in %s", len(self.weeks),
                    sum(len(w.items) for w in self.weeks), self.urls["WORK_SCHEDULE_ICS_URL"])


def get_generators(pelican_object):
    # get_generators: the only way to add a generator of our own to the build.
    return WorkScheduleGenerator


def content_folder(settings):
    """The folder under ``PATH`` this section reads (content_files: its Markdown is not stray)."""
    return load_options(settings)["path"].strip("/")


def register():
    signals.get_generators.connect(get_generators)
