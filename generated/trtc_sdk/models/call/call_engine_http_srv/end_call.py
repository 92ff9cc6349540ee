# generated from spec/call.yaml, spec/call.events.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class EndCallRequest(RequestModel):
    """
    Request of call_engine_http_srv/end_call: End a call.
    """

    call_id: Annotated[str, Field(alias="CallId", description="ID of the call to end.")]
    """ID of the call to end."""


class EndCallResponse(Envelope):
    """
    Reply of call_engine_http_srv/end_call (envelope keys included).
    """
