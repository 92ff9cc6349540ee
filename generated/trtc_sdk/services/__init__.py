# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Typed service classes, one module per product; the client imports them on first attribute access."""
