"""The preview's web server: the output folder on loopback, plus reload events.

HTML responses get one same-origin script (``/__livereload.js``; the files on
disk stay as built) and are never stored; the files pages use are revalidated
by ``ETag`` (304 while unchanged); ``/__livereload?path=…`` is a Server-Sent Events stream
through which the server tells each tab to ``reload`` (when the file it shows
was written) or shows the ``problems`` of a failed build on top of the page.

Requests whose ``Host`` is a name other than ``localhost`` are refused (403):
a page on the internet whose name is made to resolve to 127.0.0.1 (DNS
rebinding) would otherwise read the drafts this server shows.  IP addresses
are accepted (a name is needed to rebind), so ``--host 192.168.1.5`` works.
"""

import ipaddress
import json
import logging
import os
import queue
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

logger = logging.getLogger(__name__)

SCRIPT_URL = "/__livereload.js"
EVENTS_URL = "/__livereload"

CLIENT_SCRIPT = """(function () {
  "use strict";
  var source = new EventSource("%s?path=" + encodeURIComponent(location.pathname));
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("problems", function (event) {
    var lines = JSON.parse(event.data), box = document.getElementById("ct-preview-problems");
    if (box) { box.remove(); }
    if (!lines.length) { return; }
    box = document.createElement("div");
    box.id = "ct-preview-problems";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:9999;max-height:60vh;overflow:auto;" +
      "background:#fff;color:#1b1b1b;border-bottom:4px solid #b3261e;padding:1rem;font:1rem/1.5 sans-serif";
    var title = document.createElement("strong");
    title.textContent = "Trang chưa được cập nhật vì nội dung có lỗi (sửa rồi lưu lại tệp):";
    var list = document.createElement("pre");
    list.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
    list.textContent = lines.join("\\n");
    box.appendChild(title);
    box.appendChild(list);
    document.body.appendChild(box);
  });
})();
""" % EVENTS_URL

INJECTED = f'<script src="{SCRIPT_URL}" defer></script>'.encode()


def page_file(url_path):
    """The output file a URL path shows: ``/tin-tuc/x/`` -> ``tin-tuc/x/index.html``."""
    path = unquote(url_path).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return os.path.normpath(path).replace(os.sep, "/")


def host_allowed(host_header):
    """Whether a ``Host`` header names this machine: ``localhost`` or an IP address."""
    host = (host_header or "").strip().lower()
    if host.startswith("["):  # [::1]:8000
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    if host in ("localhost", "localhost."):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def inject(html_bytes):
    """``html_bytes`` with the preview script before ``</body>`` (or at the end)."""
    index = html_bytes.rfind(b"</body>")
    if index < 0:
        return html_bytes + INJECTED
    return html_bytes[:index] + INJECTED + html_bytes[index:]


class _Client:
    def __init__(self, name):
        self.name = name
        self.events = queue.Queue()


