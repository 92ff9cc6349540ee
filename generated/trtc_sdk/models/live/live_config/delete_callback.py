# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class DeleteCallbackRequest(RequestModel):
    """
    Request of live_config/delete_callback: Delete the webhook configuration.
    """


class DeleteCallbackResponse(Envelope):
    """
    Reply of live_config/delete_callback (envelope keys included).
    """
