# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag
from typing_extensions import TypeAliasType

from trtc_sdk._core.models import RequestModel, UnknownRequestVariant, union_tag
from trtc_sdk.models.chat._enums.image_format import ImageFormat
from trtc_sdk.models.chat._enums.image_size import ImageSize
from trtc_sdk.models.chat._enums.stream_event_type import StreamEventType

MsgElementParam = TypeAliasType(
    "MsgElementParam",
    Annotated[
        Annotated["TextElementParam", Tag("TIMTextElem")]
        | Annotated["LocationElementParam", Tag("TIMLocationElem")]
        | Annotated["FaceElementParam", Tag("TIMFaceElem")]
        | Annotated["CustomElementParam", Tag("TIMCustomElem")]
        | Annotated["SoundElementParam", Tag("TIMSoundElem")]
        | Annotated["ImageElementParam", Tag("TIMImageElem")]
        | Annotated["FileElementParam", Tag("TIMFileElem")]
        | Annotated["VideoFileElementParam", Tag("TIMVideoFileElem")]
        | Annotated["RelayElementParam", Tag("TIMRelayElem")]
        | Annotated["StreamElementParam", Tag("TIMStreamElem")]
        | Annotated["UnknownMsgElementParam", Tag("*")],
        Discriminator(
            union_tag(
                "MsgType",
                "msg_type",
                frozenset(
                    [
                        "TIMCustomElem",
                        "TIMFaceElem",
                        "TIMFileElem",
                        "TIMImageElem",
                        "TIMLocationElem",
                        "TIMRelayElem",
                        "TIMSoundElem",
                        "TIMStreamElem",
                        "TIMTextElem",
                        "TIMVideoFileElem",
                    ]
                ),
            )
        ),
    ],
)


class CustomContentParam(RequestModel):
    """
    Content of a custom element.
    """

    data: Annotated[
        str | None, Field(alias="Data", description="The app's payload (not delivered in the APNs payload).")
    ] = None
    """The app's payload (not delivered in the APNs payload)."""

    desc: Annotated[
        str | None,
        Field(
            alias="Desc",
            description="Text of the offline push unless OfflinePushInfo.Desc is set; without either, a message made of one custom element is not pushed.",
        ),
    ] = None
    """Text of the offline push unless OfflinePushInfo.Desc is set; without either, a message made of one custom element is not pushed."""

    ext: Annotated[
        str | None,
        Field(alias="Ext", description='Delivered as the "ext" key of the APNs payload; the app defines its format.'),
    ] = None
    """Delivered as the "ext" key of the APNs payload; the app defines its format."""

    sound: Annotated[str | None, Field(alias="Sound", description="Name of a custom APNs sound file.")] = None
    """Name of a custom APNs sound file."""


class CustomElementParam(RequestModel):
    """
    A custom element carrying app-defined data.
    """

    msg_type: Annotated[
        Literal["TIMCustomElem"],
        Field(alias="MsgType", description="Always 'TIMCustomElem' for this kind of MsgElement."),
    ] = "TIMCustomElem"
    """Always 'TIMCustomElem' for this kind of MsgElement."""

    msg_content: Annotated[CustomContentParam, Field(alias="MsgContent", description="The custom data.")]
    """The custom data."""


class FaceContentParam(RequestModel):
    """
    Content of an emoji element.
    """

    index: Annotated[int, Field(alias="Index", description="Index of the emoji in the app's own set.")]
    """Index of the emoji in the app's own set."""

    data: Annotated[str | None, Field(alias="Data", description="Extra data of the emoji.")] = None
    """Extra data of the emoji."""


class FaceElementParam(RequestModel):
    """
    An emoji element.
    """

    msg_type: Annotated[
        Literal["TIMFaceElem"], Field(alias="MsgType", description="Always 'TIMFaceElem' for this kind of MsgElement.")
    ] = "TIMFaceElem"
    """Always 'TIMFaceElem' for this kind of MsgElement."""

    msg_content: Annotated[FaceContentParam, Field(alias="MsgContent", description="The emoji.")]
    """The emoji."""


