# generated from spec/live.yaml, spec/live.events.yaml by `python -m codegen generate` - do not edit

from trtc_sdk._core.enums import StrEnum


class GiftLanguage(StrEnum):
    """Languages a gift or gift category can be translated into."""

    EN = "en"
    ZH_HANS = "zh-Hans"
    ZH_HANT = "zh-Hant"
