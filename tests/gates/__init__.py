"""Real-browser quality gates (see README.md)."""
