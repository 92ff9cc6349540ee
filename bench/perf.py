"""Performance at full API size (issue 13): cold starts, per-call cost, big pages, code generation, the
emulator's memory. Every figure is a ratio against a baseline measured in the same run; "before" figures
come from the code of the previous release, checked out into a temporary git worktree and measured by
the same functions in the same run (pass --before REV).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEY = "0123456789abcdef" * 4


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


# -- cold starts ----------------------------------------------------------------------------------------


def with_bytecode(env: dict[str, str]) -> dict[str, str]:
    """Imports are measured as installed packages run them: from compiled bytecode (a wheel install
    compiles it), so PYTHONDONTWRITEBYTECODE, set on some machines, is dropped."""
    return {key: value for key, value in env.items() if key != "PYTHONDONTWRITEBYTECODE"}


def compile_tree(pythonpath: str) -> None:
    for folder in pythonpath.split(os.pathsep):
        subprocess.run([sys.executable, "-m", "compileall", "-q", folder], env=with_bytecode(dict(os.environ)),
                       capture_output=True, check=False)  # fmt: skip


def fresh_interpreter_ms(
    code: str, pythonpath: str, rounds: int = 7, env: dict[str, str] | None = None, setup: str = ""
) -> float:
    """Median time of `code` in a fresh interpreter, after the untimed `setup` (startup is not counted)."""
    script = setup + "\nimport time as _time\n_t = _time.perf_counter()\n" + code
    script += "\nprint((_time.perf_counter() - _t) * 1000)\n"
    environment = with_bytecode({**(env or os.environ), "PYTHONPATH": pythonpath})
    samples = []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=environment, check=True
        ).stdout
        samples.append(float(out.strip().splitlines()[-1]))
    return statistics.median(samples)


FIRST_COMMANDS = """
import json, trtc_sdk
first = {}
for path, op in trtc_sdk.OPERATIONS.items():
    first.setdefault(op.namespace, path)
print(json.dumps(first))
"""


def first_commands(pythonpath: str) -> dict[str, str]:
    """The first command of every namespace."""
    out = subprocess.run(
        [sys.executable, "-c", FIRST_COMMANDS],
        capture_output=True, text=True, env=with_bytecode({**os.environ, "PYTHONPATH": pythonpath}), check=True,
    ).stdout  # fmt: skip
    result: dict[str, str] = json.loads(out)
    return result


def cold_start(pythonpath: str, rounds: int = 7) -> dict[str, Any]:
    """import trtc_sdk; + Client(...); the first use of every namespace (its service and the models of its first
    command: what a first call imports and builds), worst and median over all namespaces."""
    compile_tree(pythonpath)
    base = "import trtc_sdk\n"
    make = "c = trtc_sdk.Client(1400000000, 'k' * 64, base_url='http://127.0.0.1:9')\n"
    loaded = "import sys\nprint(sorted({'asyncio', 'httpx'} & set(sys.modules)))"
    figures: dict[str, Any] = {
        "import requests, pydantic": fresh_interpreter_ms("import requests, pydantic", pythonpath, rounds),
        "import trtc_sdk": fresh_interpreter_ms(base, pythonpath, rounds),
        "import trtc_sdk + Client(...)": fresh_interpreter_ms(base + make, pythonpath, rounds),
    }
    environment = with_bytecode({**os.environ, "PYTHONPATH": pythonpath})
    figures["asyncio/httpx loaded by the sync client"] = subprocess.run(
        [sys.executable, "-c", base + make + loaded], capture_output=True, text=True, env=environment, check=True
    ).stdout.strip()
    # What any first call needs whatever the command: pydantic's BaseModel (`import pydantic` alone defers it)
    # and the core's request/reply half.
    core = (
        "import pydantic.main\n"
        "try:\n    from trtc_sdk._core import models, paging, reply, request\nexcept ImportError:\n    pass\n"
    )
    figures["first call, any command: pydantic.BaseModel + request/reply core"] = fresh_interpreter_ms(
        core, pythonpath, rounds, setup=base + make
    )
    # Rounds go across all namespaces in turn, so a slow minute of this shared VM lands on every namespace
    # once instead of on all the samples of one.
    samples: dict[str, list[float]] = {}
    firsts = first_commands(pythonpath)
    for _ in range(5):
        for namespace, path in firsts.items():
            use = f"c.{namespace}\nop = trtc_sdk.OPERATIONS[{path!r}]\nop.request_model, op.response_model\n"
            samples.setdefault(namespace, []).append(fresh_interpreter_ms(use, pythonpath, 1, setup=base + make + core))
    per_namespace = {namespace: statistics.median(values) for namespace, values in samples.items()}
    worst = max(per_namespace, key=per_namespace.__getitem__)
    figures["namespaces"] = len(per_namespace)
    figures["namespace first use (worst)"] = per_namespace[worst]
    figures["worst namespace"] = worst
    figures["namespace first use (median)"] = statistics.median(per_namespace.values())
    return figures


# -- per call ---------------------------------------------------------------------------------------------

FAST_SERVER = r"""
import select, socket, sys
reply_body = sys.argv[1].encode()
head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(reply_body)
reply = head + reply_body
listener = socket.create_server(("127.0.0.1", 0))
listener.setblocking(False)
print(listener.getsockname()[1], flush=True)
buffers = {}
while True:
    ready, _, _ = select.select([listener, *buffers], [], [])
    for sock in ready:
        if sock is listener:
            conn, _ = listener.accept()
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            buffers[conn] = b""
            continue
        data = sock.recv(65536)
        if not data:
            del buffers[sock]
            sock.close()
            continue
        buffers[sock] += data
        while b"\r\n\r\n" in buffers[sock]:
            head, _, rest = buffers[sock].partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if len(rest) < length:
                break
            buffers[sock] = rest[length:]
            sock.sendall(reply)
