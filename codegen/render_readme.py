"""The README's facts: blocks between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` markers are
rewritten from the spec and the code by `generate` (and `check` reports them when stale), so counts, the
namespace table, error classes, retry defaults and exit codes cannot drift from what the SDK does.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from codegen.model import Spec
from trtc_sdk._core import client as core_client
from trtc_sdk._core.errors import API_ERROR_CLASSES
from trtc_sdk._core.registry import CATEGORIES

README = "README.md"
EXAMPLE_CODES_SHOWN = 6


def _size(spec: Spec) -> str:
    commands = sum(len(product.commands) for product in spec.products)
    namespaces = sum(len(product.services) for product in spec.products)
    events = sum(len(product.events) for product in spec.products)
    titles = ", ".join(product.title for product in spec.products if product.commands)
    return f"**{commands} commands** in {namespaces} namespaces ({titles}) and **{events} webhook events**."


def _namespaces(spec: Spec) -> str:
    lines = [
        "| Product | Namespace | Servicename | Commands | Regions its docs allow |",
        "| --- | --- | --- | ---: | --- |",
    ]
    for product in spec.products:
        regions = ", ".join(product.allowed_regions)
        for index, service in enumerate(product.services):
            title, allowed = (product.title, regions) if index == 0 else ("", "")
            lines.append(
                f"| {title} | `client.{service.namespace}` | `{service.servicename}` | {len(service.commands)} "
                f"| {allowed} |"
            )
    return "\n".join(lines)


def _errors(spec: Spec) -> str:
    codes: dict[str, list[int]] = {category: [] for category in CATEGORIES}
    for table in [spec.common_errors, *(product.errors for product in spec.products)]:
        for code, error in sorted(table.items()):
            if error.category in codes and code not in codes[error.category]:
                codes[error.category].append(code)
    lines = ["| `APIError` subclass | Kind of code | Codes in the spec (examples) |", "| --- | --- | --- |"]
    for category in CATEGORIES:
        found = sorted(codes[category])
        shown = ", ".join(str(code) for code in found[:EXAMPLE_CODES_SHOWN])
        more = f" and {len(found) - EXAMPLE_CODES_SHOWN} more" if len(found) > EXAMPLE_CODES_SHOWN else ""
        lines.append(f"| `{API_ERROR_CLASSES[category].__name__}` | `{category}` | {shown}{more} |")
    return "\n".join(lines)


def _retries(spec: Spec) -> str:
    return (
        f"Defaults: `timeout={core_client.DEFAULT_TIMEOUT:g}` seconds per attempt, "
        f"`max_retries={core_client.DEFAULT_MAX_RETRIES}`, exponential backoff from "
        f"{core_client.DEFAULT_BACKOFF_INITIAL:g} s to {core_client.DEFAULT_BACKOFF_MAX:g} s with jitter "
        "(a `Retry-After` header is honoured), `deadline=None` (no limit on the whole call)."
    )


def _exit_codes(spec: Spec) -> str:
    from trtc_sdk.cli import EXIT_CODES

    return "\n".join(f"- `{code}`: {meaning}" for code, meaning in sorted(EXIT_CODES.items()))


BLOCKS: dict[str, Callable[[Spec], str]] = {
    "size": _size,
    "namespaces": _namespaces,
    "errors": _errors,
    "retries": _retries,
    "exit-codes": _exit_codes,
}


def render_readme(spec: Spec, text: str) -> str:
    """`text` with every generated block rewritten; a block missing its markers is an error."""
    for name, render in BLOCKS.items():
        pattern = re.compile(rf"(<!-- generated:{name} -->\n)(?:.*?\n)?(<!-- /generated:{name} -->)", re.S)
        if pattern.search(text) is None:
            raise ValueError(f"{README}: the generated block {name!r} has lost its markers")
        block = render(spec)
        match = pattern.search(text)
        assert match is not None
        text = text[: match.start()] + match.group(1) + block + "\n" + match.group(2) + text[match.end() :]
    return text
