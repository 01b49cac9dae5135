"""What one build shares between the plugins.

``build_state(context)`` is the state of one build: Pelican creates one
context dict per build and hands it to every generator, so the state lives
there under one key that only this module knows, and dies with the build
(nothing survives between builds, which autoreload and the live preview rely
on).  It carries the build's ``ProblemCollector`` and each plugin's settings,
merged and checked once per build (``options``), and which once-per-build
steps have run (``first_time``).
"""

from ..problems import ProblemCollector

_KEY = "portal_build"  # the context's one entry owned by portal_core


class BuildState:
    """What the plugins of one build share (see the module docstring)."""

    __slots__ = ("problems", "_options", "_done", "_owned")

    def __init__(self):
        self.problems = ProblemCollector()
        self._options = {}
        self._done = set()
        self._owned = {}

    def own(self, owner, make=None):
        """The per-build object of plugin ``owner`` (its module name), made by
        ``make()`` the first time; ``None`` when there is none and no ``make``.
        Only its owner uses it: plugins talk to each other through signals and
        the typed members above, never through these."""
        found = self._owned.get(owner)
        if found is None and make is not None:
            found = self._owned[owner] = make()
        return found

    def first_time(self, step):
        """True the first time ``step`` (a plugin's name for one of its steps) is
        asked about in this build, False after."""
        if step in self._done:
            return False
        self._done.add(step)
        return True

    def options(self, load, settings):
        """``load(settings)`` (a plugin's ``load_options``), computed once per build."""
        try:
            return self._options[load]
        except KeyError:
            options = self._options[load] = load(settings)
            return options

    def __repr__(self):
        # Constant: page_writer digests the context, and this state is not what a page shows.
        return "BuildState()"


def build_state(context):
    """The ``BuildState`` of the build that ``context`` belongs to."""
    state = context.get(_KEY)
    if state is None:
        state = context[_KEY] = BuildState()
    return state
