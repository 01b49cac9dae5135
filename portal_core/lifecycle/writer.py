"""The incremental writer: renders only the pages whose inputs changed, on every core.

Pelican's own writer renders and writes every page of the site on every build.
``IncrementalWriter`` (given to Pelican by the page_writer plugin, and used by
the live preview's two passes) instead collects the pages the generators ask
for — ``write_file`` re-does Pelican 4.12's ``Writer.write_file``: the page's
context and its pagination — and renders them at two points: the article
generator's pages at ``article_writer_finalized`` (overlapping the search
indexer), the rest at ``finalized`` (or when the preview asks, ``flush``):

1. digests what each page is rendered from (``fingerprint.py``: the template
   and the code, the context, the page's own variables);
2. renders again only the pages whose digest differs from the one stored in
   ``CACHE_PATH/page_writer.json`` at the last build, or whose file is missing
   or was changed by something else since (size and modification time);
3. renders them in forked worker processes (``portal_core.workers``), one per
   core, and writes a file only when its bytes changed (unchanged files keep
   their modification time, which deploy tools rely on);
4. sends ``content_written`` for every page once its file is on disk (rendered
   now or kept from the last build), as Pelican's writer does;
5. deletes the pages the last build wrote and this one no longer makes (a
   deleted post, a category left empty, a listing page fewer), and the static
   files (attachments, images) Pelican copied last time and no longer has, so
   an incremental build leaves the same files as a fresh one.

The digests are taken from the values, not from a list of what today's
templates read, so a theme edit cannot leave a page stale; a change to the
theme's templates or to our code (plugins, ``portal_core``) renders everything again.

Settings read: ``PAGE_WRITER`` (dict, defaults in ``DEFAULTS``: ``workers``,
0 for one per core; ``incremental``, False to render every page every time;
``stamp``, False to build even when nothing changed: ``stamp.py``),
``CACHE_PATH``, ``THEME``, ``PLUGIN_PATHS``, ``PAGINATED_TEMPLATES``,
``DEFAULT_PAGINATION``.
"""

import json
import logging
import os
import time
from collections import Counter

import jinja2
import pelican
from pelican import signals
from pelican.contents import Content
from pelican.paginator import Page, Paginator
from pelican.urlwrappers import URLWrapper
from pelican.utils import path_to_url, get_relative_path, sanitised_join
from pelican.writers import Writer

from ..settings import check_bools, check_int, merge
from ..workers import fork_map

from .fingerprint import Fingerprints, files_digest, page_digest

logger = logging.getLogger(__name__)
if hasattr(logger, "disable_filter"):
    logger.disable_filter()  # Pelican's logger drops a line it logged once in the process

DEFAULTS = {
    "workers": 0,  # 0: one per core
    "incremental": True,
    "stamp": True,  # skip a build that would change nothing (stamp.py); off when not incremental
}
MANIFEST_NAME = "page_writer.json"
INTERRUPTIBLE_CHUNK = 256  # pages rendered between two looks at the preview's interrupt
MANIFEST_VERSION = 1


def load_options(settings):
    options = merge(settings, "PAGE_WRITER", DEFAULTS)
    check_bools(options, "PAGE_WRITER", ["incremental", "stamp"])
    check_int(options, "PAGE_WRITER", "workers", 0, 256)
    return options


class FileOverwriteError(RuntimeError):
    """Two pages of one build have the same output file."""


def code_digest(settings):
    """Digest of the theme's files and of our code (plugins, portal_core): what renders a page."""
    paths = []
    core = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    roots = [settings.get("THEME", ""), core] + list(settings.get("PLUGIN_PATHS", []))
    for root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            paths.extend(
                os.path.join(folder, n) for n in names
                if n.endswith((".html", ".py", ".j2", ".xml", ".txt"))
            )
    return files_digest(paths) + f":{pelican.__version__}:{jinja2.__version__}"


