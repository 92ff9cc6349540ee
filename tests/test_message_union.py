"""Chat message bodies: every variant of the MsgElement union round-trips through the wire.

Each variant the union lists (TIMTextElem, TIMImageElem, ...) is filled from its own schema, sent with
`client.message.sendmsg` (and `invoke`) and checked on the emulator as exactly its wire JSON, then
scripted into an `admin_getroammsg` reply and decoded into its response class. An element of a kind the
SDK does not know decodes to UnknownMsgElement keeping every key, and goes back on the wire unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, get_args

import pydantic
import pytest

import trtc_sdk.models.chat as chat
from trtc_sdk import OPERATIONS, Client, RequestValidationError
from trtc_sdk.models.chat import (
    MsgElement,
    MsgElementParam,
    TextContentParam,
    TextElementParam,
    UnknownMsgElement,
    UnknownMsgElementParam,
)
from trtc_sdk.testing import Emulator
from trtc_sdk.testing.fakes import fake_request, fake_response, sample

SEND = "openim/sendmsg"
ROAM = "openim/admin_getroammsg"
UNKNOWN_TAG = "*"
NEW_KIND = {
    "MsgType": "TIMHologramElem",
    "MsgContent": {"Shape": "cube", "Size": 3, "Colors": ["red", None], "Meta": {"Depth": 1.5, "Note": None}},
    "Priority": True,
}


def variants(union: Any) -> dict[str, type[pydantic.BaseModel]]:
    """Tag -> class of an open union alias (`Annotated[Annotated["Class", Tag(...)] | ..., Discriminator]`)."""
    members, _discriminator = get_args(union.__value__)
    found = {}
    for member in get_args(members):
        reference, tag = get_args(member)
        found[tag.tag] = getattr(chat, reference.__forward_arg__)
    return found


REQUEST_VARIANTS = variants(MsgElementParam)
RESPONSE_VARIANTS = variants(MsgElement)
KNOWN_TAGS = sorted(tag for tag in REQUEST_VARIANTS if tag != UNKNOWN_TAG)


def wire_sample(model: type[pydantic.BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(by_alias=True)
    made = sample(schema, schema.get("$defs", {}))
    assert isinstance(made, dict)
    return made


def as_received(model: pydantic.BaseModel) -> Any:
    """What a decoded model holds, as the JSON it was decoded from."""
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


@pytest.fixture(scope="module")
def shared_client(shared_emulator: Emulator) -> Iterator[Client]:
    with shared_emulator.client(max_retries=0) as made:
        yield made


def send(client: Client, body: list[Any]) -> None:
    request = OPERATIONS[SEND].request_model.model_validate(fake_request(OPERATIONS[SEND]))
    keywords = {name: getattr(request, name) for name in request.model_fields_set}
    client.message.sendmsg(**{**keywords, "msg_body": body})


def roam_reply_with(emu: Emulator, client: Client, body: list[Any]) -> list[Any]:
    """The MsgBody of the first message of an admin_getroammsg reply carrying `body`."""
    operation = OPERATIONS[ROAM]
    request = fake_request(operation)
    reply = fake_response(operation, request, emu.registry.envelope)
    reply["MsgList"][0]["MsgBody"] = body
    emu.script(ROAM, body=reply, times=1)
    typed = operation.request_model.model_validate(request)
    decoded = client.message.admin_getroammsg(**{name: getattr(typed, name) for name in typed.model_fields_set})
    assert decoded.error_code == 0 and not decoded.schema_mismatches
    assert decoded.msg_list is not None and decoded.msg_list[0].msg_body is not None
    return list(decoded.msg_list[0].msg_body)


def test_a_text_message_is_one_short_expression() -> None:
    element = TextElementParam(msg_content=TextContentParam(text="hi"))
    assert element.to_wire() == {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}
    assert json.loads(element.to_wire_json()) == {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}


def test_request_and_response_unions_list_the_same_variants_plus_the_generic_one() -> None:
    assert set(REQUEST_VARIANTS) == set(RESPONSE_VARIANTS)
    assert REQUEST_VARIANTS[UNKNOWN_TAG] is UnknownMsgElementParam  # strict tag, any other keys
    assert RESPONSE_VARIANTS[UNKNOWN_TAG] is UnknownMsgElement  # lenient, keeps everything
    assert {"TIMTextElem", "TIMImageElem", "TIMCustomElem", "TIMRelayElem"} <= set(KNOWN_TAGS)
    for tag in KNOWN_TAGS:
        assert REQUEST_VARIANTS[tag].__name__ == f"{RESPONSE_VARIANTS[tag].__name__}Param"
        # the discriminator is filled by the class itself
        assert REQUEST_VARIANTS[tag].model_fields["msg_type"].default == tag
        assert RESPONSE_VARIANTS[tag].model_fields["msg_type"].default == tag


@pytest.mark.parametrize("tag", KNOWN_TAGS)
def test_each_variant_is_sent_as_its_wire_json(emu: Emulator, shared_client: Client, tag: str) -> None:
    param_class = REQUEST_VARIANTS[tag]
    wire = wire_sample(param_class)
    assert wire["MsgType"] == tag
    element = param_class.model_validate(wire)

    send(shared_client, [element])
    shared_client.invoke(SEND, {**fake_request(OPERATIONS[SEND]), "MsgBody": [wire]})

    typed, invoked = emu.requests_for(SEND)
    assert typed.json["MsgBody"] == [wire]
    assert invoked.json["MsgBody"] == [wire]
    parsed = OPERATIONS[SEND].request_model.model_validate({**fake_request(OPERATIONS[SEND]), "MsgBody": [wire]})
    assert [type(item) for item in parsed.msg_body] == [param_class]  # type: ignore[attr-defined]


@pytest.mark.parametrize("tag", KNOWN_TAGS)
def test_each_variant_decodes_from_a_reply_into_its_class(emu: Emulator, shared_client: Client, tag: str) -> None:
    wire = wire_sample(REQUEST_VARIANTS[tag])
    text = {"MsgType": "TIMTextElem", "MsgContent": {"Text": "after"}}

    decoded = roam_reply_with(emu, shared_client, [wire, text])

    assert [type(element) for element in decoded] == [RESPONSE_VARIANTS[tag], RESPONSE_VARIANTS["TIMTextElem"]]
    assert [as_received(element) for element in decoded] == [wire, text]


def test_an_element_of_an_unknown_kind_decodes_keeping_every_key(emu: Emulator, shared_client: Client) -> None:
    [decoded] = roam_reply_with(emu, shared_client, [NEW_KIND])

    assert type(decoded) is UnknownMsgElement
    assert decoded.msg_type == "TIMHologramElem"
    assert as_received(decoded) == NEW_KIND
    assert decoded.model_extra == {key: value for key, value in NEW_KIND.items() if key != "MsgType"}


def test_an_element_of_an_unknown_kind_goes_back_on_the_wire_unchanged(emu: Emulator, shared_client: Client) -> None:
    [decoded] = roam_reply_with(emu, shared_client, [NEW_KIND])

    send(shared_client, [decoded, TextElementParam(msg_content=TextContentParam(text="hi"))])
    shared_client.invoke(SEND, {**fake_request(OPERATIONS[SEND]), "MsgBody": [NEW_KIND]})

    typed, invoked = emu.requests_for(SEND)
    assert typed.json["MsgBody"] == [NEW_KIND, {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]
    assert invoked.json["MsgBody"] == [NEW_KIND]


def test_a_null_valued_key_of_an_unknown_element_survives_the_round_trip(emu: Emulator, shared_client: Client) -> None:
    element = {**NEW_KIND, "Reserved": None}
    [decoded] = roam_reply_with(emu, shared_client, [element])
    assert as_received(decoded) == element  # decoding keeps it...

    send(shared_client, [decoded])

    [sent] = emu.requests_for(SEND)
    assert sent.json["MsgBody"] == [element]  # ...sending it back must too


@pytest.mark.parametrize("tag", KNOWN_TAGS)
def test_an_element_read_from_a_reply_can_be_sent_on_as_it_is(emu: Emulator, shared_client: Client, tag: str) -> None:
    """A decoded element (a reply-side class) passed into a request is checked again from its wire form."""
    wire = wire_sample(REQUEST_VARIANTS[tag])
    [decoded] = roam_reply_with(emu, shared_client, [wire])
    assert type(decoded) is RESPONSE_VARIANTS[tag]

    send(shared_client, [decoded])

    [sent] = emu.requests_for(SEND)
    assert sent.json["MsgBody"] == [wire]


@pytest.mark.parametrize("bad_tag", [1, b"TIMHologramElem", None])
def test_an_unknown_kind_in_a_request_still_needs_a_string_tag(
    emu: Emulator, shared_client: Client, bad_tag: object
) -> None:
    with pytest.raises(RequestValidationError) as refused:
        send(shared_client, [{**NEW_KIND, "MsgType": bad_tag}])
    assert "MsgType" in str(refused.value) and SEND in str(refused.value)
    assert emu.requests_for(SEND) == []
