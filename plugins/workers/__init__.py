"""Forked worker processes for the build's CPU-bound steps (a library, not a build plugin)."""

from .workers import WorkerError, fork_map, worker_count  # noqa: F401
