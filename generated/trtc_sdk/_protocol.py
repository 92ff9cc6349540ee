# generated from spec/*.yaml by `python -m codegen generate` - do not edit
"""Envelope, regional hosts and error tables from the spec."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from trtc_sdk._runtime.operations import ErrorSpec, Region

QUERY_KEYS: tuple[str, ...] = (
    "sdkappid",
    "identifier",
    "usersig",
    "random",
    "contenttype",
)
ENVELOPE_KEYS: tuple[str, ...] = (
    "ActionStatus",
    "ErrorCode",
    "ErrorInfo",
    "RequestId",
    "ErrorDisplay",
)

REGIONS: Mapping[str, Region] = MappingProxyType(
    {
        "china": Region("china", "Chinese mainland", "console.tim.qq.com", "adminapi.my-imcloud.com"),
        "singapore": Region("singapore", "Singapore", "adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
        "seoul": Region("seoul", "Seoul", "adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
        "tokyo": Region("tokyo", "Tokyo", "adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
        "frankfurt": Region("frankfurt", "Frankfurt", "adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
        "mumbai": Region("mumbai", "Mumbai", "adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),
        "silicon_valley": Region(
            "silicon_valley", "Silicon Valley", "adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"
        ),
        "jakarta": Region("jakarta", "Jakarta", "adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"),
    }
)

COMMON_ERRORS: Mapping[int, ErrorSpec] = MappingProxyType(
    {
        60002: ErrorSpec(60002, "The HTTP request could not be parsed.", "invalid", "never"),
        60003: ErrorSpec(60003, "The request body is not valid JSON.", "invalid", "never"),
        60004: ErrorSpec(60004, "The account or signature in the URL or body is wrong.", "auth", "never"),
        60005: ErrorSpec(60005, "The account or signature in the URL or body is wrong.", "auth", "never"),
        60006: ErrorSpec(
            60006, "The SDKAppID is invalid.", "auth", "never", "Check the sdkappid the client was built with."
        ),
        60007: ErrorSpec(60007, "The REST API call rate of this command is over its limit.", "rate_limited", "always"),
        60008: ErrorSpec(
            60008,
            "The service timed out, or the HTTP request was malformed.",
            "server",
            "idempotent",
            "The command may or may not have run.",
        ),
        60009: ErrorSpec(60009, "The requested resource (URL path) does not exist.", "invalid", "never"),
        60010: ErrorSpec(
            60010,
            "The request must be made by an app administrator.",
            "permission",
            "never",
            "Use an administrator account as the client's identifier.",
        ),
        60011: ErrorSpec(60011, "The call rate of this SDKAppID is over its limit.", "rate_limited", "always"),
        60012: ErrorSpec(60012, "The URL carries no SDKAppID.", "invalid", "never"),
        60013: ErrorSpec(
            60013,
            "The server could not parse the JSON of an internal reply (the command may have run).",
            "server",
            "idempotent",
        ),
        60014: ErrorSpec(60014, "Switching accounts timed out on the server.", "server", "idempotent"),
        60015: ErrorSpec(
            60015, "An account field in the body has the wrong type (user IDs must be strings).", "invalid", "never"
        ),
        60016: ErrorSpec(60016, "The SDKAppID is disabled.", "permission", "never"),
        60017: ErrorSpec(60017, "The request is disabled.", "permission", "never"),
        60018: ErrorSpec(60018, "Too many requests; try again later.", "rate_limited", "always"),
        60019: ErrorSpec(60019, "Too many requests; try again later.", "rate_limited", "always"),
        60020: ErrorSpec(
            60020,
            "The paid edition has expired and the app is disabled.",
            "permission",
            "never",
            "Renew the package; it takes about five minutes to take effect.",
        ),
        60021: ErrorSpec(60021, "The caller's IP address is not on the allow list.", "permission", "never"),
        60025: ErrorSpec(
            60025, "A URL parameter (sdkappid, identifier, usersig or contenttype) is wrong.", "invalid", "never"
        ),
        60026: ErrorSpec(
            60026,
            "The host does not serve the data centre of this SDKAppID.",
            "auth",
            "never",
            "Build the client with the region the app was created in.",
        ),
        60027: ErrorSpec(60027, "The app's product type does not match this API.", "permission", "never"),
        60028: ErrorSpec(
            60028, "The trial edition's REST call volume of the last 24 hours is used up.", "rate_limited", "never"
        ),
        70001: ErrorSpec(70001, "The UserSig has expired.", "auth", "resign"),
        70002: ErrorSpec(70002, "The UserSig is empty.", "auth", "never"),
        70003: ErrorSpec(
            70003,
            "The UserSig is invalid (it cannot be decoded).",
            "auth",
            "never",
            "Check the secret key the client was built with.",
        ),
        70009: ErrorSpec(
            70009,
            "The UserSig failed verification.",
            "auth",
            "never",
            "Check the secret key and the sdkappid the client was built with.",
        ),
        70013: ErrorSpec(70013, "The identifier in the URL does not match the one in the UserSig.", "auth", "never"),
        70014: ErrorSpec(70014, "The SDKAppID in the URL does not match the one in the UserSig.", "auth", "never"),
        70016: ErrorSpec(
            70016,
            "The key for this SDKAppID was not found.",
            "auth",
            "never",
            "Check the client's region; the app may live in another data centre.",
        ),
        70020: ErrorSpec(
            70020,
            "The SDKAppID was not found.",
            "auth",
            "never",
            "Check the client's region; the app may live in another data centre.",
        ),
        70050: ErrorSpec(
            70050,
            "Too many failed signature checks; requests are blocked for a while.",
            "rate_limited",
            "never",
            "Fix the credentials and wait at least a minute.",
        ),
        70051: ErrorSpec(70051, "The account is on the block list.", "permission", "never"),
        70052: ErrorSpec(70052, "The UserSig was invalidated.", "auth", "resign"),
        70169: ErrorSpec(70169, "An internal server step timed out; try again later.", "server", "idempotent"),
        70202: ErrorSpec(70202, "The server timed out; try again later.", "server", "idempotent"),
        70402: ErrorSpec(70402, "A parameter is invalid.", "invalid", "never"),
        70403: ErrorSpec(70403, "The operator is not an app administrator.", "permission", "never"),
        70500: ErrorSpec(70500, "Internal server error; try again later.", "server", "idempotent"),
    }
)

PRODUCT_ERRORS: Mapping[str, Mapping[int, ErrorSpec]] = MappingProxyType(
    {
        "call": MappingProxyType(
            {
                100001: ErrorSpec(100001, "Internal server error.", "server", "idempotent"),
                100002: ErrorSpec(
                    100002, "A request parameter is invalid; the error text names it.", "invalid", "never"
                ),
                100301: ErrorSpec(
                    100301,
                    "No webhook configuration exists yet.",
                    "not_found",
                    "never",
                    "Create one with call_config/set_callback first.",
                ),
                101001: ErrorSpec(101001, "Internal server error.", "server", "idempotent"),
                101002: ErrorSpec(
                    101002, "A request parameter is invalid; the error text names it.", "invalid", "never"
                ),
                101004: ErrorSpec(101004, "The call does not exist or has already ended.", "not_found", "never"),
                101050: ErrorSpec(101050, "No call record matches the request.", "not_found", "never"),
            }
        ),
        "live": MappingProxyType(
            {
                100001: ErrorSpec(100001, "Internal server error of the Live service.", "server", "idempotent"),
                100002: ErrorSpec(
                    100002, "A request parameter is invalid; the error text names it.", "invalid", "never"
                ),
                100003: ErrorSpec(
                    100003, "A room with this ID already exists.", "conflict", "never", "Pick another RoomId."
                ),
                100004: ErrorSpec(
                    100004, "The room does not exist or has already been dismissed.", "not_found", "never"
                ),
                100006: ErrorSpec(
                    100006,
                    "The operation is not allowed: an administrator account is needed, the room is not a Live room, or the room lacks the capability (the wording varies by command).",
                    "permission",
                    "never",
                ),
                100007: ErrorSpec(
                    100007,
                    "No paid package covers this capability.",
                    "permission",
                    "never",
                    "Buy or upgrade a Live package in the console.",
                ),
                100010: ErrorSpec(
                    100010,
                    "A room with this ID already exists with the same owner.",
                    "conflict",
                    "never",
                    "The existing room can be used as it is.",
                ),
                100011: ErrorSpec(
                    100011, "The room ID is already taken by a Chat group.", "conflict", "never", "Pick another RoomId."
                ),
                100012: ErrorSpec(
                    100012,
                    "Called too often: a room ID can be created once per second, and the gift commands allow one call per second.",
                    "rate_limited",
                    "always",
                ),
                100016: ErrorSpec(
                    100016,
                    "The user is banned from the room (documented on the ban_member page, apparently for ownership transfer).",
                    "conflict",
                    "never",
                ),
                100020: ErrorSpec(
                    100020, "The room already has the maximum number of administrators (five).", "conflict", "never"
                ),
                100026: ErrorSpec(
                    100026, "The room name or another text field contains sensitive words.", "invalid", "never"
                ),
                100300: ErrorSpec(
                    100300,
                    "A webhook configuration already exists.",
                    "conflict",
                    "never",
                    "Change it with live_config/update_callback.",
                ),
                100301: ErrorSpec(
                    100301,
                    "No webhook configuration exists yet.",
                    "not_found",
                    "never",
                    "Create one with live_config/set_callback first.",
                ),
                100302: ErrorSpec(
                    100302,
                    "No webhook authentication token is configured.",
                    "not_found",
                    "never",
                    "Create one with live_config/set_callback_token first.",
                ),
                100422: ErrorSpec(100422, "Too many requests in a short time.", "rate_limited", "always"),
                100500: ErrorSpec(100500, "The room would have more than 10 metadata keys.", "invalid", "never"),
                100501: ErrorSpec(100501, "A metadata value is larger than 2 KB.", "invalid", "never"),
                100502: ErrorSpec(
                    100502, "All metadata values of the room together would exceed 16 KB.", "invalid", "never"
                ),
                100503: ErrorSpec(100503, "None of the given metadata keys exists in the room.", "not_found", "never"),
                102001: ErrorSpec(
                    102001,
                    "The gift capability is not enabled (no paid package).",
                    "permission",
                    "never",
                    "Buy a package that includes gifts in the console.",
                ),
                102002: ErrorSpec(102002, "The gift ID does not exist.", "not_found", "never"),
                102004: ErrorSpec(
                    102004,
                    "The before-send-gift webhook failed or refused the gift.",
                    "permission",
                    "never",
                    "Check the app's Live.CallbackBeforeSendGift handler.",
                ),
                102008: ErrorSpec(102008, "Gifts are switched off for this room.", "permission", "never"),
            }
        ),
        "room": MappingProxyType(
            {
                100001: ErrorSpec(100001, "Internal server error of the room service.", "server", "idempotent"),
                100002: ErrorSpec(
                    100002, "A request parameter is invalid; the error text names it.", "invalid", "never"
                ),
                100003: ErrorSpec(
                    100003,
                    "A room with this ID already exists.",
                    "conflict",
                    "never",
                    "Pick another RoomId, or destroy the existing room first.",
                ),
                100004: ErrorSpec(
                    100004, "The room does not exist or has already been dissolved.", "not_found", "never"
                ),
                100005: ErrorSpec(100005, "The user is not a member of the room.", "not_found", "never"),
                100006: ErrorSpec(100006, "The operator lacks permission for this operation.", "permission", "never"),
                100301: ErrorSpec(
                    100301,
                    "No webhook configuration exists yet.",
                    "not_found",
                    "never",
                    "Create one with room_config/set_callback first.",
                ),
            }
        ),
        "seat": MappingProxyType(
            {
                100001: ErrorSpec(100001, "Internal server error of the room service.", "server", "idempotent"),
                100002: ErrorSpec(
                    100002, "A request parameter is invalid; the error text names it.", "invalid", "never"
                ),
                100004: ErrorSpec(
                    100004, "The room does not exist or has already been dissolved.", "not_found", "never"
                ),
                100005: ErrorSpec(100005, "The user is not a member of the room.", "not_found", "never"),
                100200: ErrorSpec(
                    100200,
                    "The seat is locked.",
                    "conflict",
                    "never",
                    "Choose another seat or unlock it with lock_seat.",
                ),
                100202: ErrorSpec(100202, "The user is already waiting for a seat.", "conflict", "never"),
                100203: ErrorSpec(100203, "The user is already on a seat.", "conflict", "never"),
                100205: ErrorSpec(100205, "Every seat is taken.", "conflict", "never"),
                100210: ErrorSpec(100210, "Someone already occupies that seat.", "conflict", "never"),
                100211: ErrorSpec(
                    100211,
                    "The room does not support seats.",
                    "invalid",
                    "never",
                    "Create the room with seats enabled (IsSeatEnabled).",
                ),
            }
        ),
    }
)

# Enum rules the generated classes cannot carry, keyed by "module.Class" (checked by RequestModel).
OPEN_ENUMS: frozenset[str] = frozenset(
    {
        "trtc_sdk.models.live.LiveCallbackCommand",
        "trtc_sdk.models.room.RoomCallbackCommand",
    }
)
RESPONSE_ONLY_VALUES: Mapping[str, frozenset[str | int]] = MappingProxyType(
    {
        "trtc_sdk.models.room.TakeSeatMode": frozenset(["None"]),
    }
)

PRODUCT_REGIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "call": ("china", "singapore", "seoul", "frankfurt", "silicon_valley", "jakarta"),
        "live": ("china", "singapore", "silicon_valley", "jakarta"),
        "room": ("china", "singapore"),
        "seat": ("china", "singapore", "silicon_valley", "jakarta"),
    }
)