class FileContentParam(RequestModel):
    """
    Content of a file element.
    """

    url: Annotated[str, Field(alias="Url", description="Download URL of the file.")]
    """Download URL of the file."""

    uuid: Annotated[str, Field(alias="UUID", description="Unique ID of the file, usually its MD5.")]
    """Unique ID of the file, usually its MD5."""

    file_size: Annotated[int | None, Field(alias="FileSize", description="Size of the file. Unit: bytes.")] = None
    """Size of the file. Unit: bytes."""

    file_name: Annotated[str | None, Field(alias="FileName", description="Name of the file.")] = None
    """Name of the file."""

    download_flag: Annotated[
        int,
        Field(
            alias="Download_Flag",
            description="How clients download it; must be 2 (from Url).",
            ge=2,
            json_schema_extra={"x-limits": {"minimum": 2, "maximum": 2}},
            le=2,
        ),
    ]
    """How clients download it; must be 2 (from Url)."""


class FileElementParam(RequestModel):
    """
    A file element.
    """

    msg_type: Annotated[
        Literal["TIMFileElem"], Field(alias="MsgType", description="Always 'TIMFileElem' for this kind of MsgElement.")
    ] = "TIMFileElem"
    """Always 'TIMFileElem' for this kind of MsgElement."""

    msg_content: Annotated[FileContentParam, Field(alias="MsgContent", description="The file.")]
    """The file."""


class ImageInfoParam(RequestModel):
    """
    One size of an image.
    """

    type: Annotated[ImageSize | Literal[1, 2, 3], Field(alias="Type", description="Which size this is.")]
    """Which size this is."""

    size: Annotated[int | None, Field(alias="Size", description="Size of the file. Unit: bytes.")] = None
    """Size of the file. Unit: bytes."""

    width: Annotated[int, Field(alias="Width", description="Width in pixels (REST senders must give it).")]
    """Width in pixels (REST senders must give it)."""

    height: Annotated[int, Field(alias="Height", description="Height in pixels (REST senders must give it).")]
    """Height in pixels (REST senders must give it)."""

    url: Annotated[
        str, Field(alias="URL", description="Download URL (spelled URL here, Url in voice and file elements).")
    ]
    """Download URL (spelled URL here, Url in voice and file elements)."""


class LocationContentParam(RequestModel):
    """
    Content of a location element.
    """

    desc: Annotated[str | None, Field(alias="Desc", description="What the place is.")] = None
    """What the place is."""

    latitude: Annotated[float, Field(alias="Latitude", description="Latitude in degrees.")]
    """Latitude in degrees."""

    longitude: Annotated[float, Field(alias="Longitude", description="Longitude in degrees.")]
    """Longitude in degrees."""


class LocationElementParam(RequestModel):
    """
    A location element.
    """

    msg_type: Annotated[
        Literal["TIMLocationElem"],
        Field(alias="MsgType", description="Always 'TIMLocationElem' for this kind of MsgElement."),
    ] = "TIMLocationElem"
    """Always 'TIMLocationElem' for this kind of MsgElement."""

    msg_content: Annotated[LocationContentParam, Field(alias="MsgContent", description="The place.")]
    """The place."""


class UnknownMsgElementParam(UnknownRequestVariant):
    """
    A MsgElement of a kind this SDK version does not know; every key is sent as given.
    """

    msg_type: Annotated[str, Field(alias="MsgType")]


class SoundContentParam(RequestModel):
    """
    Content of a voice element.
    """

    url: Annotated[
        str, Field(alias="Url", description="Download URL of the audio (required when sent through the REST API).")
    ]
    """Download URL of the audio (required when sent through the REST API)."""

    uuid: Annotated[str, Field(alias="UUID", description="Unique ID of the audio, usually its MD5.")]
    """Unique ID of the audio, usually its MD5."""

    size: Annotated[int | None, Field(alias="Size", description="Size of the audio. Unit: bytes.")] = None
    """Size of the audio. Unit: bytes."""

    second: Annotated[int | None, Field(alias="Second", description="Length of the audio. Unit: seconds.")] = None
    """Length of the audio. Unit: seconds."""

    download_flag: Annotated[
        int,
        Field(
            alias="Download_Flag",
            description="How clients download it; must be 2 (from Url).",
            ge=2,
            json_schema_extra={"x-limits": {"minimum": 2, "maximum": 2}},
            le=2,
        ),
    ]
    """How clients download it; must be 2 (from Url)."""


