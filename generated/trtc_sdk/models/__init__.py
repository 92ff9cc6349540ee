# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Pydantic models of every command, one module per product (`call`, `live`, `room`, `seat`).

Import them from their module (`from trtc_sdk.models.call import GetCallInfoRequest`); this package
does not import the product modules, so importing one product never loads the others.
"""
