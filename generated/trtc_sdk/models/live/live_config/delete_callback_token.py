# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteCallbackTokenRequest(RequestModel):
    """
    Request of live_config/delete_callback_token: Delete the webhook authentication token.
    """


class DeleteCallbackTokenResponse(Envelope):
    """
    Reply of live_config/delete_callback_token (envelope keys included).
    """
