# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Pydantic models of every command, one package per product (`call`, `chat`, `live`, `room`, `seat`).

Import them from their product (`from trtc_sdk.models.call import GetCallInfoRequest`); a product
package loads only the module (one per servicename) holding the names you import.
"""
