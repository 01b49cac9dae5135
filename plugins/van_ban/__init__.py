from .van_ban import register  # noqa: F401
