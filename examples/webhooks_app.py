"""Webhook handlers shared by the WSGI and ASGI examples: screen one-to-one messages, count ended calls.

The dispatcher is framework-neutral: `webhooks.wsgi_app` and `webhooks.asgi_app` are complete
applications, and `webhooks.handle(body, query)` fits any framework's request object.
"""

from __future__ import annotations

import os

from trtc_sdk.models.call import AfterEndCallEvent
from trtc_sdk.models.chat import C2CBeforeSendMsgAnswer, C2CBeforeSendMsgEvent, TextElement
from trtc_sdk.webhooks import Dispatcher

BANNED_WORDS = ("red packet",)
ended_calls: list[str] = []

webhooks = Dispatcher(
    sdkappid=int(os.environ.get("TRTC_SDKAPPID", "1400000000")),
    token=os.environ.get("TRTC_WEBHOOK_TOKEN"),  # the console's webhook token (Chat) / set_callback_token (Live)
)


@webhooks.on(C2CBeforeSendMsgEvent)
def screen_message(event: C2CBeforeSendMsgEvent) -> C2CBeforeSendMsgAnswer | None:
    texts = [element.msg_content.text for element in event.msg_body or () if isinstance(element, TextElement)]
    if any(word in (text or "") for text in texts for word in BANNED_WORDS):
        return C2CBeforeSendMsgAnswer.deny("This message is not allowed.", code=120001)
    return None  # deliver it unchanged


@webhooks.on(AfterEndCallEvent)
async def record_call(event: AfterEndCallEvent) -> None:
    ended_calls.append(event.call_record.call_id or "")  # slow work belongs in a queue, not here
