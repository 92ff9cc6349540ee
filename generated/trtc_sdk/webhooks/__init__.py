"""Receiving Tencent's webhook events: signature checks, typed events, a dispatcher, and answers.

    from trtc_sdk.webhooks import Dispatcher, parse, verify
    from trtc_sdk.models.chat import C2CBeforeSendMsgEvent, C2CBeforeSendMsgAnswer

    webhooks = Dispatcher(sdkappid=1400000000, token=os.environ["TRTC_WEBHOOK_TOKEN"])

    @webhooks.on(C2CBeforeSendMsgEvent)
    def screen(event: C2CBeforeSendMsgEvent) -> C2CBeforeSendMsgAnswer | None:
        ...

    # any framework:  status, headers, body = webhooks.handle(request_body, request_query)
    # WSGI: webhooks.wsgi_app   ASGI: webhooks.asgi_app

Or by hand: `verify(query, sdkappid=..., token=...)` then `parse(body, query)`. `EVENTS` maps every
CallbackCommand to its description (product, before/after, answer effects and codes, models).
Event and answer models are generated per product (`trtc_sdk.models.<product>`); nothing here loads
them before an event arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trtc_sdk._core.lazy import lazy_module

if TYPE_CHECKING:
    from trtc_sdk._webhook_registry import WEBHOOKS as WEBHOOKS
    from trtc_sdk.webhooks.dispatcher import ANY_EVENT as ANY_EVENT
    from trtc_sdk.webhooks.dispatcher import Dispatcher as Dispatcher
    from trtc_sdk.webhooks.dispatcher import WebhookResponse as WebhookResponse
    from trtc_sdk.webhooks.models import DEFAULT_ANSWER as DEFAULT_ANSWER
    from trtc_sdk.webhooks.models import Delivery as Delivery
    from trtc_sdk.webhooks.models import UnknownEvent as UnknownEvent
    from trtc_sdk.webhooks.models import WebhookAnswer as WebhookAnswer
    from trtc_sdk.webhooks.models import WebhookEvent as WebhookEvent
    from trtc_sdk.webhooks.parsing import WebhookPayloadError as WebhookPayloadError
    from trtc_sdk.webhooks.parsing import parse as parse
    from trtc_sdk.webhooks.signature import VerificationFailure as VerificationFailure
    from trtc_sdk.webhooks.signature import WebhookVerificationError as WebhookVerificationError
    from trtc_sdk.webhooks.signature import sign as sign
    from trtc_sdk.webhooks.signature import verify as verify
    from trtc_sdk.webhooks.spec import WebhookEventSpec as WebhookEventSpec

    EVENTS = WEBHOOKS.events

_EXPORTS = {
    "Dispatcher": "trtc_sdk.webhooks.dispatcher",
    "WebhookResponse": "trtc_sdk.webhooks.dispatcher",
    "ANY_EVENT": "trtc_sdk.webhooks.dispatcher",
    "DEFAULT_ANSWER": "trtc_sdk.webhooks.models",
    "Delivery": "trtc_sdk.webhooks.models",
    "UnknownEvent": "trtc_sdk.webhooks.models",
    "WebhookAnswer": "trtc_sdk.webhooks.models",
    "WebhookEvent": "trtc_sdk.webhooks.models",
    "WebhookPayloadError": "trtc_sdk.webhooks.parsing",
    "parse": "trtc_sdk.webhooks.parsing",
    "VerificationFailure": "trtc_sdk.webhooks.signature",
    "WebhookVerificationError": "trtc_sdk.webhooks.signature",
    "sign": "trtc_sdk.webhooks.signature",
    "verify": "trtc_sdk.webhooks.signature",
    "WebhookEventSpec": "trtc_sdk.webhooks.spec",
    "WEBHOOKS": "trtc_sdk._webhook_registry",
}
__all__ = sorted([*_EXPORTS, "EVENTS"])
_getattr, __dir__ = lazy_module(__name__, _EXPORTS, __all__)


def __getattr__(name: str) -> object:
    if name == "EVENTS":
        from trtc_sdk._webhook_registry import WEBHOOKS

        return WEBHOOKS.events
    return _getattr(name)
