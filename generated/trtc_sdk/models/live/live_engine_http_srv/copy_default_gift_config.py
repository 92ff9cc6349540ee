# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class CopyDefaultGiftConfigRequest(RequestModel):
    """
    Request of live_engine_http_srv/copy_default_gift_config: Install the default gift catalogue.
    """


class CopyDefaultGiftConfigResponse(Envelope):
    """
    Reply of live_engine_http_srv/copy_default_gift_config (envelope keys included).
    """
