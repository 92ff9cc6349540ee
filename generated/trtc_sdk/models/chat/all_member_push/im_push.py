# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._shared.msg_element_param import MsgElementParam
from trtc_sdk.models.chat._shared.offline_push_info_param import OfflinePushInfoParam
from trtc_sdk.models.chat._shared.push_condition_param import PushConditionParam
from trtc_sdk.models.envelope import Envelope


class ImPushRequest(RequestModel):
    """
    Request of all_member_push/im_push: Push to all users, by tag or by attribute.
    """

    from_account: Annotated[
        str | None,
        Field(
            alias="From_Account",
            description="Sender recipients see; an administrator when omitted. Server default when omitted: the calling administrator.",
        ),
    ] = None
    """Sender recipients see; an administrator when omitted. Server default when omitted: the calling administrator."""

    msg_random: Annotated[
        int,
        Field(
            alias="MsgRandom",
            description="Random number of the message; the server drops a push with the same value within the same second.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Random number of the message; the server drops a push with the same value within the same second."""

    msg_life_time: Annotated[
        int | None,
        Field(
            alias="MsgLifeTime",
            description="How long the message is kept for users who are offline (at most seven days); 0 pushes to online users only. Unit: seconds. Server default when omitted: 0.",
            ge=0,
            json_schema_extra={"x-limits": {"minimum": 0, "maximum": 604800}},
            le=604800,
        ),
    ] = None
    """How long the message is kept for users who are offline (at most seven days); 0 pushes to online users only. Unit: seconds. Server default when omitted: 0."""

    msg_body: Annotated[
        list[MsgElementParam],
        Field(
            alias="MsgBody",
            description="Body of the message (the page lists every element kind but merged-forward ones).",
        ),
    ]
    """Body of the message (the page lists every element kind but merged-forward ones)."""

    condition: Annotated[
        PushConditionParam | None,
        Field(alias="Condition", description="Tag or attribute conditions; omitted to push to everyone."),
    ] = None
    """Tag or attribute conditions; omitted to push to everyone."""

    offline_push_info: Annotated[
        OfflinePushInfoParam | None, Field(alias="OfflinePushInfo", description="Offline push settings.")
    ] = None
    """Offline push settings."""


class ImPushResponse(Envelope):
    """
    Reply of all_member_push/im_push (envelope keys included).
    """

    task_id: Annotated[str | None, Field(alias="TaskId", description="ID of the push task.")] = None
    """ID of the push task."""