class SoundElementParam(RequestModel):
    """
    A voice element.
    """

    msg_type: Annotated[
        Literal["TIMSoundElem"],
        Field(alias="MsgType", description="Always 'TIMSoundElem' for this kind of MsgElement."),
    ] = "TIMSoundElem"
    """Always 'TIMSoundElem' for this kind of MsgElement."""

    msg_content: Annotated[SoundContentParam, Field(alias="MsgContent", description="The audio.")]
    """The audio."""


class StreamChunkParam(RequestModel):
    """
    One chunk of a streamed message.
    """

    event_type: Annotated[
        StreamEventType | Literal["data"] | str, Field(alias="EventType", description="Kind of chunk.")
    ]
    """Kind of chunk."""

    index: Annotated[
        int,
        Field(
            alias="Index",
            description="Position of the chunk in the stream: 1 for the first, then strictly increasing.",
            ge=1,
            json_schema_extra={"x-limits": {"minimum": 1}},
        ),
    ]
    """Position of the chunk in the stream: 1 for the first, then strictly increasing."""

    markdown: Annotated[
        str | None,
        Field(
            alias="Markdown", description="Text of this chunk (Markdown); the client appends it to the earlier chunks."
        ),
    ] = None
    """Text of this chunk (Markdown); the client appends it to the earlier chunks."""

    is_last: Annotated[bool, Field(alias="IsLast", description="true on the final chunk; the stream ends with it.")]
    """true on the final chunk; the stream ends with it."""


class StreamContentParam(RequestModel):
    """
    Content of a streamed message element.
    """

    compatible_text: Annotated[
        str | None,
        Field(
            alias="CompatibleText",
            description="Text that client versions without streamed-message support show instead.",
        ),
    ] = None
    """Text that client versions without streamed-message support show instead."""

    chunks: Annotated[
        list[StreamChunkParam],
        Field(
            alias="Chunks",
            description="The chunks carried by this call.",
            json_schema_extra={"x-limits": {"min_items": 1}},
            min_length=1,
        ),
    ]
    """The chunks carried by this call."""

    stream_msg_id: Annotated[
        str | None,
        Field(
            alias="StreamMsgID",
            description="ID of the stream, returned by the first call; every later call of the same stream must carry it (taken from Tencent's TIMBot plugin, see the notes). Leave it out on the first call.",
        ),
    ] = None
    """ID of the stream, returned by the first call; every later call of the same stream must carry it (taken from Tencent's TIMBot plugin, see the notes). Leave it out on the first call."""


class StreamElementParam(RequestModel):
    """
    A streamed message element (TIMStreamElem): text sent in chunks that clients show as it arrives, such as an AI reply. The TIMStreamElem variant of MsgElement (spec/chat.yaml).
    """

    msg_type: Annotated[
        Literal["TIMStreamElem"],
        Field(alias="MsgType", description="Always 'TIMStreamElem' for this kind of MsgElement."),
    ] = "TIMStreamElem"
    """Always 'TIMStreamElem' for this kind of MsgElement."""

    msg_content: Annotated[StreamContentParam, Field(alias="MsgContent", description="The chunks this call carries.")]
    """The chunks this call carries."""


class TextContentParam(RequestModel):
    """
    Content of a text element.
    """

    text: Annotated[
        str,
        Field(
            alias="Text",
            description="The message text; also the text of offline pushes unless OfflinePushInfo.Desc is set.",
        ),
    ]
    """The message text; also the text of offline pushes unless OfflinePushInfo.Desc is set."""


