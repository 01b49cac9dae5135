from .questions import content_folder, register  # noqa: F401
