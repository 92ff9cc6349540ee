# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel, ResponseModel
from trtc_sdk.models.chat._enums.avchatroom_mark_command import AvchatroomMarkCommand
from trtc_sdk.models.envelope import Envelope


class AvchatroomMemberMarksParam(RequestModel):
    """
    A member of a live-stream group and the numeric marks to add, remove or that were applied.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[int],
        Field(
            alias="Marks",
            description="Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark).",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark)."""


class AvchatroomMemberMarks(ResponseModel):
    """
    A member of a live-stream group and the numeric marks to add, remove or that were applied.
    """

    member_account: Annotated[str, Field(alias="Member_Account", description="User ID of the member.")]
    """User ID of the member."""

    marks: Annotated[
        list[int],
        Field(
            alias="Marks",
            description="Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark).",
        ),
    ]
    """Marks: app-chosen numbers of 1000 and above; app administrators may also use the preset marks 500 (treated as always online for up to three days) and 600 (hidden from the online list unless it is read by that mark)."""


class ModifyUserInfoRequest(RequestModel):
    """
    Request of group_open_avchatroom_http_svc/modify_user_info: Set or remove marks on live-group members.
    """

    group_id: Annotated[str, Field(alias="GroupId", description="The live-stream group.")]
    """The live-stream group."""

    command_type: Annotated[
        AvchatroomMarkCommand | Literal[1, 2], Field(alias="CommandType", description="Add or remove the marks.")
    ]
    """Add or remove the marks."""

    member_list: Annotated[
        list[AvchatroomMemberMarksParam],
        Field(
            alias="MemberList",
            description="Members and their marks, at most 500 per call. A group uses at most 10 distinct marks and a mark is held by at most 1000 members (a limit separate from the 1000-member online list).",
            json_schema_extra={"x-limits": {"min_items": 1, "max_items": 500}},
            max_length=500,
            min_length=1,
        ),
    ]
    """Members and their marks, at most 500 per call. A group uses at most 10 distinct marks and a mark is held by at most 1000 members (a limit separate from the 1000-member online list)."""


class ModifyUserInfoResponse(Envelope):
    """
    Reply of group_open_avchatroom_http_svc/modify_user_info (envelope keys included).
    """

    command_type: Annotated[
        AvchatroomMarkCommand | None,
        Field(alias="CommandType", description="The operation that was applied (an echo of the request)."),
    ] = None
    """The operation that was applied (an echo of the request)."""

    member_list: Annotated[
        list[AvchatroomMemberMarks] | None,
        Field(alias="MemberList", description="The members whose marks were changed; offline members are left out."),
    ] = None
    """The members whose marks were changed; offline members are left out."""