class TextElementParam(RequestModel):
    """
    A text element.
    """

    msg_type: Annotated[
        Literal["TIMTextElem"], Field(alias="MsgType", description="Always 'TIMTextElem' for this kind of MsgElement.")
    ] = "TIMTextElem"
    """Always 'TIMTextElem' for this kind of MsgElement."""

    msg_content: Annotated[TextContentParam, Field(alias="MsgContent", description="The text.")]
    """The text."""


class VideoFileContentParam(RequestModel):
    """
    Content of a video element.
    """

    video_url: Annotated[str, Field(alias="VideoUrl", description="Download URL of the video.")]
    """Download URL of the video."""

    video_uuid: Annotated[str, Field(alias="VideoUUID", description="Unique ID of the video.")]
    """Unique ID of the video."""

    video_size: Annotated[int | None, Field(alias="VideoSize", description="Size of the video. Unit: bytes.")] = None
    """Size of the video. Unit: bytes."""

    video_second: Annotated[
        int | None, Field(alias="VideoSecond", description="Length of the video (0 from web senders). Unit: seconds.")
    ] = None
    """Length of the video (0 from web senders). Unit: seconds."""

    video_format: Annotated[str | None, Field(alias="VideoFormat", description="Container format, such as mp4.")] = None
    """Container format, such as mp4."""

    video_download_flag: Annotated[
        int,
        Field(
            alias="VideoDownloadFlag",
            description="How clients download the video; must be 2.",
            ge=2,
            json_schema_extra={"x-limits": {"minimum": 2, "maximum": 2}},
            le=2,
        ),
    ]
    """How clients download the video; must be 2."""

    thumb_url: Annotated[str, Field(alias="ThumbUrl", description="Download URL of the thumbnail.")]
    """Download URL of the thumbnail."""

    thumb_uuid: Annotated[str, Field(alias="ThumbUUID", description="Unique ID of the thumbnail.")]
    """Unique ID of the thumbnail."""

    thumb_size: Annotated[int | None, Field(alias="ThumbSize", description="Size of the thumbnail. Unit: bytes.")] = (
        None
    )
    """Size of the thumbnail. Unit: bytes."""

    thumb_width: Annotated[int, Field(alias="ThumbWidth", description="Width of the thumbnail in pixels.")]
    """Width of the thumbnail in pixels."""

    thumb_height: Annotated[int, Field(alias="ThumbHeight", description="Height of the thumbnail in pixels.")]
    """Height of the thumbnail in pixels."""

    thumb_format: Annotated[
        str | None, Field(alias="ThumbFormat", description="Format of the thumbnail, such as JPG.")
    ] = None
    """Format of the thumbnail, such as JPG."""

    thumb_download_flag: Annotated[
        int,
        Field(
            alias="ThumbDownloadFlag",
            description="How clients download the thumbnail; must be 2.",
            ge=2,
            json_schema_extra={"x-limits": {"minimum": 2, "maximum": 2}},
            le=2,
        ),
    ]
    """How clients download the thumbnail; must be 2."""


class VideoFileElementParam(RequestModel):
    """
    A video element.
    """

    msg_type: Annotated[
        Literal["TIMVideoFileElem"],
        Field(alias="MsgType", description="Always 'TIMVideoFileElem' for this kind of MsgElement."),
    ] = "TIMVideoFileElem"
    """Always 'TIMVideoFileElem' for this kind of MsgElement."""

    msg_content: Annotated[VideoFileContentParam, Field(alias="MsgContent", description="The video and its thumbnail.")]
    """The video and its thumbnail."""


class ImageContentParam(RequestModel):
    """
    Content of an image element.
    """

    uuid: Annotated[str, Field(alias="UUID", description="Unique ID of the image, usually its MD5.")]
    """Unique ID of the image, usually its MD5."""

    image_format: Annotated[
        ImageFormat | Literal[1, 2, 3, 4, 255] | None, Field(alias="ImageFormat", description="Format of the image.")
    ] = None
    """Format of the image."""

    image_info_array: Annotated[
        list[ImageInfoParam],
        Field(alias="ImageInfoArray", description="Where to download the original, large and thumbnail versions."),
    ]
    """Where to download the original, large and thumbnail versions."""


