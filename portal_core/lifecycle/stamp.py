"""The build stamp: a build that would write what the last one wrote is skipped.

A build's output is a function of its inputs — the content folder (posts,
pages, documents, data files, attachments), the settings, the theme, our code
(plugins, ``portal_core``, ``portal_tools``) and the installed packages and
Python — and of the build's "now": Pelican keeps a post dated in the future a
draft until its time comes (``WITH_FUTURE_DATES`` off), and the build date
(``PORTAL_BUILD_DATE`` unset: today in Asia/Ho_Chi_Minh) decides a document's
validity, the schedule's current week and the home page's coming days; the
editor's ``config.yml`` takes the current year.

After a build that succeeded, ``CACHE_PATH/build_stamp.json`` records a digest
of those inputs, a digest of the output folder as the build left it, and the
interval of time in which its "now" gives the same output: from the end of the
build to the first boundary after its start — the next midnight (in the
settings' ``TIMEZONE``, in Asia/Ho_Chi_Minh, in UTC and in the machine's local
time, whichever comes first) or the date of the first post, page or document
dated after the start, whichever comes first.  A build started inside that
interval, with the same inputs and an output folder that nobody touched
(same files, sizes, modification and change times), would write the same
files again: it is skipped.  Anything in doubt — a setting whose value cannot
be written down exactly, a file changed while the last build ran, a clock set
back — makes the stamp not match, and the build runs as usual.

Files are compared by path, size, modification and change time and inode, as
``git`` compares its work tree with its index: any write to a file changes its
change time, which no tool can set back.  As for ``git``, the limit is the file
system's clock: a write of the same size within one tick of the check (a few
milliseconds on Linux, two seconds on FAT) would go unseen.  Folders a setting
names outside the content, the theme and the plugins (none today) are not walked.

Settings read: ``CACHE_PATH``, ``PATH``, ``OUTPUT_PATH``, ``THEME``,
``PLUGIN_PATHS``, ``TIMEZONE``, and every other setting as an input.
"""

import datetime
import hashlib
import importlib.util
import inspect
import json
import logging
import os
import sys
import sysconfig
import time
import types
from zoneinfo import ZoneInfo

logger = logging.getLogger(__name__)
if hasattr(logger, "disable_filter"):
    logger.disable_filter()  # Pelican's logger drops a line it logged once in the process

STAMP_NAME = "build_stamp.json"
STAMP_VERSION = 1
# Zones whose midnight may change what a build writes (see the module docstring).
PORTAL_ZONE = "Asia/Ho_Chi_Minh"
# Environment variables that can change a build without being a setting.
ENVIRONMENT_PREFIXES = ("PORTAL_", "PAGEFIND", "PELICAN")
SKIPPED_FOLDERS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"})


class Unstable(ValueError):
    """A setting whose value cannot be written down exactly (the stamp is not used)."""


# -- files -------------------------------------------------------------------

def _walk(root, prefix, out, code):
    try:
        entries = sorted(os.scandir(root), key=lambda entry: entry.name)
    except FileNotFoundError:
        out.append(f"{prefix}!missing")
        return
    except NotADirectoryError:
        st = os.stat(root)
        out.append(f"{prefix}\x00{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")
        return
    for entry in entries:
        name = prefix + "/" + entry.name
        if entry.is_dir():
            if code and (entry.name in SKIPPED_FOLDERS or entry.name.startswith(".")):
                continue
            _walk(entry.path, name, out, code)
        else:
            try:
                st = entry.stat()
            except FileNotFoundError:  # a dangling link
                out.append(f"{name}\x00dangling")
                continue
            out.append(f"{name}\x00{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")