class PreviewServer(ThreadingHTTPServer):
    """Static files of ``output`` plus the reload events; one thread per request."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, output):
        self.output = os.path.abspath(output)
        self.clients = set()
        self.lock = threading.Lock()
        self.problems = []
        self.stopping = threading.Event()
        super().__init__(address, partial(_Handler, directory=self.output))

    def viewed(self):
        with self.lock:
            return {client.name for client in self.clients}

    def _send(self, clients, event, data):
        for client in clients:
            client.events.put((event, data))

    def notify(self, written):
        """Tell the tabs showing one of the ``written`` files to reload."""
        with self.lock:
            clients = [c for c in self.clients if c.name in written]
        self._send(clients, "reload", "")

    def report(self, problems):
        """Show (or, with ``[]``, clear) the problems of the last build in every tab."""
        with self.lock:
            if list(problems) == self.problems:
                return
            self.problems = list(problems)
            clients = list(self.clients)
        self._send(clients, "problems", json.dumps(self.problems, ensure_ascii=False))

    def register(self, name):
        """A new tab; returns it with the problems it must show right away."""
        client = _Client(name)
        with self.lock:
            self.clients.add(client)
            return client, list(self.problems)

    def unregister(self, client):
        with self.lock:
            self.clients.discard(client)

    def stop(self):
        self.stopping.set()
        with self.lock:
            clients = list(self.clients)
        self._send(clients, None, None)
        self.shutdown()
        self.server_close()


def file_tag(stat):
    """A strong validator (``ETag``) of a file as it is on disk: its modification
    time in nanoseconds and its size (``Last-Modified`` counts whole seconds, and
    a build rewrites a file well within one)."""
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


class _Handler(SimpleHTTPRequestHandler):
    # Pages are never stored (each response carries the script and is read once per
    # reload); the files they use (stylesheet, scripts, images) are kept by the
    # browser and asked again with their ETag at each reload: 304 and no body
    # while they are unchanged.
    _cache = "no-store"
    _tag = None

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        logger.debug("%s " + format, self.address_string(), *args)

    def end_headers(self):
        self.send_header("Cache-Control", self._cache)
        if self._tag:
            self.send_header("ETag", self._tag)
        super().end_headers()

    def _not_modified(self, target):
        """Answer 304 when the tab holds ``target`` (a file, not a page) as it is now;
        otherwise prepare its ``ETag`` for the response the base class sends."""
        try:
            stat = os.stat(target)
        except OSError:
            return False
        self._cache, self._tag = "no-cache", file_tag(stat)
        held = {tag.strip() for tag in self.headers.get("If-None-Match", "").split(",")}
        if self._tag not in held:
            # The base class would answer 304 to an If-Modified-Since alone, to the second.
            del self.headers["If-Modified-Since"]
            return False
        self.send_response(304)
        self.end_headers()
        return True

    def _refuse_foreign_host(self):
        if host_allowed(self.headers.get("Host")):
            return False
        body = ("Bản xem thử chỉ trả lời địa chỉ http://127.0.0.1 hoặc http://localhost "
                "của chính máy này.").encode()
        self._send(403, body, "text/plain; charset=utf-8")
        return True

    def do_HEAD(self):  # noqa: N802 - http.server's naming
        self._cache, self._tag = "no-store", None  # a connection may carry several requests
        if not self._refuse_foreign_host():
            super().do_HEAD()

    def do_GET(self):  # noqa: N802 - http.server's naming
        self._cache, self._tag = "no-store", None  # a connection may carry several requests
        if self._refuse_foreign_host():
            return
        parts = urlsplit(self.path)
        if parts.path == EVENTS_URL:
            return self._events(parse_qs(parts.query).get("path", ["/"])[0])
        if parts.path == SCRIPT_URL:
            return self._send(200, CLIENT_SCRIPT.encode(), "text/javascript; charset=utf-8")
        target = self.translate_path(parts.path)
        if os.path.isdir(target):
            if not parts.path.endswith("/"):
                return super().do_GET()  # redirects to the path with a slash
            target = os.path.join(target, "index.html")
        if target.endswith(".html") and os.path.isfile(target):
            with open(target, "rb") as handle:
                return self._send(200, inject(handle.read()), "text/html; charset=utf-8")
        missing = os.path.join(self.directory, "404.html")
        if not os.path.exists(target) and os.path.isfile(missing):
            with open(missing, "rb") as handle:
                return self._send(404, inject(handle.read()), "text/html; charset=utf-8")
        if os.path.isfile(target) and not target.endswith(".html") and self._not_modified(target):
            return None
        return super().do_GET()

    def _send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _events(self, path):
        server = self.server
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        client, problems = server.register(page_file(path))
        try:
            self.wfile.write(b"retry: 500\n\n")
            if problems:
                data = json.dumps(problems, ensure_ascii=False)
                self.wfile.write(f"event: problems\ndata: {data}\n\n".encode())
            self.wfile.flush()
            while not server.stopping.is_set():
                try:
                    event, data = client.events.get(timeout=10)
                except queue.Empty:
                    self.wfile.write(b": ping\n\n")  # finds tabs that were closed
                    self.wfile.flush()
                    continue
                if event is None:
                    break
                self.wfile.write(f"event: {event}\ndata: {data}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            server.unregister(client)
