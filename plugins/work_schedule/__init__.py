from .work_schedule import content_folder, register  # noqa: F401
