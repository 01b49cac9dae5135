"""Pure core of the calendar feed: the weeks' items as one iCalendar file.

Made with the ``icalendar`` library.  Each event's UID is made from what
identifies the item to a reader (its day, start time and title) and the
portal's host, so a rebuild gives the same UIDs and calendar apps update the
events instead of adding copies; nothing in the file depends on the build
time (DTSTAMP is the item's week), so unchanged weeks give the same bytes.
"""

import datetime as dt

from icalendar import Calendar, Event

from vietnamese.vietnamese import VN_TZ, slugify

PRODID = "-//Cong tin//Lich cong tac//VI"


def event_uid(item, host):
    """Stable UID: ``lich-<yyyymmdd>-<hhmm>-<title slug>@<host>``."""
    return f"lich-{item.day:%Y%m%d}-{item.time:%H%M}-{slugify(item.title, 60)}@{host}"


def description(item):
    return "\n".join(f"{label}: {text}" for label, text in item.details)


def calendar_bytes(weeks, name, host, page_url, week_url):
    """The ``.ics`` bytes of every item of ``weeks``.  ``week_url(week)`` is the
    absolute address of a week's page; ``page_url`` the schedule's page."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    cal.add("url", page_url)
    seen = {}
    for week in sorted(weeks, key=lambda w: w.monday):
        stamp = dt.datetime.combine(week.monday, dt.time(0, 0), VN_TZ).astimezone(dt.timezone.utc)
        for item in week.items:
            uid = event_uid(item, host)
            seen[uid] = seen.get(uid, 0) + 1
            if seen[uid] > 1:  # the same title twice at one time: numbered in file order
                uid = uid.replace("@", f"-{seen[uid]}@", 1)
            event = Event()
            event.add("uid", uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", dt.datetime.combine(item.day, item.time, VN_TZ))
            if item.end:
                event.add("dtend", dt.datetime.combine(item.day, item.end, VN_TZ))
            event.add("summary", item.title)
            if item.place:
                event.add("location", item.place)
            if item.details:
                event.add("description", description(item))
            event.add("url", week_url(week))
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
