from .listing_index import register  # noqa: F401
