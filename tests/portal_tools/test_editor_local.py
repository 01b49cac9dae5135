"""`invoke editor`: the web editor and the live preview on 127.0.0.1, stopped cleanly by Ctrl+C."""

import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
import yaml

from conftest import ROOT

pytestmark = pytest.mark.skipif(not (ROOT / "node_modules" / "decap-cms" / "dist" / "decap-cms.js").is_file(),
                                reason="node_modules lacks decap-cms: run `invoke editor-files`")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, process, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stdout.read())
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return answer.read()
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within {timeout} s")


def test_invoke_editor_serves_editor_and_preview_and_stops_on_ctrl_c(tmp_path):
    port, preview = free_port(), free_port()
    # Started as a terminal starts it, Ctrl+C at its default action: a suite run in the background
    # (`cmd &` in a script) ignores SIGINT, and a child inherits that — the editor would never
    # hear the Ctrl+C below.  -X faulthandler: a stop that hangs is aborted, printing every
    # thread's stack.
    process = subprocess.Popen(
        [sys.executable, "-X", "faulthandler", "-m", "invoke", "editor", "--port", str(port),
         "--preview-port", str(preview)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        conf = yaml.safe_load(wait_for(f"http://127.0.0.1:{port}/quan-tri/config.yml", process))
        assert conf["local_backend"]["url"] == f"http://127.0.0.1:{port}/api/v1"
        assert b"decap-cms.js" in wait_for(f"http://127.0.0.1:{port}/quan-tri/", process)
        assert b"<html" in wait_for(f"http://127.0.0.1:{preview}/", process)
        process.send_signal(signal.SIGINT)
        try:
            output, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGABRT)
            raise AssertionError("Ctrl+C did not stop it within 60 s; where it was:\n" + process.communicate()[0])
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, output
    assert "Đã dừng trình soạn thảo." in output
    for number in (port, preview):  # both servers are closed (connections may linger in TIME_WAIT)
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", number))
