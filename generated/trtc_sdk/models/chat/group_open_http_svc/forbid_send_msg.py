# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.envelope import Envelope


class ForbidSendMsgRequest(RequestModel):
    """
    Request of group_open_http_svc/forbid_send_msg: Mute or unmute members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="Group of the members.")]
    """Group of the members."""

    members_account: Annotated[
        list[str],
        Field(
            alias="Members_Account",
            description="Members to mute or unmute (note the plural Members_).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Members to mute or unmute (note the plural Members_)."""

    mute_time: Annotated[
        int,
        Field(
            alias="MuteTime",
            description="Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds.",
            ge=0,
            le=4294967295,
        ),
    ]
    """Length of the mute; 0 unmutes, 4294967295 mutes for good. Unit: seconds."""

    topic_id: Annotated[
        str | None,
        Field(alias="TopicId", description="Only in this topic of a topic-enabled community. Group types: Community."),
    ] = None
    """Only in this topic of a topic-enabled community. Group types: Community."""


class ForbidSendMsgResponse(Envelope):
    """
    Reply of group_open_http_svc/forbid_send_msg (envelope keys included).
    """
