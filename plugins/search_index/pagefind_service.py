"""The Pagefind binary as a service: pages are sent to it, not written to files.

``pagefind --service`` reads requests on its standard input and answers on its
standard output: each message is a JSON object, base64-encoded and followed by a
comma (the protocol of Pagefind's own Node and Python wrappers).  It handles one
request at a time, in the order sent, so the pages of an index are numbered in
the order they are added.  Its files are best taken with ``GetFiles`` (in the
answer) rather than ``WriteFiles``: the latter answers before its writes are
done, and the process, which ends as soon as its input does, may cut them short.  Here the requests are written without waiting for
the answers (pipelined) and a thread reads the answers, so neither pipe fills
up; the ``pagefind`` package's own client reads one answer per 0.1 s, which
would take a quarter of an hour for 10,000 pages.

The binary is the one of the ``pagefind[bin]`` package (``PAGEFIND_BINARY_PATH``
may name another); it is never downloaded at run time.
"""

import base64
import json
import os
import queue
import subprocess
import tempfile
import threading


class PagefindError(RuntimeError):
    """Pagefind is missing, failed, or answered a request with an error."""


def pagefind_executable():
    """Path of the Pagefind binary; ``PagefindError`` saying what to install if there is none."""
    try:
        from pagefind.service import get_executable
    except ImportError as error:
        raise PagefindError(
            "Tìm kiếm: chưa cài Pagefind (gói 'pagefind[bin]'). "
            "Chạy: .venv/bin/pip install -r requirements.txt"
        ) from error
    executable = get_executable()
    if executable is None or not os.path.isfile(executable):
        raise PagefindError(
            "Tìm kiếm: không thấy chương trình Pagefind đi kèm gói 'pagefind-bin'. "
            "Chạy: .venv/bin/pip install -r requirements.txt"
        )
    return str(executable)


class PagefindService:
    """One ``pagefind --service`` process; use as a context manager."""

    def __init__(self, executable, environment=None):
        self._errors = tempfile.TemporaryFile()
        self._process = subprocess.Popen(
            [executable, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._errors, env=environment,
        )
        self._answers = queue.Queue()
        self._early = {}
        self._last_id = 0
        self._reader = threading.Thread(target=self._read, name="pagefind-answers", daemon=True)
        self._reader.start()

    def _read(self):
        pending = bytearray()
        stream = self._process.stdout
        while True:
            data = stream.read1(1 << 20)
            if not data:
                break
            start = len(pending)
            pending += data
            end = pending.find(b",", start)
            while end >= 0:
                self._answers.put(json.loads(base64.b64decode(pending[:end])))
                del pending[:end + 1]
                end = pending.find(b",")
        self._answers.put(None)  # the process closed its output: it ended

    def send(self, payload):
        """Write one request (not flushed); return its message id."""
        self._last_id += 1
        message = json.dumps({"message_id": self._last_id, "payload": payload}, ensure_ascii=False)
        try:
            self._process.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        except (BrokenPipeError, ValueError) as error:
            raise PagefindError(self._failure("Pagefind đã dừng")) from error
        return self._last_id

    def answer(self, message_id):
        """Wait for the answer to ``message_id``; ``PagefindError`` when it is an error."""
        try:
            self._process.stdin.flush()
        except (BrokenPipeError, ValueError) as error:
            raise PagefindError(self._failure("Pagefind đã dừng")) from error
        while message_id not in self._early:
            answer = self._answers.get()
            if answer is None:
                self._answers.put(None)
                raise PagefindError(self._failure("Pagefind dừng giữa chừng"))
            self._early[answer.get("message_id")] = answer.get("payload") or {}
        payload = self._early.pop(message_id)
        if payload.get("type") == "Error":
            raise PagefindError(f"Tìm kiếm: Pagefind báo lỗi: {payload.get('message')}")
        return payload

    def call(self, payload):
        """Send one request and wait for its answer."""
        return self.answer(self.send(payload))

    def _failure(self, what):
        code = self._process.poll()
        self._errors.seek(0)
        detail = self._errors.read().decode("utf-8", "replace").strip()[-1000:]
        return f"Tìm kiếm: {what} (mã lỗi {code}): {detail}"

    def close(self):
        """End the process (it stops at the end of its input) and wait for it."""
        try:
            self._process.stdin.close()
        except (BrokenPipeError, OSError):
            pass
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=5)
        self._errors.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