"""

PER_CALL = r"""
import json, statistics, sys, time, requests
import trtc_sdk
port, rounds = int(sys.argv[1]), int(sys.argv[2])
url = f"http://127.0.0.1:{port}"
client = trtc_sdk.Client(1400000000, "k" * 64, base_url=url, max_retries=0)
raw = requests.Session()
body = json.dumps({"CallId": "c-1"}).encode()
headers = {"Content-Type": "application/json; charset=utf-8"}
query = (url + "/v4/call_engine_http_srv/get_call_info?sdkappid=1400000000&identifier=administrator"
         + "&usersig=" + "x" * 200 + "&random=1&contenttype=json")
for _ in range(200):
    client.call.get_call_info(call_id="c-1"); raw.post(query, data=body, headers=headers).content
sdk, baseline = [], []
for _ in range(rounds):
    t = time.perf_counter(); client.call.get_call_info(call_id="c-1"); sdk.append(time.perf_counter() - t)
    t = time.perf_counter(); raw.post(query, data=body, headers=headers).content
    baseline.append(time.perf_counter() - t)
print(json.dumps({"sdk": statistics.median(sdk), "raw": statistics.median(baseline)}))
"""


CALL_REPLY = json.dumps(
    {"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "RequestId": "r",
     "Response": {"CallInfo": {"CallId": "c-1", "MediaType": "Video"}, "UserList": []}}
)  # fmt: skip


def per_call(pythonpath: str, rounds: int = 3000, extra_env: int = 0) -> dict[str, float]:
    """SDK call vs a default requests.Session POST of the same body, alternated one by one, on a fast server."""
    server = subprocess.Popen([sys.executable, "-c", FAST_SERVER, CALL_REPLY], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        env = {**os.environ, "PYTHONPATH": pythonpath}
        env.update({f"KUBERNETES_SERVICE_{n}_HOST": f"10.0.{n // 250}.{n % 250}" for n in range(extra_env)})
        out = subprocess.run(
            [sys.executable, "-c", PER_CALL, port, str(rounds)], capture_output=True, text=True, env=env, check=True
        ).stdout
        result: dict[str, float] = json.loads(out)
        return result
    finally:
        server.kill()


# -- big pages ----------------------------------------------------------------------------------------------

PAGE = {
    "ErrorCode": 0, "ActionStatus": "OK", "ErrorInfo": "", "RequestId": "r",
    "Response": {"Next": "n", "MemberList": [
        {"Member_Account": f"user-{i}", "Nick": f"Nick {i}", "Avatar": "https://example.com/a.png",
         "JoinTime": 1700000000 + i, "Role": "Member"} for i in range(100)
    ]},
}  # fmt: skip

PAGE_CALL = r"""
import json, statistics, sys, time
import trtc_sdk
port, rounds = int(sys.argv[1]), int(sys.argv[2])
client = trtc_sdk.Client(1400000000, "k" * 64, base_url=f"http://127.0.0.1:{port}", max_retries=0)
for _ in range(100):
    client.live.get_member_list(room_id="r", next="")