class ImageElementParam(RequestModel):
    """
    An image element.
    """

    msg_type: Annotated[
        Literal["TIMImageElem"],
        Field(alias="MsgType", description="Always 'TIMImageElem' for this kind of MsgElement."),
    ] = "TIMImageElem"
    """Always 'TIMImageElem' for this kind of MsgElement."""

    msg_content: Annotated[ImageContentParam, Field(alias="MsgContent", description="The image.")]
    """The image."""


class RelayedMessageParam(RequestModel):
    """
    One message inside a merged-forward element.
    """

    from_account: Annotated[str | None, Field(alias="From_Account", description="User ID of the sender.")] = None
    """User ID of the sender."""

    to_account: Annotated[
        str | None, Field(alias="To_Account", description="User ID of the receiver (one-to-one messages only).")
    ] = None
    """User ID of the receiver (one-to-one messages only)."""

    group_id: Annotated[str | None, Field(alias="GroupId", description="ID of the group (group messages only).")] = None
    """ID of the group (group messages only)."""

    msg_seq: Annotated[
        int | None, Field(alias="MsgSeq", description="Sequence number of the message.", ge=0, le=4294967295)
    ] = None
    """Sequence number of the message."""

    msg_random: Annotated[
        int | None, Field(alias="MsgRandom", description="Random number of the message.", ge=0, le=4294967295)
    ] = None
    """Random number of the message."""

    msg_time_stamp: Annotated[
        int | None,
        Field(
            alias="MsgTimeStamp",
            description="When the message was sent. Unit: unix seconds.",
            ge=-9223372036854775808,
            le=9223372036854775807,
        ),
    ] = None
    """When the message was sent. Unit: unix seconds."""

    msg_body: Annotated[list[MsgElementParam] | None, Field(alias="MsgBody", description="Body of the message.")] = None
    """Body of the message."""

    cloud_custom_data: Annotated[
        str | None, Field(alias="CloudCustomData", description="Custom data stored with the message.")
    ] = None
    """Custom data stored with the message."""


class RelayContentParam(RequestModel):
    """
    Content of a merged-forward element.
    """

    title: Annotated[str | None, Field(alias="Title", description="Title of the merged message.")] = None
    """Title of the merged message."""

    msg_num: Annotated[int | None, Field(alias="MsgNum", description="How many messages are merged.")] = None
    """How many messages are merged."""

    compatible_text: Annotated[
        str | None,
        Field(alias="CompatibleText", description="Text shown by client SDKs that cannot display merged messages."),
    ] = None
    """Text shown by client SDKs that cannot display merged messages."""

    abstract_list: Annotated[list[str] | None, Field(alias="AbstractList", description="Summary lines.")] = None
    """Summary lines."""

    msg_list: Annotated[
        list[RelayedMessageParam] | None,
        Field(
            alias="MsgList",
            description="The merged messages; present only when they total 12 KB or less (JsonMsgKey is absent then).",
        ),
    ] = None
    """The merged messages; present only when they total 12 KB or less (JsonMsgKey is absent then)."""

    json_msg_key: Annotated[
        str | None,
        Field(
            alias="JsonMsgKey",
            description="Key of the stored list; present only when the messages total more than 12 KB (MsgList is absent then).",
        ),
    ] = None
    """Key of the stored list; present only when the messages total more than 12 KB (MsgList is absent then)."""


class RelayElementParam(RequestModel):
    """
    A merged-forward element (several messages sent as one).
    """

    msg_type: Annotated[
        Literal["TIMRelayElem"],
        Field(alias="MsgType", description="Always 'TIMRelayElem' for this kind of MsgElement."),
    ] = "TIMRelayElem"
    """Always 'TIMRelayElem' for this kind of MsgElement."""

    msg_content: Annotated[RelayContentParam, Field(alias="MsgContent", description="The forwarded messages.")]
    """The forwarded messages."""
