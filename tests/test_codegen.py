"""Generated code is committed, deterministic, marked as generated, and follows the spec."""

from __future__ import annotations

import pytest

from codegen.__main__ import stale_files
from codegen.load import load_spec
from codegen.model import TypeRef
from codegen.naming import enum_member, pascal_case, snake_case
from codegen.render import Renderer, annotation, is_generated


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return Renderer(load_spec()).render_all()


def test_committed_generated_files_match_the_spec() -> None:
    assert stale_files() == []


def test_generation_is_deterministic(rendered: dict[str, str]) -> None:
    assert Renderer(load_spec()).render_all() == rendered


def test_every_generated_file_says_so_and_names_its_source(rendered: dict[str, str]) -> None:
    for path, text in rendered.items():
        assert is_generated(text), path
        assert "do not edit" in text.splitlines()[0]
    assert rendered["generated/trtc_sdk/models/call/call_engine_http_srv/get_call_info.py"].startswith(
        "# generated from spec/call.yaml"
    )


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("CalleeList_Account", "callee_list_account"),
        ("CallId", "call_id"),
        ("IconURL", "icon_url"),
        ("opType", "op_type"),
        ("Tag_Profile_IM_Nick", "tag_profile_im_nick"),
        ("RoomIdType", "room_id_type"),
        ("From", "from_"),
        ("1stPlace", "f_1st_place"),
    ],
)
def test_wire_keys_become_snake_case(key: str, name: str) -> None:
    assert snake_case(key) == name


def test_other_names() -> None:
    assert pascal_case("get_record_by_callid") == "GetRecordByCallid"
    assert enum_member("Hang Up") == "HANG_UP" and enum_member("SingleCall") == "SINGLE_CALL"


def test_annotations_are_strict_for_requests_and_plain_for_responses() -> None:
    product = next(p for p in load_spec().products if p.name == "call")
    media = TypeRef(name="MediaType")
    assert annotation(product, media, "request") == "MediaType | Literal['Video', 'Audio']"
    assert annotation(product, media, "response") == "MediaType"
    assert annotation(product, TypeRef(item=TypeRef(name="CallRecord")), "response") == "list[CallRecord]"
    assert annotation(product, TypeRef(name="StartCallInfo"), "request") == "StartCallInfoParam"
    assert annotation(product, TypeRef(item=TypeRef(scalar="string")), "request") == "Sequence[str]"


def test_request_models_refuse_unknown_keys_and_response_models_keep_them() -> None:
    import pydantic

    from trtc_sdk.models.call import CallbackConfig, GetCallInfoRequest

    with pytest.raises(pydantic.ValidationError):
        GetCallInfoRequest.model_validate({"CallId": "x", "Typo": 1})
    kept = CallbackConfig.model_validate({"Url": "u", "CallbackCommandList": ["Call.New"], "Later": 2})
    assert kept.model_extra == {"Later": 2}
    assert kept.callback_command_list[0].name == "UNLISTED"


def test_the_readme_lists_every_namespace_and_its_regions() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for product in load_spec().products:
        for service in product.services:
            assert f"| `client.{service.namespace}` | `{service.servicename}` |" in readme, service.namespace
        assert ", ".join(product.allowed_regions) in readme, product.name


@pytest.mark.parametrize("only", [("call.yaml",), ("chat.yaml",), ("call.yaml", "live.yaml", "room.yaml")])
def test_a_subset_of_the_spec_generates_on_its_own(only: tuple[str, ...]) -> None:
    """`--only` loads common.yaml and some products; references into the others (an event another product also
    sends) are not errors then, and everything renders."""
    spec = load_spec(only=only)
    assert {product.source.split("/")[-1] for product in spec.products} == set(only)
    files = Renderer(spec).render_all()
    assert any(path.endswith("_registry.py") for path in files)
