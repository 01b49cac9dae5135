"""Problems in the content, worded for a communication officer, and the one
collector that carries them from every plugin to the build's report.

A ``ContentProblem`` names a file, a line, what is wrong and what to write
instead (in Vietnamese).  Plugins that find problems while the build reads the
content (front_matter's reader, photos, related_news…) add them to the build's
``ProblemCollector`` — ``portal_core.lifecycle.build_state(context).problems``,
never a bare list in the context — and front_matter reports them all at once
at ``all_generators_finalized`` by raising ``ContentError``: the build stops
before anything is written, and ``invoke check`` lists the same problems.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong in one file, worded for a communication officer."""

    path: str
    line: int
    message: str
    fix: str
    code: str = ""  # what kind of problem, for rules that act on it (e.g. "missing:date")

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message} — {self.fix}"


class ContentError(Exception):
    """The content has problems; the build must stop and list them all."""

    exitcode = 1

    def __init__(self, problems):
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(
            f"{len(self.problems)} lỗi trong nội dung, trang chưa được tạo:\n{lines}"
        )


class ProblemCollector:
    """The content problems of one build, each once, in the order found."""

    __slots__ = ("_problems",)

    def __init__(self):
        self._problems = {}  # problem -> None: an ordered set

    def add(self, problem):
        if not isinstance(problem, ContentProblem):
            raise TypeError(f"a ContentProblem is expected, not {problem!r}")
        self._problems.setdefault(problem, None)

    def extend(self, problems):
        for problem in problems:
            self.add(problem)

    def __iter__(self):
        return iter(list(self._problems))

    def __len__(self):
        return len(self._problems)

    def __contains__(self, problem):
        return problem in self._problems

    def __repr__(self):
        # Constant: page_writer digests the context, and what was found is not what a page shows.
        return "ProblemCollector()"

    def raise_if_any(self):
        """Stop the build with every problem (``ContentError``) when there is one."""
        if self._problems:
            raise ContentError(self._problems)
