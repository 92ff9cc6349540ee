"""Modules whose names load on first access (PEP 562), so importing a package stays cheap."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_module(
    package: str, names: Mapping[str, str], public: list[str] | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` of `package`: `name` loads from the module `names[name]` when first asked.

    A module path relative to `package` starts without "trtc_sdk"; a path ending in the name itself is
    a submodule, returned whole. `__dir__` lists `public` (default: the package's globals and `names`).
    """
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        target = module if module.startswith("trtc_sdk") else f"{package}.{module}"
        loaded = importlib.import_module(target)
        value = loaded if target.endswith(f".{name}") else getattr(loaded, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(public) if public is not None else sorted(set(namespace) | set(names))

    return __getattr__, __dir__
