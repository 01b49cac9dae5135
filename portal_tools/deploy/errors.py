"""The one exception of the deploy tools: what went wrong and what to do."""


class DeployError(Exception):
    """A deploy that cannot go on; ``str()`` is ``problem — fix`` in Vietnamese."""

    def __init__(self, message, fix):
        super().__init__(f"{message} — {fix}")
        self.message = message
        self.fix = fix