samples = []
for _ in range(rounds):
    t = time.perf_counter(); client.live.get_member_list(room_id="r", next=""); samples.append(time.perf_counter() - t)
print(json.dumps({"call": statistics.median(samples)}))
"""


def page_call(pythonpath: str, rounds: int = 1000) -> float:
    """Seconds per live get_member_list call that returns a 100-member page (decoding included)."""
    server = subprocess.Popen([sys.executable, "-c", FAST_SERVER, json.dumps(PAGE)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        out = subprocess.run(
            [sys.executable, "-c", PAGE_CALL, port, str(rounds)],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": pythonpath}, check=True,
        ).stdout  # fmt: skip
        result: float = json.loads(out)["call"]
        return result
    finally:
        server.kill()


PAGE_PATH = "room_engine_http_srv/get_room_member_list"

DECODE = r"""
import json, statistics, sys, time
import trtc_sdk
raw, rounds = sys.stdin.buffer.read(), int(sys.argv[1])
op = trtc_sdk.OPERATIONS[PAGE_PATH]
model = op.response_model
try:  # this release: the core's decoder
    from trtc_sdk._core.http import HTTPReply
    from trtc_sdk._core.reply import decode_reply
    from trtc_sdk._registry import REGISTRY
    decode = lambda: decode_reply(REGISTRY, op, HTTPReply(200, raw), model, ())
except ImportError:  # the previous release
    from trtc_sdk._runtime.envelope import Reply, decode_reply
    decode = lambda: decode_reply(op, Reply(200, raw), model, ())
assert decode().model_dump()
floor = lambda: model.model_validate_json(raw)  # pydantic alone, no envelope handling: what decoding cannot beat
for _ in range(50):
    decode(); floor()
samples, floor_samples = [], []
for _ in range(rounds):  # one by one in turns, so both see the same machine
    t = time.perf_counter(); decode(); samples.append(time.perf_counter() - t)
    t = time.perf_counter(); floor(); floor_samples.append(time.perf_counter() - t)
print(json.dumps({"decode": statistics.median(samples), "floor": statistics.median(floor_samples)}))
""".replace("PAGE_PATH", repr(PAGE_PATH))


def realistic_page(items: int = 100) -> str:
    """A reply of PAGE_PATH holding `items` members with every documented field (built from the spec)."""
    from trtc_sdk import OPERATIONS
    from trtc_sdk._registry import REGISTRY
    from trtc_sdk.testing.fakes import fake_request, fake_response

    operation = OPERATIONS[PAGE_PATH]
    page = fake_response(operation, fake_request(operation), REGISTRY.envelope)
    member = page["Response"]["MemberList"][0]
    page["Response"]["MemberList"] = [{**member, "Member_Account": f"user-{n}"} for n in range(items)]
    return json.dumps({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "RequestId": "r", **page})


def page_decoding(pythonpath: str, rounds: int = 500) -> dict[str, float]:
    """A 100-member page of room get_room_member_list through the release's own reply decoder (the previous
    release: json.loads + checks + model_validate; this one: model_validate_json + checks)."""
    done = subprocess.run(
        [sys.executable, "-c", DECODE, str(rounds)], input=realistic_page().encode(), capture_output=True,
        env={**os.environ, "PYTHONPATH": pythonpath}, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode(errors="replace")[-2000:])
    result: dict[str, float] = json.loads(done.stdout)
    return result


def paged_memory(items: int = 100_000, per_page: int = 100) -> dict[str, float]:
    """Iterating `items` paged items through the emulator: traced memory after the first 1 % and at the end."""
    from trtc_sdk.testing import Emulator

    path = "live_engine_http_srv/get_member_list"
    member = {"Member_Account": "user", "Nick": "Nick", "Avatar": "https://example.com/a.png", "JoinTime": 1}
    pages = items // per_page
    with Emulator(max_recorded=50) as emulator:
        for index in range(pages):
            following = "" if index == pages - 1 else f"cursor-{index + 1}"
            emulator.script(path, body={"Response": {"Next": following, "MemberList": [member] * per_page}})
        client = emulator.client(max_retries=0)
        gc.collect()
        tracemalloc.start()
        seen = 0
        early = 0.0
        started = time.perf_counter()
        for _ in client.live.iter_get_member_list(room_id="r"):
            seen += 1
            if seen == items // 100:
                early = tracemalloc.get_traced_memory()[0]
        late, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        seconds = time.perf_counter() - started
    return {"items": seen, "early_mb": early / 2**20, "late_mb": late / 2**20, "peak_mb": peak / 2**20, "s": seconds}


# -- code generation ----------------------------------------------------------------------------------------


def generation(root: Path) -> dict[str, Any]:
    """Regenerating everything, and a few subsets of the spec, to show the cost per command is linear."""
    code = r"""
