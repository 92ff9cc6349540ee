# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Typed service classes, a package per product and a module per servicename; a client's namespace imports its own module on first access."""
