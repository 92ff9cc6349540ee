"""Every ```python block of README.md and of the guides in docs/*.md type-checks with `mypy --strict`.

Convention for the blocks: each is checked as a module of its own, after PREAMBLE, which declares a
ready `client`, `async_client` and `emulator` (so a block may use them without building them); a block
whose first line is `# no-preamble` is checked alone. A block with `await`, `async with` or `async for`
at its top level is checked as the body of an `async def`. A failure names the Markdown file, the
line in it and mypy's message. All blocks go through one mypy run.

The generated command and event pages (docs/<product>/...) are left out: tests/test_docs_examples.py
runs their examples against the emulator.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .typecheck import Message, run_mypy

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PREAMBLE = """\
import trtc_sdk
from trtc_sdk.testing import Emulator

client: trtc_sdk.Client
async_client: trtc_sdk.AsyncClient
emulator: Emulator
"""
NO_PREAMBLE = "# no-preamble"
ASYNC_WRAPPER = "async def _block() -> None:\n"
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # line of the block's first source line in the page (1-based)
    source: str

    @property
    def label(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    @property
    def module(self) -> str:
        stem = re.sub(r"\W", "_", str(self.page.relative_to(ROOT)).removesuffix(".md"))
        return f"block_{stem}_L{self.line}"


def python_blocks(page: Path, text: str | None = None) -> Iterator[Block]:
    text = page.read_text(encoding="utf-8") if text is None else text
    for match in FENCE.finditer(text):
        if match["lang"].strip().lower() not in ("python", "py", "python3"):
            continue
        first_line = text.count("\n", 0, match.start("body")) + 1
        indent = match["indent"]
        lines = [line.removeprefix(indent) for line in match["body"].splitlines()]
        yield Block(page, first_line, "\n".join(lines) + "\n")


def has_top_level_await(source: str) -> bool:
    """`await`, `async with`, `async for` or an async comprehension outside any function."""
    try:
        tree = compile(source, "<block>", "exec", flags=ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError:
        return False  # mypy reports the syntax error itself
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Await, ast.AsyncWith, ast.AsyncFor)):
            return True
        if isinstance(node, ast.comprehension) and node.is_async:
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        pending.extend(ast.iter_child_nodes(node))
    return False


def module_source(block: Block) -> tuple[str, int]:
    """The module mypy checks for a block, and how many lines come before the block's own first line."""
    source = block.source
    head = ""
    if not source.startswith(NO_PREAMBLE):
        head = PREAMBLE
    if has_top_level_await(source):
        head += ASYNC_WRAPPER
        source = "".join(f"    {line}" if line.strip() else line for line in source.splitlines(keepends=True))
        source += "    pass\n"  # a block of only comments still makes a function body
    return head + source, head.count("\n")


def failures(block: Block, messages: list[Message], offset: int) -> list[str]:
    """mypy's errors as `page:line: message`, the line being the page's (notes only with an error)."""
    errors = {m.line for m in messages if m.kind == "error"}
    report = []
    for message in messages:
        if message.line not in errors:
            continue
        where = block.line + message.line - offset - 1
        inside = 0 < message.line - offset <= len(block.source.splitlines())
        place = f"{block.page.relative_to(ROOT)}:{where}" if inside else f"{block.label} (preamble line {message.line})"
        report.append(f"{place}: {message.kind}: {message.text}")
    return report


def syntax_error(block: Block, source: str, offset: int) -> str | None:
    """A block Python cannot parse, as `page:line: syntax error` (mypy would stop checking every block)."""
    try:
        ast.parse(source)
    except SyntaxError as error:
        line = block.line + (error.lineno or 1) - offset - 1
        return f"{block.page.relative_to(ROOT)}:{line}: syntax error: {error.msg}"
    return None


def check(blocks: list[Block], workdir: Path) -> dict[str, list[str]]:
    sources = {block.module: module_source(block) for block in blocks}
    assert len(sources) == len(blocks), "two blocks map to the same module name"
    broken = {block.label: syntax_error(block, *sources[block.module]) for block in blocks}
    parsed = {block.module: sources[block.module][0] for block in blocks if broken[block.label] is None}
    found = run_mypy(parsed, workdir)
    report = {}
    for block in blocks:
        error = broken[block.label]
        report[block.label] = [error] if error else failures(block, found[block.module], sources[block.module][1])
    return report


BLOCKS = [block for page in PAGES for block in python_blocks(page)]

# A page whose blocks show each case the harness handles, with its errors on known lines.
SELF_TEST_PAGE = ROOT / "tests" / "self-test.md"
SELF_TEST = """\
Text.

```python
reply = client.call.get_call_info(call_id="c1")
print(reply.request_id)
```

```python
reply = await async_client.call.get_call_info(call_id="c1")
count: int = reply.request_id
```

```python
# no-preamble
client.call.get_call_info(call_id="c1")
```

- in a list:
  ```python
  emulator.script("call_engine_http_srv/end_call", error_code=101004)
  emulator.client().call.end_call(callid="c")
  ```

```python
emulator.script("*", body={"Response": {...}, ...})
```
"""
SELF_TEST_EXPECTED = {
    4: [],
    9: ["tests/self-test.md:10: error: Incompatible types in assignment"],
    14: ['tests/self-test.md:15: error: Name "client" is not defined'],
    20: ['tests/self-test.md:21: error: Unexpected keyword argument "callid"'],
    25: ["tests/self-test.md:25: syntax error: "],
}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    self_test = list(python_blocks(SELF_TEST_PAGE, SELF_TEST))
    return check([*BLOCKS, *self_test], tmp_path_factory.mktemp("blocks"))


def test_the_readme_has_python_blocks_and_each_is_checked() -> None:
    assert any(block.page.name == "README.md" for block in BLOCKS)
    assert len({block.module for block in BLOCKS}) == len(BLOCKS)


@pytest.mark.parametrize("label", [block.label for block in BLOCKS])
def test_python_block_type_checks_with_mypy_strict(results: dict[str, list[str]], label: str) -> None:
    problems = results[label]
    assert not problems, "\n".join(problems)


def test_the_harness_reports_page_lines_and_wraps_top_level_await(results: dict[str, list[str]]) -> None:
    """The checker itself: preamble, `# no-preamble`, top-level await, indented fences, page line numbers."""
    for line, expected in SELF_TEST_EXPECTED.items():
        got = results[f"tests/self-test.md:{line}"]
        assert len(got) == len(expected), (line, got)
        for report, start in zip(got, expected, strict=True):
            assert report.startswith(start), (line, got)


@pytest.mark.parametrize(
    ("source", "wrapped"),
    [
        ("await f()\n", True),
        ("async with x as y:\n    pass\n", True),
        ("async for i in x:\n    pass\n", True),
        ("v = [i async for i in x]\n", True),
        ("if flag:\n    await f()\n", True),
        ("async def g() -> None:\n    await f()\n", False),
        ("text = 'await f()'\n", False),
        ("x = 1\n", False),
    ],
)
def test_top_level_await_is_detected_from_the_syntax_tree(source: str, wrapped: bool) -> None:
    assert has_top_level_await(source) is wrapped
