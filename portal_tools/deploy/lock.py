"""One publish at a time per folder: an advisory ``flock`` on a lock file.

The kernel releases a ``flock`` when the process holding it dies (even under
``kill -9``), so a crashed publish never leaves the lock held: the lock file
itself may stay, it is the open file that holds the lock, not its existence.
A second publish waits for the first (up to ``wait`` seconds, telling the
officer it waits) and then works on what the first left, never beside it.
"""

import contextlib
import fcntl
import os
import time

from .errors import DeployError

LOCK_WAIT = 900  # seconds a publish waits for another one on the same folder
_POLL = 0.2


@contextlib.contextmanager
def held(lock_path, what, wait=LOCK_WAIT, on_wait=None):
    """Hold the lock ``lock_path`` for the ``with`` block.  ``what`` names the
    folder in messages; ``on_wait(text)`` is called once if the lock is busy."""
    os.makedirs(os.path.dirname(lock_path), exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DeployError(
                        f"một lần đăng trang khác vẫn đang chạy vào {what} (đã chờ {wait:g} giây)",
                        "chờ lần đó xong rồi chạy lại «invoke publish»; không cần xoá tệp khoá "
                        f"{os.path.basename(lock_path)}: khoá tự mở khi lần kia dừng, kể cả khi nó bị tắt ngang",
                    ) from None
                if on_wait and not told:
                    on_wait(f"Một lần đăng trang khác đang chạy vào {what}; đang chờ nó xong…")
                    told = True
                time.sleep(_POLL)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a curious human
        yield
    finally:
        os.close(fd)  # closing releases the lock