def tree_digest(root, code=False):
    """Digest of every file's path, size, times and inode under ``root`` (links
    followed); ``code``: leave out caches of compiled files and hidden folders."""
    lines = []
    _walk(os.path.abspath(root), "", lines, code)
    return hashlib.blake2b("\n".join(lines).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


# -- settings ----------------------------------------------------------------

def _source_state(value):
    try:
        path = inspect.getsourcefile(value)
    except TypeError:  # built in
        return "builtin"
    if not path:
        return "nosource"
    try:
        st = os.stat(path)
    except OSError:
        raise Unstable(f"{path} is gone") from None
    return f"{path}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def settings_text(value):
    """An exact, stable text of a settings value; raises ``Unstable`` when there is none."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return type(value).__name__ + "[" + ",".join(settings_text(v) for v in value) + "]"
    if isinstance(value, (set, frozenset)):
        return "set[" + ",".join(sorted(settings_text(v) for v in value)) + "]"
    if isinstance(value, dict):
        items = sorted((settings_text(k), settings_text(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, type,
                          types.ModuleType)):
        name = f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', getattr(value, '__name__', ''))}"
        target = getattr(value, "__func__", value)
        return f"code:{name}:{_source_state(target)}"
    text = repr(value)
    if " at 0x" in text or text.startswith("<"):
        raise Unstable(f"{type(value).__name__}: {text[:80]}")
    return type(value).__name__ + ":" + text


# -- inputs --------------------------------------------------------------------

def _code_roots(settings):
    core = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    roots = [core]
    spec = importlib.util.find_spec("portal_tools")
    if spec is not None and spec.origin:
        roots.append(os.path.dirname(spec.origin))
    roots.extend(settings.get("PLUGIN_PATHS") or [])
    return roots


def _installed():
    """Names of the distributions installed for this interpreter (they carry their
    versions).  Not ``sys.path``: plugins and settings files add to it while a build runs."""
    names = [sys.prefix]
    for folder in sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}):
        try:
            listing = os.listdir(folder)
        except OSError:
            continue
        names.append(folder)
        names.extend(sorted(n for n in listing if n.endswith((".dist-info", ".egg-info", ".egg-link", ".pth"))))
    return names


def inputs_digest(settings):
    """{part: digest} of everything a build reads (see the module docstring):
    settings, environment, content, theme, code; None when a setting cannot be
    written down exactly."""
    try:
        text = settings_text(dict(settings))
    except Unstable as unstable:
        logger.debug("Build stamp not used: setting %s", unstable)
        return None
    environment = [str(STAMP_VERSION), sys.version, sys.executable]
    environment.extend(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith(ENVIRONMENT_PREFIXES))
    environment.extend(_installed())
    parts = {"settings": text, "environment": "\x00".join(environment),
             "content": tree_digest(settings["PATH"]), "theme": tree_digest(settings["THEME"])}
    parts["code"] = "\x00".join(f"{root}:{tree_digest(root, code=True)}" for root in _code_roots(settings))
    return {name: hashlib.blake2b(value.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
            for name, value in parts.items()}


# -- time ----------------------------------------------------------------------

def next_midnights(start, zones):
    """The first midnight after ``start`` (a POSIX time) in each of ``zones``
    (names; None for the machine's local time), as POSIX times."""
    found = []
    for zone in zones:
        tz = ZoneInfo(zone) if zone else None
        moment = datetime.datetime.fromtimestamp(start, tz)
        day = moment.date() + datetime.timedelta(days=1)
        midnight = datetime.datetime.combine(day, datetime.time(), tz)
        found.append(midnight.timestamp())
    return found


def moment(value):
    """A content date as a POSIX time (a naive date is local time, as Pelican compares it)."""
    try:
        if isinstance(value, datetime.datetime):
            return value.timestamp()
        if isinstance(value, datetime.date):
            return datetime.datetime.combine(value, datetime.time()).timestamp()
    except (OverflowError, ValueError, OSError):  # datetime.max: a draft without a date
        return None
    return None


class Stamp:
    """One build's record (see the module docstring)."""

    def __init__(self, settings):
        self.settings = settings
        self.path = os.path.join(settings.get("CACHE_PATH") or "cache", STAMP_NAME)
        self.output = os.path.abspath(settings["OUTPUT_PATH"])
        self.start = None
        self.inputs = None
        self.boundaries = []
        self.warnings = []  # the last build's, when the stamp matches

    def begin(self):
        """Before a build: note its start and its inputs, forget the last stamp."""
        self.start = time.time()
        # The inputs the check just took, if it got that far: a file changed since is
        # newer than the stamp, and the next check sees it.
        self.inputs = self.inputs or inputs_digest(self.settings)
        zones = {self.settings.get("TIMEZONE") or "UTC", PORTAL_ZONE, "UTC", None}
        self.boundaries = next_midnights(self.start, sorted(zones, key=str))
        try:
            os.remove(self.path)
        except FileNotFoundError:
            pass

    def saw_date(self, value):
        """A post, page or document of this build is dated ``value``: from then on
        a build may write something else."""
        when = moment(value)
        if when is not None and self.start is not None and when > self.start:
            self.boundaries.append(when)

    def end(self, warnings=()):
        """After a build that succeeded: write the stamp, with the build's
        ``warnings`` ([logger name, level, message]) to repeat when one is skipped."""
        if self.inputs is None:
            return
        end = time.time()
        expires = min(self.boundaries)
        if expires <= end:  # something became due while it ran
            logger.debug("Build stamp not written: %s came while the build ran",
                         datetime.datetime.fromtimestamp(expires).isoformat())
            return
        record = {"version": STAMP_VERSION, "output_path": self.output, "inputs": self.inputs,
                  "output": tree_digest(self.output), "end": end, "expires": expires,
                  "warnings": list(warnings)}
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        temporary = self.path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(temporary, self.path)

    def matches(self):
        """True when a build now would write what the last one wrote."""
        try:
            with open(self.path, encoding="utf-8") as handle:
                record = json.load(handle)
        except (OSError, ValueError):
            return self._differs("no stamp (the last build did not end)")
        now = time.time()
        if (not isinstance(record, dict) or record.get("version") != STAMP_VERSION
                or record.get("output_path") != self.output):
            return self._differs("the stamp is of another output folder or version")
        if not record.get("end", now + 1) <= now < record.get("expires", 0):
            return self._differs("a midnight or a scheduled post's time has come (or the clock was set back)")
        inputs = self.inputs = inputs_digest(self.settings)
        if inputs is None:
            return False
        if inputs != record.get("inputs"):
            known = record.get("inputs") if isinstance(record.get("inputs"), dict) else {}
            changed = ", ".join(sorted(k for k in inputs if inputs[k] != known.get(k)))
            return self._differs(f"changed since the last build: {changed}")
        if tree_digest(self.output) != record.get("output"):
            return self._differs("the output folder changed since the last build")
        self.warnings = record.get("warnings") or []
        return True

    @staticmethod
    def _differs(why):
        logger.debug("Build stamp: %s; building", why)
        return False


class _Warnings(logging.Handler):
    """The warnings and errors a build logs (what a skipped build repeats)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.seen = []

    def emit(self, record):
        try:
            self.seen.append([record.name, record.levelno, record.getMessage()])
        except Exception:  # a message that cannot be formatted is logged as such elsewhere
            pass


def skip_unchanged_builds(pelican_object):
    """Make ``pelican_object.run()`` skip a build the stamp says would change
    nothing, and stamp each build that runs to its end (Pelican has no signal
    that can stop a build, so its ``run`` is wrapped on this one instance)."""
    from pelican import signals

    run = pelican_object.run

    def stamped_run():
        stamp = Stamp(pelican_object.settings)
        started = time.perf_counter()
        if stamp.matches():
            # The officer sees the last build's warnings again, as a build would log them.
            for name, level, message in stamp.warnings:
                logging.getLogger(name).log(level, "%s", message)
            logger.info("Nothing changed since the last build (content, settings, theme, code, date, "
                        "output folder): output kept, checked in %.2f s", time.perf_counter() - started)
            return
        stamp.begin()

        def dated(content):
            stamp.saw_date(getattr(content, "date", None))

        def drafts(generator):
            # Posts loaded from Pelican's content cache (CACHE_CONTENT) are not made
            # again: a post held back for its date is among the drafts.
            for item in getattr(generator, "drafts", []) + getattr(generator, "drafts_translations", []):
                dated(item)

        warnings = _Warnings()
        root = logging.getLogger()
        root.addHandler(warnings)
        signals.content_object_init.connect(dated, weak=False)
        signals.article_generator_finalized.connect(drafts, weak=False)
        try:
            run()
        finally:
            signals.content_object_init.disconnect(dated)
            signals.article_generator_finalized.disconnect(drafts)
            root.removeHandler(warnings)
        stamp.end(warnings.seen)

    pelican_object.run = stamped_run
