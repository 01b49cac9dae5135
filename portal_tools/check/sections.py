"""The files the section plugins' own generators make, asked of the generators.

A section plugin (``van_ban``, ``questions``, ``work_schedule``, ``commune``…)
adds a generator of its own through ``get_generators``, and its
``generate_output(writer)`` is the one place that knows every page it writes.
The check calls it with a ``PlanWriter``, which records each file name (every
numbered page of a paginated list, as Pelican's ``Writer`` numbers them) and
renders nothing.  Files a generator writes itself (feeds, the calendar) go to a
throwaway folder given as its ``output_path`` and are listed from there, so the
output folder is never touched.  Pelican's own generators are left out: the
check maps their pages from what they read (``check.site_map``), because their
``generate_output`` sends signals that start other plugins' work.
"""

import os
import tempfile

from pelican.paginator import Paginator


class PlanWriter:
    """A stand-in for Pelican's ``Writer`` that only records what would be written."""

    def __init__(self, settings):
        self.settings = settings
        self.files = set()

    def write_file(self, name, template, context, relative_urls=False, paginated=None, template_name=None,
                   override_output=False, url=None, **kwargs):
        if not name:
            return
        templates = self.settings["PAGINATED_TEMPLATES"]
        if paginated and template_name in templates:
            per_page = templates[template_name] or self.settings["DEFAULT_PAGINATION"]
            objects = list(next(iter(paginated.values())))
            paginator = Paginator(name, url, objects, self.settings, per_page)
            self.files.update(paginator.page(n).save_as for n in range(1, paginator.num_pages + 1))
        else:
            self.files.add(name)


def is_section(generator):
    """A generator added by one of our plugins rather than one of Pelican's."""
    return not type(generator).__module__.startswith("pelican.")


def section_files(generators, settings):
    """Output paths (``hoi-dap/index.html``, ``feeds/hoi-dap.rss.xml``…) of every
    file the section generators would write."""
    writer = PlanWriter(settings)
    with tempfile.TemporaryDirectory(prefix="cong-tin-check-") as scratch:
        for generator in filter(is_section, generators):
            if not hasattr(generator, "generate_output"):
                continue
            output_path = generator.output_path
            generator.output_path = scratch
            try:
                generator.generate_output(writer)
            finally:
                generator.output_path = output_path
        for folder, _, names in os.walk(scratch):
            for name in names:
                writer.files.add(os.path.relpath(os.path.join(folder, name), scratch).replace(os.sep, "/"))
    return writer.files
