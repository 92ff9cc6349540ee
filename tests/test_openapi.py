"""The OpenAPI export: valid OpenAPI 3.1, one operation per spec command, schemas as the spec says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator, validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing.exceptions import PointerToNowhere

from codegen.load import REPO_ROOT, load_spec
from codegen.model import Spec
from codegen.openapi import build_document, dump

SHARED_PARAMETERS = ["sdkappid", "identifier", "usersig", "random", "contenttype"]


@pytest.fixture(scope="module")
def spec() -> Spec:
    return load_spec()


@pytest.fixture(scope="module")
def document(spec: Spec) -> dict[str, Any]:
    return build_document(spec)


def operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [item["post"] for item in document["paths"].values()]


def schema(document: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = document["components"]["schemas"][name]
    return result


def resolve(document: dict[str, Any], reference: dict[str, Any]) -> dict[str, Any]:
    prefix = "#/components/schemas/"
    assert reference["$ref"].startswith(prefix)
    return schema(document, reference["$ref"][len(prefix) :])


def test_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"] == "3.1.0"
    validate(document, cls=OpenAPIV31SpecValidator)  # raises on the first problem


def test_validator_notices_a_broken_document(document: dict[str, Any]) -> None:
    """Guards against a validator that passes anything: a bad parameter and a dangling $ref both fail."""
    bad_parameter = json.loads(json.dumps(document))
    bad_parameter["components"]["parameters"]["contenttype"]["in"] = "body"
    with pytest.raises(OpenAPIValidationError, match="'body' is not one of"):
        validate(bad_parameter, cls=OpenAPIV31SpecValidator)
    dangling = json.loads(json.dumps(document))
    del dangling["components"]["schemas"]["Call_StartCallInfoParam"]
    with pytest.raises(PointerToNowhere):
        validate(dangling, cls=OpenAPIV31SpecValidator)


def test_one_operation_per_command_in_spec_order(spec: Spec, document: dict[str, Any]) -> None:
    assert len(operations(document)) == len(spec.commands)
    assert list(document["paths"]) == [f"/v4/{c.servicename}/{c.command}" for c in spec.commands]
    assert "/v4/call_engine_http_srv/get_call_info" in document["paths"]
    assert all(list(item) == ["servers", "post"] for item in document["paths"].values())


def test_operation_ids_are_unique_and_name_the_sdk_method(spec: Spec, document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for operation in operations(document)]
    assert len(set(ids)) == len(ids)
    assert ids == [f"{c.namespace}_{c.method}" for c in spec.commands]


def test_every_operation_has_body_reply_and_shared_parameters(document: dict[str, Any]) -> None:
    for operation in operations(document):
        name = operation["operationId"]
        body = operation["requestBody"]
        assert body["required"] is True, name
        assert resolve(document, body["content"]["application/json"]["schema"])["type"] == "object", name
        reply = operation["responses"]["200"]["content"]["application/json"]["schema"]
        envelope, command_reply = reply["allOf"]
        assert envelope == {"$ref": "#/components/schemas/Envelope"}, name
        assert resolve(document, command_reply)["type"] == "object", name
        refs = [parameter["$ref"] for parameter in operation["parameters"]]
        assert refs == [f"#/components/parameters/{key}" for key in SHARED_PARAMETERS], name


def test_shared_query_parameters(document: dict[str, Any]) -> None:
    parameters = {name: p for name, p in document["components"]["parameters"].items() if "Webhook_" not in name}
    assert sorted(parameters) == sorted(SHARED_PARAMETERS)
    assert all(p["in"] == "query" and p["required"] is True for p in parameters.values())
    assert all(name == p["name"] for name, p in parameters.items())
    assert parameters["contenttype"]["schema"] == {"type": "string", "enum": ["json"]}
    assert parameters["sdkappid"]["schema"] == {"type": "integer", "minimum": 0, "maximum": 2**32 - 1}
    assert parameters["random"]["schema"] == {"type": "integer", "minimum": 0, "maximum": 2**32 - 1}
    assert parameters["usersig"]["schema"] == {"type": "string"}


def test_envelope_is_defined_once_from_common_yaml(document: dict[str, Any]) -> None:
    envelope = schema(document, "Envelope")
    assert list(envelope["properties"]) == ["ActionStatus", "ErrorCode", "ErrorInfo", "RequestId", "ErrorDisplay"]
    assert envelope["required"] == ["ErrorCode"]
    assert envelope["properties"]["ErrorCode"]["type"] == "integer"
    assert "additionalProperties" not in envelope  # it is combined with the command reply in allOf


def test_servers_one_per_region_and_per_product_restriction(spec: Spec, document: dict[str, Any]) -> None:
    assert [server["url"] for server in document["servers"]] == [f"https://{r.host}" for r in spec.regions.values()]
    china = document["servers"][0]
    assert china["x-region"] == "china" and china["x-standby-url"] == "https://adminapi.my-imcloud.com"
    assert "adminapi.my-imcloud.com" in china["description"]
    room_path = next(path for path, item in document["paths"].items() if item["post"]["tags"] == ["room"])
    assert [s["x-region"] for s in document["paths"][room_path]["servers"]] == ["china", "singapore"]


def test_start_call_by_robot_request_schema(document: dict[str, Any]) -> None:
    operation = document["paths"]["/v4/call_engine_http_srv/start_call_by_robot"]["post"]
    request = resolve(document, operation["requestBody"]["content"]["application/json"]["schema"])
    assert operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/Call_StartCallByRobotRequest"
    )
    fields = request["properties"]
    assert (fields["Timeout"]["minimum"], fields["Timeout"]["maximum"]) == (10000, 600000)
    assert fields["UserData"]["x-max-bytes"] == 1000
    assert fields["CalleeList_Account"]["type"] == "array"
    assert fields["CalleeList_Account"]["items"] == {"type": "string"}
    assert fields["CallInfo"]["$ref"] == "#/components/schemas/Call_StartCallInfoParam"
    assert request["additionalProperties"] is False
    assert set(request["required"]) == {"Robot_Account", "CalleeList_Account", "Timeout", "CallInfo"}


def test_response_field_with_accepts_is_any_of(document: dict[str, Any]) -> None:
    call_result = schema(document, "Call_CallRecord")["properties"]["CallResult"]
    assert call_result["anyOf"] == [{"$ref": "#/components/schemas/Call_CallResult"}, {"type": "integer"}]


def test_enums_carry_member_names_and_descriptions(document: dict[str, Any]) -> None:
    call_type = schema(document, "Call_CallType")
    assert call_type["enum"] == ["SingleCall", "MultiCall"]
    assert call_type["x-enum-varnames"] == ["SINGLE_CALL", "MULTI_CALL"]
    assert call_type["x-enum-descriptions"] == ["One-to-one call.", "Group call."]
    assert schema(document, "Room_RoomCallbackCommand")["x-enum-open"] is True


def test_prose_defaults_are_dropped_literal_ones_kept(document: dict[str, Any]) -> None:
    fields = schema(document, "Call_GetRecordByFilterRequest")["properties"]
    assert "default" not in fields["StartTime"]  # "now minus 7 days" is not an integer
    assert "now minus 7 days" in fields["StartTime"]["description"]
    assert fields["Page"]["default"] == 1
    room_info = schema(document, "Live_NewLiveRoomInfoParam")["properties"]
    assert room_info["TakeSeatMode"]["default"] == "FreeToTake"
    assert "default" not in room_info["Owner_Account"]  # "the calling administrator" must never be sent


def test_operation_extensions_follow_the_command(spec: Spec, document: dict[str, Any]) -> None:
    for command, operation in zip(spec.commands, operations(document), strict=True):
        assert operation["x-idempotent"] is command.idempotent
        assert operation["x-rate-limit-per-sec"] == command.rate_limit_per_sec
        assert [error["code"] for error in operation["x-error-codes"]] == list(command.errors)
        assert ("x-paging" in operation) == (command.paging is not None)
        assert operation["tags"] == [command.product]
        assert operation["summary"] == command.title
        assert operation["description"].startswith(command.summary)
        if command.doc_url:
            assert operation["externalDocs"]["url"] == command.doc_url


def test_operation_text_and_error_codes(document: dict[str, Any]) -> None:
    operation = document["paths"]["/v4/call_engine_http_srv/start_call_by_robot"]["post"]
    assert "**Not idempotent.**" in operation["description"]
    assert "200 requests per second" in operation["description"]
    assert "*Decision:* Response is optional" in operation["description"]
    assert operation["x-error-codes"][0] == {
        "code": 101001,
        "meaning": "Internal server error.",
        "category": "server",
        "retry": "idempotent",
    }
    assert "| 101002 |" in operation["responses"]["200"]["description"]
    paged = document["paths"]["/v4/call_record_http_srv/get_record_by_filter"]["post"]["x-paging"]
    assert paged == {
        "style": "page_number",
        "request_key": "Page",
        "items": "Response.CallRecordList",
        "page_size_key": "NumberPerPage",
        "total": "Response.TotalNum",
        "first": 1,
    }


def test_common_error_codes_listed_once(spec: Spec, document: dict[str, Any]) -> None:
    common = document["components"]["x-common-error-codes"]
    assert [error["code"] for error in common] == sorted(spec.common_errors)
    assert "| 70001 | The UserSig has expired. | auth | resign |" in document["info"]["description"]


def test_schema_names_are_prefixed_per_product(spec: Spec, document: dict[str, Any]) -> None:
    names = set(document["components"]["schemas"]) - {"Envelope"}
    prefixes = {f"{p.name.capitalize()}_" for p in spec.products}
    assert all(any(name.startswith(prefix) for prefix in prefixes) for name in names)
    assert all(name.replace("_", "").isalnum() for name in names)


def test_output_is_deterministic(spec: Spec, document: dict[str, Any]) -> None:
    assert dump(build_document(spec), yaml_format=False) == dump(document, yaml_format=False)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "openapi", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )


def test_cli_writes_json_and_yaml_files(tmp_path: Path, document: dict[str, Any]) -> None:
    json_file = tmp_path / "tmp" / "openapi.json"
    run_cli("-o", str(json_file))
    assert json.loads(json_file.read_text(encoding="utf-8")) == document
    yaml_file = tmp_path / "openapi.yaml"
    run_cli("-o", str(yaml_file))
    assert yaml.safe_load(yaml_file.read_text(encoding="utf-8")) == document


def test_cli_prints_json_to_stdout_without_output(document: dict[str, Any]) -> None:
    assert json.loads(run_cli().stdout) == document
