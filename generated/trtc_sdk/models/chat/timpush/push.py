# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.chat._shared.push_condition_param import PushConditionParam
from trtc_sdk.models.envelope import Envelope


class PushRequest(RequestModel):
    """
    Request of timpush/push: Push to all users, by tag or by attribute.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="Sender recipients see (the samples always send one; an administrator otherwise).",
        ),
    ] = None
    """Sender recipients see (the samples always send one; an administrator otherwise)."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number; the server drops a push with the same value within the same second."""

    condition: Annotated[
        PushConditionParam | None,
        Field(alias="Condition", description="Tag or attribute conditions; omitted to push to everyone."),
    ] = None
    """Tag or attribute conditions; omitted to push to everyone."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None,
        Field(
            alias="OfflinePushInfo",
            description="The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it online only.",
        ),
    ] = None
    """The notification: title, text, pass-through data, vendor options; PushFlag 1 sends it online only."""

    msg_body: Annotated[
        list[MsgElementParam] | None,
        Field(alias="MsgBody", description="A Chat message delivered with the push (2024 version of the page only)."),
    ] = None
    """A Chat message delivered with the push (2024 version of the page only)."""

    online_only_flag: Annotated[
        int | None,
        Field(
            alias="OnlineOnlyFlag",
            description="2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0 keeps them (then about 200 users a second). Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 1}},
            le=1,
        ),
    ] = None
    """2024 version only: 1 pushes without keeping conversation, roaming or unread state; 0 keeps them (then about 200 users a second). Server default when omitted: 0."""

    data_id: Annotated[
        str | None,
        Field(
            alias="DataId",
            description="App-defined identifier passed back to the app's push webhooks.",
            json_schema_extra={"x-max-bytes": 64, "x-limits": {"max_bytes": 64}},
        ),
    ] = None
    """App-defined identifier passed back to the app's push webhooks."""


class PushResponse(Envelope):
    """
    Reply of timpush/push (envelope keys included).
    """

    task_id: Annotated[str | None, Field(alias="TaskId", description="ID of the push task (used to recall it).")] = None
    """ID of the push task (used to recall it)."""