def read_manifests(path, output_path):
    """``(pages, static)`` of the last build, from one reading of its manifest (a
    10,000-post site's is some 2 MB of JSON): ``pages`` {name: [digest, size,
    mtime_ns]}, ``static`` the static files it copied ({name: 1})."""
    try:
        with open(path, encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        return {}, {}
    if manifest.get("version") != MANIFEST_VERSION or manifest.get("output") != output_path:
        return {}, {}
    found = [manifest.get(key) for key in ("pages", "static")]
    return tuple(value if isinstance(value, dict) else {} for value in found)


def write_manifest(path, output_path, pages, static=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = path + ".tmp"
    # ``dumps``, not ``dump``: only the one-shot encoder is the C one (the same text, a
    # 10,000-post manifest in 0.025 s instead of 0.07).
    text = json.dumps({"version": MANIFEST_VERSION, "output": output_path, "pages": pages,
                       "static": static or {}}, separators=(",", ":"), sort_keys=True)
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


def _stat(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _fstat(handle):
    st = os.fstat(handle.fileno())
    return [st.st_size, st.st_mtime_ns]


def _make_folder(folder):
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    except FileNotFoundError:  # its parent is new too
        os.makedirs(folder, exist_ok=True)


def remove_stale(output_path, names):
    """Delete ``names`` (paths relative to the output) and folders left empty."""
    removed = 0
    for name in names:
        path = sanitised_join(output_path, name)
        try:
            os.remove(path)
            removed += 1
        except FileNotFoundError:
            continue
        folder = os.path.dirname(path)
        while os.path.abspath(folder) != os.path.abspath(output_path):
            try:
                os.rmdir(folder)
            except OSError:
                break
            folder = os.path.dirname(folder)
    return removed


class PageJob:
    __slots__ = ("name", "template", "context", "kwargs", "relative_urls")

    def __init__(self, name, template, context, kwargs, relative_urls):
        self.name = name
        self.template = template
        self.context = context
        self.kwargs = kwargs
        self.relative_urls = relative_urls

    def __repr__(self):
        return f"page {self.name} (template {self.template.name})"


class IncrementalWriter(Writer):
    """Collects pages, then renders the changed ones in parallel (see the module docstring)."""

    def __init__(self, output_path, settings=None, render_early=True):
        """``render_early=False``: nothing is rendered at ``article_writer_finalized``
        (the preview decides when, with ``flush``)."""
        super().__init__(output_path, settings=settings)
        self.options = load_options(self.settings)
        self.jobs = {}  # output name -> PageJob, in the order asked
        self._overridden = set()
        self._finished = False
        self._output = os.path.abspath(self.output_path)
        self._fingerprints = None  # made at the first rendering, when the context is final
        self._code = ""
        self._previous = {}  # the last build's manifest: its pages ...
        self._previous_static = {}  # ... and the static files it copied
        self.pages = {}  # output name -> [digest, size, mtime_ns] of this build
        self._rendered = self._written = self._kept = 0
        self._seconds = 0.0
        self._base = None  # the shared context
        self._contexts = {}  # id(context) -> digest (the jobs keep each context alive)
        self._warmed = set()  # templates rendered once in this process (compiled before forking)
        self._undigested = []  # pages the preview's first pass rendered without a digest
        self._files = {}  # output name -> its path (Pelican's ``sanitised_join``, once per page)
        # Weak: a writer left by a failed build goes away with it.
        if render_early:
            signals.article_writer_finalized.connect(self.render_articles)
        signals.finalized.connect(self.finish)

    def close(self):
        """Leave Pelican's signals (a build that stopped before ``finalized``)."""
        signals.finalized.disconnect(self.finish)
        signals.article_writer_finalized.disconnect(self.render_articles)

    # -- collecting ------------------------------------------------------
    def _localcontext(self, context, name, kwargs, relative_urls):
        localcontext = context.copy()
        localcontext["localsiteurl"] = localcontext.get("localsiteurl", None)
        if relative_urls:
            relative_url = path_to_url(get_relative_path(name))
            localcontext["SITEURL"] = relative_url
            localcontext["localsiteurl"] = relative_url
        localcontext["output_file"] = name
        localcontext.update(kwargs)
        return localcontext

    def _add(self, name, template, context, kwargs, relative_urls, override):
        if name in self._overridden:
            if override:
                raise FileOverwriteError(f'Failed to overwrite "{name}" a second time')
            logger.info('Skipping "%s", not overwriting', name)
            return
        if name in self.jobs and not override:
            raise FileOverwriteError(
                f'Failed to overwrite "{name}" as Pelican has already written to it previously '
                "(set `override=True` if intended)")
        if override:
            self._overridden.add(name)
            self.pages.pop(name, None)  # rendered already: render the overriding page
        self.jobs[name] = PageJob(name, template, context, kwargs, relative_urls)

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        """Queue the page(s) ``name`` (paginated like Pelican's writer does)."""
        if not name:
            return
        if paginated is None:
            paginated = {key: val for key, val in kwargs.items() if key in {"articles", "dates"}}
        if not (paginated and template_name in self.settings["PAGINATED_TEMPLATES"]):
            self._add(name, template, context, kwargs, relative_urls, override_output)
            return
        per_page = (self.settings["PAGINATED_TEMPLATES"][template_name]
                    or self.settings["DEFAULT_PAGINATION"])
        paginators = {key: Paginator(name, url, val, self.settings, per_page)
                      for key, val in paginated.items()}
        for page_num in range(next(iter(paginators.values())).num_pages):
            page_kwargs = kwargs.copy()
            for key, paginator in paginators.items():
                page = paginator.page(page_num + 1)
                page_kwargs.update({
                    f"{key}_paginator": paginator,
                    f"{key}_page": page,
                    f"{key}_previous_page": paginator.page(page_num) if page_num > 0 else None,
                    f"{key}_next_page": (paginator.page(page_num + 2)
                                         if page_num + 1 < paginator.num_pages else None),
                })
            self._add(page.save_as, template, context, page_kwargs, relative_urls, override_output)

    def _file(self, name):
        """The path of the output file ``name`` (checked to be inside the output)."""
        path = self._files.get(name)
        if path is None:
            path = self._files[name] = sanitised_join(self._output, name)
        return path

    # -- rendering -------------------------------------------------------
    def _render(self, job):
        """Render one page and write it if its bytes changed; runs in a worker."""
        localcontext = self._localcontext(job.context, job.name, job.kwargs, job.relative_urls)
        if localcontext["localsiteurl"]:
            job.context["localsiteurl"] = localcontext["localsiteurl"]
        data = job.template.render(localcontext).encode("utf-8")
        path = sanitised_join(self.output_path, job.name)
        # As few file system calls as possible (a cold build makes thousands of pages,
        # each in its own folder): the handles' fstat, one mkdir for a new folder.
        try:
            with open(path, "rb") as handle:
                if handle.read() == data:
                    return False, _fstat(handle)
        except OSError:
            pass
        try:
            handle = open(path, "wb")
        except FileNotFoundError:
            _make_folder(os.path.dirname(path))
            handle = open(path, "wb")
        with handle:
            handle.write(data)
            handle.flush()
            return True, _fstat(handle)

    def _digests(self, names):
        """Output name -> digest of what the page is rendered from, for ``names``."""
        fingerprints = self._fingerprints
        contexts = self._contexts
        if self._base is None and names:
            # The context most pages share (Pelican copies it for period archives).
            counts = Counter(id(self.jobs[name].context) for name in names)
            self._base = next(self.jobs[name].context for name in names
                              if id(self.jobs[name].context) == counts.most_common(1)[0][0])
            contexts[id(self._base)] = fingerprints.context(self._base)
        base = self._base
        digests = {}
        for name in names:
            job = self.jobs[name]
            context_digest = contexts.get(id(job.context))
            if context_digest is None:
                context_digest = fingerprints.context(job.context, base, contexts[id(base)])
                contexts[id(job.context)] = context_digest
            variables = {
                key: (fingerprints.full(value) if isinstance(value, Content) else fingerprints.value(value))
                for key, value in job.kwargs.items()
            }
            digests[name] = page_digest(self._code + context_digest, job.template.name, name,
                                        job.relative_urls, fingerprints.value(variables))
        return digests

    def _digest_one(self, name):
        return self._digests([name])[name]

    def _digests_parallel(self, names):
        """``_digests`` of ``names`` on every core: the shared context is digested
        here first, so the workers inherit it and digest only their pages."""
        if len(names) < 2:
            return self._digests(names)
        # A page of the most common context first: ``_digests`` takes its context as the base.
        common = Counter(id(self.jobs[name].context) for name in names).most_common(1)[0][0]
        head = next(name for name in names if id(self.jobs[name].context) == common)
        digests = self._digests([head])
        rest = [name for name in names if name != head]
        # Digests keep what they walk in their memos and make no cycles: no collection needed.
        digests.update(zip(rest, fork_map(self._digest_one, rest, self.options["workers"], describe=repr,
                                          cycles=False)))
        return digests

    def _render_all(self, jobs):
        """``_render`` of ``jobs`` on every core, in their order.  The first page of
        each template not seen yet is rendered here, before forking, so the workers
        inherit its compiled templates (imports and includes too) instead of each
        compiling them again."""
        first = {}
        for index, job in enumerate(jobs):
            if job.template.name not in self._warmed:
                self._warmed.add(job.template.name)
                first[index] = self._render(job)
        rest = fork_map(self._render, [job for i, job in enumerate(jobs) if i not in first],
                        self.options["workers"], describe=repr)
        rest = iter(rest)
        return [first[i] if i in first else next(rest) for i in range(len(jobs))]

    def _render_queued(self, only=None, interrupt=None):
        """Render the queued pages not done yet (only those in ``only`` when given)
        whose digest changed; return the names of the files written, and whether
        ``interrupt`` (an Event, checked between chunks of pages) stopped it."""
        if self._fingerprints is None:
            self._fingerprints = Fingerprints(Content, URLWrapper, page_class=Page)
            self._code = code_digest(self.settings)
            manifest = self._manifest_path()
            pages, self._previous_static = read_manifests(manifest, self._output)
            self._previous = pages if self.options["incremental"] else {}
        names = [name for name in self.jobs if name not in self.pages and (only is None or name in only)]
        # The preview's first pass (``only``: the pages open in the browser, whose post was
        # just saved) renders them without a digest: digesting even one page means digesting
        # the context every page shares, the longest part of that pass.  Their digests are
        # taken with the other pages' in the second pass, for the manifest.
        first_pass = only is not None
        late = [] if first_pass else [name for name in self._undigested if name in self.pages]
        digests = {}
        if self.options["incremental"] and not first_pass:
            digests = self._digests_parallel(names + late)
            for name in late:
                self.pages[name][0] = digests[name]
            self._undigested = []
        todo = []
        for name in names:
            digest = digests.get(name, "")
            known = self._previous.get(name)
            if first_pass:
                todo.append(self.jobs[name])
                self._undigested.append(name)
            elif (self.options["incremental"] and known and known[0] == digest
                    and known[1:] == _stat(self._file(name))):
                self.pages[name] = known
                self._kept += 1
            else:
                todo.append(self.jobs[name])
        written, stopped = [], False
        step = max(1, len(todo) if interrupt is None else INTERRUPTIBLE_CHUNK)
        for start in range(0, len(todo), step):
            if interrupt is not None and interrupt.is_set():
                stopped = True
                break
            chunk = todo[start:start + step]
            results = self._render_all(chunk)
            for job, (changed, stat) in zip(chunk, results):
                self._written += changed
                self._rendered += 1
                self.pages[job.name] = [digests.get(job.name, ""), *(stat or [0, 0])]
                if changed:
                    written.append(job.name)
        for name in names:  # these files are on disk now, rendered or kept: announce them in order
            if name in self.pages:
                job = self.jobs[name]
                localcontext = self._localcontext(job.context, name, job.kwargs, job.relative_urls)
                signals.content_written.send(self._file(name), context=localcontext)
        return written, stopped

    def flush(self, only=None, interrupt=None):
        """Render now the queued pages in ``only`` (all when None), stopping between
        chunks when ``interrupt`` is set; return ``(names written, stopped)``.
        For the live preview, which writes the pages open in the browser first."""
        started = time.perf_counter()
        try:
            return self._render_queued(only, interrupt)
        finally:
            self._seconds += time.perf_counter() - started

    def _static_outputs(self):
        """{output name: 1} of the static files this build copied (Pelican's ``staticfiles``)."""
        context = self._base or next((job.context for job in self.jobs.values()), {})
        names = {}
        for item in context.get("staticfiles") or ():
            save_as = getattr(item, "save_as", "")
            if save_as:
                names[save_as.replace(os.sep, "/")] = 1
        return names

    def _manifest_path(self):
        return os.path.join(self.settings.get("CACHE_PATH") or "cache", MANIFEST_NAME)

    def render_articles(self, generator, writer=None):
        # article_writer_finalized: the article generator has queued its pages (nearly
        # all of them); rendering them now overlaps whole-site work started at this
        # signal (the search index runs in its own process).
        if writer is not self or self._finished:
            return
        started = time.perf_counter()
        self._render_queued()
        self._seconds += time.perf_counter() - started

    def finish(self, pelican_object):
        # finalized: every generator has queued its pages; the context is final.
        if self._finished or getattr(pelican_object, "settings", None) is not self.settings:
            return
        started = time.perf_counter()
        self._render_queued()
        self._finished = True
        signals.finalized.disconnect(self.finish)
        signals.article_writer_finalized.disconnect(self.render_articles)
        # Pelican copies static files but never deletes one whose source went away.
        static = self._static_outputs()
        gone = (set(self._previous) | set(self._previous_static)) - set(self.pages) - set(static)
        removed = remove_stale(self._output, sorted(gone))
        write_manifest(self._manifest_path(), self._output, self.pages, static)
        logger.info(
            "Pages: %d rendered (%d written, %d unchanged), %d kept without rendering, "
            "%d removed, in %.2f s",
            self._rendered, self._written, self._rendered - self._written, self._kept, removed,
            self._seconds + time.perf_counter() - started,
        )
