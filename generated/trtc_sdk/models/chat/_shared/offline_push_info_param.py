# generated from spec/chat.yaml, spec/chat.account.yaml, spec/chat.avchatroom.yaml, spec/chat.bot.yaml, spec/chat.conversation.yaml, spec/chat.events.yaml, spec/chat.group.yaml, spec/chat.group_attribute.yaml, spec/chat.message.yaml, spec/chat.million_group.yaml, spec/chat.moderation.yaml, spec/chat.official_account.yaml, spec/chat.operations.yaml, spec/chat.profile.yaml, spec/chat.push.yaml, spec/chat.relationship.yaml by `python -m codegen generate` - do not edit

from typing import Annotated, Literal

from pydantic import Field

from trtc_sdk._core.models import RequestModel
from trtc_sdk.models.chat._enums.push_flag import PushFlag


class AndroidPushInfoParam(RequestModel):
    """
    Options of the Android vendor push channels.
    """

    sound: Annotated[str | None, Field(alias="Sound", description="Path of the sound file.")] = None
    """Path of the sound file."""

    huawei_channel_id: Annotated[
        str | None,
        Field(
            alias="HuaWeiChannelID",
            description="Huawei notification channel (EMUI 10 and later); overrides the console's when not empty.",
        ),
    ] = None
    """Huawei notification channel (EMUI 10 and later); overrides the console's when not empty."""

    xiaomi_channel_id: Annotated[
        str | None,
        Field(
            alias="XiaoMiChannelID",
            description="Xiaomi channel (MIUI 10 and later); overrides the console's when not empty. Without one, Xiaomi devices on Android 8 and later get no push.",
        ),
    ] = None
    """Xiaomi channel (MIUI 10 and later); overrides the console's when not empty. Without one, Xiaomi devices on Android 8 and later get no push."""

    oppo_channel_id: Annotated[
        str | None,
        Field(
            alias="OPPOChannelID",
            description="OPPO notification channel (Android 8 and later); overrides the console's when not empty.",
        ),
    ] = None
    """OPPO notification channel (Android 8 and later); overrides the console's when not empty."""

    google_channel_id: Annotated[
        str | None,
        Field(
            alias="GoogleChannelID",
            description="FCM channel (Android 8 and later); only with the certificate-file FCM integration.",
        ),
    ] = None
    """FCM channel (Android 8 and later); only with the certificate-file FCM integration."""

    vivo_classification: Annotated[
        int | None,
        Field(alias="VIVOClassification", description="vivo message class: 0 operational, 1 system (the default)."),
    ] = None
    """vivo message class: 0 operational, 1 system (the default)."""

    huawei_importance: Annotated[
        str | None,
        Field(alias="HuaWeiImportance", description="Huawei notification class: LOW or NORMAL (the default)."),
    ] = None
    """Huawei notification class: LOW or NORMAL (the default)."""

    ext_as_huawei_intent_param: Annotated[
        int | None,
        Field(
            alias="ExtAsHuaweiIntentParam",
            description="With Huawei's open-an-app-page action: 0 passes Ext as the Action (the default), 1 as an Intent parameter.",
        ),
    ] = None
    """With Huawei's open-an-app-page action: 0 passes Ext as the Action (the default), 1 as an Intent parameter."""

    huawei_category: Annotated[
        str | None,
        Field(
            alias="HuaWeiCategory",
            description="Huawei message category (such as IM or MARKETING); overrides the console's when not empty.",
        ),
    ] = None
    """Huawei message category (such as IM or MARKETING); overrides the console's when not empty."""

    vivo_category: Annotated[
        str | None, Field(alias="VIVOCategory", description="vivo message category (such as IM or MARKETING).")
    ] = None
    """vivo message category (such as IM or MARKETING)."""

    oppo_category: Annotated[
        str | None, Field(alias="OPPOCategory", description="OPPO message category (such as IM or MARKETING).")
    ] = None
    """OPPO message category (such as IM or MARKETING)."""

    honor_importance: Annotated[
        str | None,
        Field(
            alias="HonorImportance", description="Honor message class: LOW (marketing) or NORMAL (chat and service)."
        ),
    ] = None
    """Honor message class: LOW (marketing) or NORMAL (chat and service)."""

    meizu_notice_msg_type: Annotated[
        int | None,
        Field(alias="MeiZuNoticeMsgType", description="Meizu message class: 0 public (marketing), 1 private message."),
    ] = None
    """Meizu message class: 0 public (marketing), 1 private message."""

    oppo_private_msg_template_id: Annotated[
        str | None, Field(alias="OPPOPrivateMsgTemplateId", description="ID of an OPPO private-message template.")
    ] = None
    """ID of an OPPO private-message template."""


class ApnsPushInfoParam(RequestModel):
    """
    Options of APNs.
    """

    sound: Annotated[str | None, Field(alias="Sound", description="Name of the sound file.")] = None
    """Name of the sound file."""

    badge_mode: Annotated[
        int | None,
        Field(alias="BadgeMode", description="0 counts the message on the app badge (the default); 1 does not."),
    ] = None
    """0 counts the message on the app badge (the default); 1 does not."""

    title: Annotated[str | None, Field(alias="Title", description="Title on iOS; replaces the top-level Title.")] = None
    """Title on iOS; replaces the top-level Title."""

    sub_title: Annotated[str | None, Field(alias="SubTitle", description="Subtitle on iOS.")] = None
    """Subtitle on iOS."""

    image: Annotated[str | None, Field(alias="Image", description="URL of an image the notification shows.")] = None
    """URL of an image the notification shows."""

    mutable_content: Annotated[
        int | None,
        Field(
            alias="MutableContent",
            description="1 turns on the iOS 10+ notification service extension; 0 (the default) leaves it off.",
        ),
    ] = None
    """1 turns on the iOS 10+ notification service extension; 0 (the default) leaves it off."""


class OfflinePushInfoParam(RequestModel):
    """
    How the message is pushed to receivers who are offline.
    """

    push_flag: Annotated[
        PushFlag | Literal[0, 1] | None, Field(alias="PushFlag", description="Whether offline receivers get a push.")
    ] = None
    """Whether offline receivers get a push."""

    title: Annotated[str | None, Field(alias="Title", description="Title of the push (iOS and Android).")] = None
    """Title of the push (iOS and Android)."""

    desc: Annotated[
        str | None, Field(alias="Desc", description="Text of the push; replaces the text taken from the message body.")
    ] = None
    """Text of the push; replaces the text taken from the message body."""

    ext: Annotated[
        str | None,
        Field(
            alias="Ext",
            description="Data passed through to the app; a JSON string keeps every Android vendor channel happy. APNs payloads are limited to 4 KB, so keep Desc and Ext under 3 KB together.",
        ),
    ] = None
    """Data passed through to the app; a JSON string keeps every Android vendor channel happy. APNs payloads are limited to 4 KB, so keep Desc and Ext under 3 KB together."""

    android_info: Annotated[
        AndroidPushInfoParam | None, Field(alias="AndroidInfo", description="Options of the Android vendor channels.")
    ] = None
    """Options of the Android vendor channels."""

    apns_info: Annotated[ApnsPushInfoParam | None, Field(alias="ApnsInfo", description="Options of APNs.")] = None
    """Options of APNs."""
