from .work_schedule import register  # noqa: F401
