"""Load on `mind-templates serve`: 50 concurrent clients uploading filled documents for 30 s, against 127.0.0.1 only.

    python bench/bench_web.py [--clients 50] [--seconds 30] [--workers 2] [--files 6]

Starts the real server on a free localhost port (never another host), then, side by side in one run:

- the server: each client thread posts one filled .docx to /check after another; requests per second,
  p50/p95 latency of the answered checks, how many were turned away with 503 (allowed when saturated)
  and any other error (none allowed), the server's peak memory (its process tree: uvicorn, the fork
  server and the check workers), and the slowest GET /health, polled every 0.25 s throughout (must stay
  under 1 s);
- the baseline, the same files through the CLI: `mind-templates check FILES --jobs N` once, and one
  `mind-templates check FILE` process per file, N at a time (what a naive per-request server would do).

Nothing is asserted: the numbers are for people. The run is bounded by --seconds and by each request's timeout.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import CLI, Run, _tree_rss, build_submissions, mb  # noqa: E402

HOST = "127.0.0.1"  # the bench never loads anything but this machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = f"bench{random.getrandbits(64):x}"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"action\"\r\n\r\nreport\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def request(port: int, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
            timeout: float = 120) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        headers = {"content-type": content_type} if content_type else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def load(port: int, files: list[Path], clients: int, seconds: float) -> dict:
    bodies = [multipart(f.name, f.read_bytes()) for f in files]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(index: int) -> None:
        turn = index
        while time.monotonic() < stop:
            body, content_type = bodies[turn % len(bodies)]
            turn += 1
            started = time.perf_counter()
            try:
                status = str(request(port, "POST", "/check", body, content_type))
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
            elapsed = time.perf_counter() - started
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == "200":
                    latencies.append(elapsed)
            if status == "503":
                time.sleep(0.5)  # a polite client; Retry-After says 10 s, which would leave the bench idle

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"seconds": time.perf_counter() - started, "latencies": latencies, "statuses": statuses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--files", type=int, default=6, help="distinct filled documents the clients send")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        made, how = build_submissions(Path(tmp), 1)
        files = made[: args.files]
        print(f"{len(files)} filled documents ({how}); {args.clients} clients for {args.seconds:g} s, "
              f"--workers {args.workers}")
        port = free_port()
        server = subprocess.Popen([*CLI, "serve", "--host", HOST, "--port", str(port), "--workers", str(args.workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(300):
                try:
                    request(port, "GET", "/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            peak, health = [0], [0.0]
            done = threading.Event()

            def watch() -> None:
                while not done.is_set():
                    peak[0] = max(peak[0], _tree_rss(server.pid))
                    started = time.perf_counter()
                    try:
                        request(port, "GET", "/health", timeout=5)
                        health[0] = max(health[0], time.perf_counter() - started)
                    except OSError:
                        health[0] = max(health[0], 5.0)
                    time.sleep(0.25)

            watcher = threading.Thread(target=watch)
            watcher.start()
            result = load(port, files, args.clients, args.seconds)
            done.set()
            watcher.join()
        finally:
            server.terminate()
            server.wait(30)

        ok = result["statuses"].get("200", 0)
        others = {k: v for k, v in result["statuses"].items() if k not in ("200", "503")}
        lat = sorted(result["latencies"])
        p50 = statistics.median(lat) if lat else float("nan")
        p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
        server_rate = ok / result["seconds"]
        print(f"server   : {ok} checks in {result['seconds']:.1f} s = {server_rate:.2f} req/s; "
              f"p50 {p50:.2f} s, p95 {p95:.2f} s; 503: {result['statuses'].get('503', 0)}; "
              f"other errors: {others or 0}; peak memory (tree) {mb(peak[0]).strip()}; "
              f"slowest /health {health[0] * 1000:.0f} ms")

        batch = Run("cli batch").commands([[*CLI, "check", *map(str, files), "--format", "json",
                                            "--jobs", str(args.workers)]])
        single = Run("cli per file").commands([[*CLI, "check", str(f), "--format", "json", "--jobs", "1"]
                                               for f in files], parallel=args.workers)
        for run in (batch, single):
            rate = len(files) / run.seconds
            print(f"{run.label:<13}: {len(files)} files in {run.seconds:.1f} s = {rate:.2f} files/s; "
                  f"peak memory (tree) {mb(run.tree).strip()}; server / this = {server_rate / rate:.2f}x")


if __name__ == "__main__":
    main()
