"""Field limits as data: the json_schema_extra keys codegen writes on fields, and how limits read as text.

Kept free of pydantic so the command line can describe fields without loading it twice over.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# json_schema_extra keys written by codegen and read by the models and the CLI (one place for their names).
MAX_BYTES = "x-max-bytes"  # UTF-8 byte limit of a string (Tencent counts bytes, not characters)
ITEM_MAX_BYTES = "x-item-max-bytes"  # the same, for each string of an array
SEND_AS_STRING = "x-send-as-string"  # the spec documents numbers for this string field: send their text
LIMITS = "x-limits"  # the documented limits of a request field, as the spec writes them (for help texts)
TEXT_ACCEPTED = "x-text-accepted"  # an integer enum the spec documents in string form too: "2" is taken as 2
SCHEMA_EXTRA_KEYS = (MAX_BYTES, ITEM_MAX_BYTES, SEND_AS_STRING, LIMITS, TEXT_ACCEPTED)


def describe_limits(limits: Mapping[str, Any]) -> str:
    """The documented limits of a field (the spec's names, as in `x-limits`), as short text for help pages."""
    parts = []
    for prefix, label in (("", ""), ("items.", "each item ")):
        get = {
            key[len(prefix) :]: value
            for key, value in limits.items()
            if key.startswith(prefix) and "." not in key[len(prefix) :]
        }
        if "max_bytes" in get:
            parts.append(f"{label}≤ {get['max_bytes']} bytes")
        if "max_length" in get:
            parts.append(f"{label}≤ {get['max_length']} chars")
        if "min_length" in get:
            parts.append(f"{label}≥ {get['min_length']} chars")
        if "minimum" in get or "maximum" in get:
            parts.append(f"{label}{get.get('minimum', '')}..{get.get('maximum', '')}")
        if "min_items" in get or "max_items" in get:
            parts.append(f"{get.get('min_items', 0)}..{get.get('max_items', '')} items")
        if "pattern" in get:
            parts.append(f"{label}matches `{get['pattern']}`")
    return "; ".join(parts)
