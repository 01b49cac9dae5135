from .van_ban import content_folder, register  # noqa: F401
