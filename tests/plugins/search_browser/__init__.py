"""Search in real Chromium: the search page driven as residents use it (fixtures in conftest.py)."""