import json, sys, time
from pathlib import Path
from codegen.load import load_spec
from codegen.render import Renderer
only = tuple(sys.argv[1:])
t = time.perf_counter(); spec = load_spec(only=only); loaded = time.perf_counter() - t
t = time.perf_counter(); Renderer(spec).render_all(); rendered = time.perf_counter() - t
print(json.dumps({"commands": len(spec.commands), "load": loaded, "render": rendered}))
"""
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'generated'}"}
    runs = []
    subsets = (
        ["call.yaml"],
        ["call.yaml", "room.yaml", "seat.yaml"],
        ["call.yaml", "live.yaml", "room.yaml"],
        ["chat.yaml"],
        [],
    )
    for only in subsets:
        available = [name for name in only if (root / "spec" / name).exists()]
        if only and len(available) != len(only):
            continue
        out = subprocess.run(
            [sys.executable, "-c", code, *available], capture_output=True, text=True, env=env, cwd=root, check=True
        ).stdout
        runs.append(json.loads(out))
    return {"runs": runs}


# -- the emulator's memory ------------------------------------------------------------------------------------


def emulator_soak(requests_count: int = 1_000_000) -> dict[str, float]:
    """1,000,000 requests through the emulator's record-and-answer path (without sockets): memory stays flat."""
    from trtc_sdk.testing import Emulator
    from trtc_sdk.testing.emulator import RecordedRequest

    with Emulator() as emulator:
        gc.collect()
        tracemalloc.start()
        marks = {}
        body = b'{"CallId": "c-1"}'
        for index in range(1, requests_count + 1):
            record = RecordedRequest("POST", "call_engine_http_srv/get_call_info", {}, {}, body, {"CallId": "c"}, 0.0)
            emulator._record(record)
            emulator._count_execution(record)
            if index in (10_000, 100_000, requests_count):
                marks[index] = tracemalloc.get_traced_memory()[0] / 2**20
        tracemalloc.stop()
    return marks


HTTP_SOAK = r"""
import gc, json, sys, tracemalloc
from trtc_sdk.testing import Emulator
calls = int(sys.argv[1])
with Emulator() as emulator:
    client = emulator.client(max_retries=0)
    for _ in range(500):
        client.call.get_call_info(call_id="c-1")
    gc.collect()
    tracemalloc.start()
    marks = {}
    for n in range(1, calls + 1):
        client.call.get_call_info(call_id="c-1")
        if n in (calls // 2, calls):
            gc.collect()
            marks[n] = tracemalloc.get_traced_memory()[0]
print(json.dumps({"bytes_per_request": (marks[calls] - marks[calls // 2]) / (calls - calls // 2),
                  "mb_at_end": marks[calls] / 2**20}))
"""


def emulator_http_soak(pythonpath: str, calls: int = 30_000) -> dict[str, float]:
    """Real HTTP calls through an Emulator with its default settings: memory kept per request served over the
    second half (past the default log bound of 10,000 requests)."""
    out = subprocess.run(
        [sys.executable, "-c", HTTP_SOAK, str(calls)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": pythonpath}, check=True,
    ).stdout  # fmt: skip
    result: dict[str, float] = json.loads(out)
    return result


def worktree(revision: str) -> tempfile.TemporaryDirectory[str]:
    """A checkout of `revision` to measure "before" figures (removed again by the caller)."""
    directory = tempfile.TemporaryDirectory()
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", directory.name, revision], check=True,
                   capture_output=True)  # fmt: skip
    return directory
