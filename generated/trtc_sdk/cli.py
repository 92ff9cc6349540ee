"""`trtc`: call any command of the Tencent RTC server REST API from a shell.

    trtc list [NAMESPACE]                                    every command: path, namespace.method, title
    trtc describe call_engine_http_srv/start_call_by_robot   fields, limits, paging, error codes
    trtc call get_call_info --call-id c1                     one option per field of the request model
    trtc invoke call_engine_http_srv/get_call_info --json '{"CallId": "c1"}'
    trtc webhook fire C2C.CallbackBeforeSendMsg --url http://127.0.0.1:8000/webhook   test your webhook

Settings: the environment variables of Client.from_env() (TRTC_SDKAPPID, TRTC_SECRET_KEY, TRTC_IDENTIFIER,
TRTC_REGION, TRTC_BASE_URL), overridden by --sdkappid, --identifier, --region, --base-url, --timeout and
--max-retries given before the command. The secret key is read ONLY from TRTC_SECRET_KEY: a flag would
leave it in shell history and `ps`. Neither it nor a UserSig is ever printed, even with TRTC_LOG=debug.

The reply goes to stdout as pretty JSON with wire keys; errors go to stderr. Exit codes: see EXIT_CODES
(`trtc --help` prints them).

Arguments are parsed in two steps, so `trtc --help` and `trtc list` import no model: a method's options
are generated from its request model only once the method is named on the command line.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import enum
import json
import os
import re
import sys
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Union, get_args, get_origin

from trtc_sdk._core import errors
from trtc_sdk._core.enums import sendable_values
from trtc_sdk._core.limits import LIMITS, describe_limits
from trtc_sdk._core.redaction import redact
from trtc_sdk._version import __version__

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic.fields import FieldInfo

    from trtc_sdk._core.registry import Operation

EXIT_OK, EXIT_API_ERROR, EXIT_BAD_INPUT, EXIT_TRANSPORT, EXIT_BAD_REPLY = 0, 1, 2, 3, 4
EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_API_ERROR: "API error: the reply's ErrorCode is not 0 (code, meaning, ErrorInfo and RequestId on stderr)",
    EXIT_BAD_INPUT: "bad input: usage error, invalid or missing field, bad --json, unusable settings; nothing was sent",
    EXIT_TRANSPORT: "transport failure: no connection, dropped connection or timeout",
    EXIT_BAD_REPLY: "undecodable reply: not JSON, not the envelope, or (with --strict) not the command's model",
}
BODY_HELP = """Arrays: repeat the option, or give a JSON array. Objects: a JSON object with wire keys.
--json '{...}' or --json @file.json (@- reads stdin) gives a whole body with wire keys; the options
replace its top-level keys. The reply is printed as JSON with wire keys."""
SCALARS: dict[Any, tuple[str, Callable[[str], Any]]] = {int: ("INT", int), float: ("NUMBER", float), str: ("TEXT", str)}


def operations() -> Mapping[str, Operation]:
    from trtc_sdk._registry import OPERATIONS  # imported when needed: `trtc --version` stays instant

    return OPERATIONS


class SafeArgumentParser(argparse.ArgumentParser):
    """argparse quotes bad values in its errors; a secret pasted in the wrong place must not be echoed."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments:"):
            flags = [word for word in message.split()[2:] if word.startswith("-")]
            message = "unrecognized arguments: " + (" ".join(flags) or "(values not shown)")
        message = re.sub(r"(invalid \S+ value|invalid choice): '.*?'(?=[ :(]|$)", r"\1 (value not shown)", message)
        super().error(redact(message, [os.environ.get("TRTC_SECRET_KEY", "")]))


class BadInput(Exception):
    """Input refused before a request is built (exit code 2)."""


class RefuseSecretKeyFlag(argparse.Action):
    """`--secret-key` exists only to refuse the key without echoing it (argparse would quote it as a bad command)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        parser.error("there is no --secret-key flag: set TRTC_SECRET_KEY (a flag leaks into shell history and ps)")


# -- the registry and the models -------------------------------------------------------------------


def find_operation(name: str) -> Operation:
    """An operation by "servicename/command" or "namespace.method"."""
    for operation in operations().values():
        if name in (operation.path, f"{operation.namespace}.{operation.method_name}"):
            return operation
    close = difflib.get_close_matches(name, list(operations()), n=1)
    raise BadInput(f"unknown command {name!r}" + (f"; did you mean {close[0]!r}?" if close else "; see `trtc list`"))


def model_fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    return dict(model.model_fields)


def value_type(annotation: Any) -> tuple[Any, bool]:
    """(type of one value, is it a list) for X, X | None, list[X], list[X] | None, and an enum with its
    literal values (`E | Literal[...]`), which counts as the enum."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = [member for member in get_args(annotation) if member is not type(None)]
        enums = [member for member in members if isinstance(member, type) and issubclass(member, enum.Enum)]
        annotation = enums[0] if enums else members[0] if len(members) == 1 else annotation
    if get_origin(annotation) is list:
        return value_type(get_args(annotation)[0])[0], True
    return unaliased(annotation), False


def unaliased(kind: Any) -> Any:
    """The class a type alias of a constrained value names (`MemberListAccountItem = Annotated[int, Field(ge=0)]`
    is an int); an alias of anything else (a union of message elements) keeps its readable name."""
    if type(kind).__name__ != "TypeAliasType":
        return kind
    value = kind.__value__
    while get_origin(value) is Annotated:
        value = get_args(value)[0]
    return value if isinstance(value, type) else kind


def is_model(annotation: Any) -> bool:
    from pydantic import BaseModel  # imported here: `trtc --help` and `trtc list` need no pydantic

    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def enum_values(annotation: Any) -> list[Any] | None:
    """The values a request may send if the annotation is an enum (server-only values left out), else None."""
    if not (isinstance(annotation, type) and issubclass(annotation, enum.Enum)):
        return None
    return sendable_values(annotation)


def type_text(annotation: Any) -> str:
    kind, is_list = value_type(annotation)
    values = enum_values(kind)
    text = getattr(kind, "__name__", str(kind)) if values is None else "{" + ",".join(map(str, values)) + "}"
    return f"list[{text}]" if is_list else text


def limits_text(field: FieldInfo) -> str:
    """The documented limits of a request field, as the docs print them."""
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    limits = extra.get(LIMITS)
    return describe_limits(limits) if isinstance(limits, dict) else ""


def walk_fields(model: type[BaseModel], wire: str = "", python: str = "") -> Iterator[tuple[str, str, FieldInfo]]:
    """(dotted wire path, dotted python name, field) for the fields of a model and of the models inside it."""
    for name, field in model_fields(model).items():
        wire_path, python_path = wire + (field.alias or name), python + name
        yield wire_path, python_path, field
        kind, is_list = value_type(field.annotation)
        if is_model(kind) and wire_path.count(".") < 6:
            step = "[]." if is_list else "."
            yield from walk_fields(kind, wire_path + step, python_path + step)


# -- option values ---------------------------------------------------------------------------------


def option_name(python_name: str) -> str:
    return "--" + python_name.replace("_", "-")


def parse_bool(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")
    return text.lower() == "true"


def parse_json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError('expected a JSON object with wire keys, like \'{"Key": "value"}\'')
    return value


def value_parser(kind: Any) -> Callable[[str], Any]:
    """Text of one option value -> the JSON value to send; enums take one of their values, objects JSON."""
    values = enum_values(kind)
    if values is None:
        return parse_bool if kind is bool else SCALARS.get(kind, ("", parse_json_object))[1]

    def parse_enum(text: str) -> Any:
        for value in values:
            if str(value) == text:
                return value
        raise argparse.ArgumentTypeError(f"invalid choice {text!r} (choose from {', '.join(map(str, values))})")

    return parse_enum


def list_parser(item: Any) -> Callable[[str], list[Any]]:
    """One item per option (the option repeats), or a whole JSON array."""
    parse_item = value_parser(item)

    def parse_items(text: str) -> list[Any]:
        if text.lstrip().startswith("["):
            try:
                return list(json.loads(text))
            except ValueError:
                pass  # not a JSON array: one item that happens to start with "["
        return [parse_item(text)]

    return parse_items


def metavar(kind: Any) -> str:
    """INT, NUMBER, TEXT, {true,false}, JSON, or an enum's values (VALUE when they are too long to show)."""
    if kind is bool or kind in SCALARS:
        return "{true,false}" if kind is bool else SCALARS[kind][0]
    if enum_values(kind) is None:
        return "JSON"
    return type_text(kind) if len(type_text(kind)) <= 40 else "VALUE"


def option_help(field: FieldInfo, wire_key: str) -> str:
    """The field's description, then its wire key, whether it is required, its limits and how to give it."""
    kind, is_list = value_type(field.annotation)
    notes = [
        wire_key,
        *(["required"] if field.is_required() else []),
        *([limits_text(field)] if limits_text(field) else []),
    ]
    if metavar(kind) == "VALUE":
        notes.append("one of " + ", ".join(map(str, enum_values(kind) or ())))
    if is_list:
        notes.append("repeat it or give a JSON array")
    return f"{field.description or ''} [{'; '.join(notes)}]".replace("%", "%%")


# -- parsers ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Step one: the settings and the command; a method's own options are left for build_method_parser."""
    parser = SafeArgumentParser(
        prog="trtc",
        description="Call the Tencent RTC server REST API (Call, Conference, Live) from a shell.",
        # settings, from the module docstring, then the exit codes
        epilog=(__doc__ or "").split("\n\n", 2)[-1].split("Exit codes:")[0].rstrip()
        + "\n\nExit codes:\n"
        + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_CODES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"trtc-sdk {__version__}")
    settings = parser.add_argument_group("settings (override the environment; the secret key has no flag)")
    settings.add_argument("--sdkappid", type=int, help="SDKAppID of the app (env TRTC_SDKAPPID)")
    settings.add_argument("--identifier", help="admin account signing the requests (env TRTC_IDENTIFIER)")
    settings.add_argument("--region", help="data centre of the app, e.g. singapore (env TRTC_REGION)")
    settings.add_argument("--base-url", help="send here instead of the region's host (env TRTC_BASE_URL)")
    settings.add_argument("--timeout", type=float, help="seconds to wait for each reply (default 10)")
    settings.add_argument("--max-retries", type=int, help="retries after a failed attempt (default 2; 0: none)")
    settings.add_argument(
        "--strict",
        action="store_const",
        const=True,
        dest="strict_responses",
        help="fail (exit 4) when a successful reply does not match the command's model",
    )
    refuse_secret_key_flag(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=SafeArgumentParser)
    namespaces: dict[str, list[Operation]] = {}
    for operation in operations().values():
        namespaces.setdefault(operation.namespace, []).append(operation)
    listing = commands.add_parser("list", help="every command: path, namespace.method, title")
    listing.add_argument("namespace", nargs="?", choices=list(namespaces), help="only this namespace")
    describe = commands.add_parser("describe", help="fields, limits, paging and error codes of one command")
    describe.add_argument("path", help="servicename/command (or namespace.method)")
    invoke = commands.add_parser("invoke", help="call any command by path with a --json body", epilog=BODY_HELP)
    invoke.add_argument("path", help="servicename/command (or namespace.method)")
    add_body_options(invoke)
    add_webhook_parser(commands)
    for namespace, members in namespaces.items():
        methods = "\n".join(f"  {op.method_name:<32} {op.title}" for op in members)
        namespace_parser = commands.add_parser(  # subparsers are SafeArgumentParsers too (parser_class)
            namespace,
            aliases=[namespace.replace("_", "-")] if "_" in namespace else [],
            help=f"{members[0].servicename}: {len(members)} methods",
            epilog=f"methods (options: trtc {namespace} METHOD --help):\n{methods}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        method_names = [op.method_name for op in members]
        namespace_parser.add_argument(
            "method", metavar="METHOD", type=lambda text: text.replace("-", "_"), choices=method_names
        )
        namespace_parser.add_argument("options", nargs=argparse.REMAINDER, help="the method's options")
        refuse_secret_key_flag(namespace_parser)
    return parser


WEBHOOK_TOKEN_ENV = "TRTC_WEBHOOK_TOKEN"
WEBHOOK_HELP = f"""Sends the event as Tencent would: a POST to the URL with the query keys of the event's product
(SdkAppid from --sdkappid or TRTC_SDKAPPID, CallbackCommand, ...), signed when the environment variable
named by --token-env (default {WEBHOOK_TOKEN_ENV}) holds the webhook token; the token has no flag. The
body is the spec's sample of the event unless --json gives one. Prints the answer; exit code 0 when it
is HTTP 200 with a JSON object (what Tencent accepts), 4 otherwise, 3 when nothing was exchanged."""


def add_webhook_parser(commands: Any) -> None:
    webhook = commands.add_parser("webhook", help="webhook events: list them, print a sample, fire one at a URL")
    actions = webhook.add_subparsers(dest="webhook_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every event: CallbackCommand, product, before/after, title")
    listing.add_argument("product", nargs="?", help="only this product's events (call, room, live, chat)")
    example = actions.add_parser("sample", help="print the spec's sample payload of an event")
    example.add_argument("event", metavar="EVENT", help="CallbackCommand, e.g. C2C.CallbackBeforeSendMsg")
    fire = actions.add_parser(
        "fire", help="POST an event to your webhook URL and print the answer", epilog=WEBHOOK_HELP
    )
    fire.add_argument("event", metavar="EVENT", help="CallbackCommand, e.g. C2C.CallbackBeforeSendMsg")
    fire.add_argument("--url", required=True, help="your webhook URL (http or https)")
    fire.add_argument("--json", metavar="JSON|@FILE", help="the payload, wire keys (default: the spec's sample)")
    fire.add_argument("--token-env", metavar="VAR", help=f"variable holding the webhook token ({WEBHOOK_TOKEN_ENV})")
    fire.add_argument("--sdkappid", dest="event_sdkappid", type=int, help="SdkAppid to send (env TRTC_SDKAPPID)")
    fire.add_argument("--wait", type=float, default=5.0, help="seconds to wait for the answer (default 5)")
    refuse_secret_key_flag(fire)


def webhook_events() -> Mapping[str, Any]:
    from trtc_sdk._webhook_registry import WEBHOOKS

    return WEBHOOKS.events


def find_event(name: str) -> Any:
    events = webhook_events()
    if name not in events:
        close = difflib.get_close_matches(name, list(events), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; see `trtc webhook list`"
        raise BadInput(f"unknown event {name!r}{hint}")
    return events[name]


def list_events(product: str | None) -> str:
    chosen = [spec for spec in webhook_events().values() if product in (None, *spec.senders)]
    if not chosen:
        raise BadInput(f"no events for product {product!r}")
    width = max(len(spec.command) for spec in chosen)
    return "\n".join(f"{s.command:<{width}}  {s.product:<5} {s.kind:<6}  {s.title}" for s in chosen)


def webhook_token(args: argparse.Namespace) -> str | None:
    name = args.token_env or WEBHOOK_TOKEN_ENV
    token = os.environ.get(name)
    if args.token_env and not token:
        raise BadInput(f"--token-env {name}: the variable is not set")
    return token or None


def fire_event(args: argparse.Namespace) -> str:
    from trtc_sdk.testing.webhooks import fire

    spec = webhook_events().get(args.event)
    if spec is None and args.json is None:
        find_event(args.event)  # unknown and no payload: say so
    sdkappid = args.event_sdkappid or args.sdkappid or os.environ.get("TRTC_SDKAPPID")
    if not sdkappid:
        raise BadInput("fire needs the SdkAppid to send: --sdkappid or TRTC_SDKAPPID")
    payload = load_json_option(args.json, "--json") if args.json is not None else None
    try:
        answer = fire(args.event, args.url, payload, sdkappid=sdkappid, token=webhook_token(args), timeout=args.wait)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    text = answer.body.decode("utf-8", "replace")
    if answer.answer is not None:
        text = json.dumps(answer.answer, indent=2, ensure_ascii=False)
    if not answer.ok:
        raise WebhookRefused(f"the webhook answered HTTP {answer.status}" + (f": {text[:500]}" if text else ""))
    return text


class WebhookRefused(Exception):
    """The webhook URL answered, but not with what Tencent accepts (exit code 4)."""


def webhook_command(args: argparse.Namespace) -> str:
    if args.webhook_action == "list":
        return list_events(args.product)
    if args.webhook_action == "sample":
        from trtc_sdk.testing.webhooks import sample_event

        spec = find_event(args.event)
        return json.dumps(sample_event(spec.command), indent=2, ensure_ascii=False)
    return fire_event(args)


def add_body_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", metavar="JSON|@FILE", help="the request body, wire keys (@- reads stdin)")
    parser.add_argument("--extra-body", metavar="JSON", help="keys sent as they are, unchecked (undocumented keys)")
    refuse_secret_key_flag(parser)


def refuse_secret_key_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--secret-key", nargs="?", action=RefuseSecretKeyFlag, help=argparse.SUPPRESS)


def build_method_parser(operation: Operation) -> argparse.ArgumentParser:
    """Step two: one option per field of the request model, built only for the method named."""
    parser = SafeArgumentParser(
        prog=f"trtc {operation.namespace} {operation.method_name}",
        description=f"{operation.title}\n\n{operation_summary(operation)}",
        epilog=BODY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for name, field in model_fields(operation.request_model).items():
        kind, is_list = value_type(field.annotation)
        parser.add_argument(
            option_name(name),
            dest=name,
            type=list_parser(kind) if is_list else value_parser(kind),
            action="extend" if is_list else "store",
            metavar=metavar(kind),
            help=option_help(field, field.alias or name),
        )
    add_body_options(parser)
    if operation.batch is not None:
        batch_field = wire_to_python(operation.request_model, operation.batch.field)
        parser.add_argument(
            "--from-file",
            metavar="FILE",
            help=f"read the {option_name(batch_field)} items from a CSV file (header: the item's wire keys) or a "
            f"JSON-lines file, any number of them: sent {operation.batch.max_items} per call; prints one JSON line "
            "per item (succeeded, failed with its code, or unknown: its call may have run)",
        )
        parser.add_argument("--progress", action="store_true", help="draw a progress bar on stderr (default: on a TTY)")
    return parser


def wire_to_python(model: type[BaseModel], wire_key: str) -> str:
    """The keyword of a wire key; a key the model lacks stays as given, for the call to refuse with a did-you-mean."""
    from trtc_sdk._core.wire import attribute_name  # here: `trtc --help` and `trtc list` need no pydantic

    return attribute_name(model, wire_key) or wire_key


def operation_summary(operation: Operation) -> str:
    rate, paging = operation.rate_limit_per_sec, operation.paging
    facts = {
        "path": operation.path,
        "docs": operation.doc_url or "none (undocumented: found only in the console code)",
        "idempotent": "yes" if operation.idempotent else "no (never resent once the server may have acted)",
        "rate limit": f"{rate:g}/s" if rate else "not documented",
        "paging": f"{paging.style} on {paging.request_key}, items in {paging.items}" if paging else "none",
    }
    return "\n".join(f"{label + ':':<12} {value}" for label, value in facts.items())


# -- commands --------------------------------------------------------------------------------------


def list_commands(namespace: str | None) -> str:
    chosen = [op for op in operations().values() if namespace in (None, op.namespace)]
    width = max(len(op.path) for op in chosen)
    return "\n".join(f"{op.path:<{width}}  {op.namespace}.{op.method_name:<36}  {op.title}" for op in chosen)


def fields_table(model: type[BaseModel], *, options: bool = True) -> str:
    """One line per field, nested ones included: wire key, its option (top-level request fields) or python
    name, type, required, description (limits)."""
    rows = [
        (
            wire,
            option_name(python) if options and "." not in python else python,
            type_text(field.annotation),
            "required" if field.is_required() else "optional",
            field,
        )
        for wire, python, field in walk_fields(model)
    ]
    widths = [max((len(str(row[column])) for row in rows), default=0) for column in range(4)]
    lines = []
    for *columns, field in rows:
        limits = f" ({limits_text(field)})" if limits_text(field) else ""
        cells = "  ".join(str(text).ljust(width) for text, width in zip(columns, widths, strict=True))
        lines.append(f"  {cells}  {field.description or ''}{limits}")
    return "\n".join(lines or ["  (none)"])


def describe(operation: Operation) -> str:
    codes = [f"  {code}  {spec.meaning} {spec.hint or ''}".rstrip() for code, spec in operation.errors.items()]
    return "\n\n".join(
        [
            f"{operation.title}\n  trtc {operation.namespace.replace('_', '-')} "
            f"{operation.method_name.replace('_', '-')} --OPTION VALUE ...",
            operation_summary(operation),
            "request fields (wire key, option, type, required, description):\n" + fields_table(operation.request_model),
            "response fields (wire key, python name, ...):\n" + fields_table(operation.response_model, options=False),
            "error codes (besides the common ones):\n" + "\n".join(codes or ["  (none documented)"]),
        ]
    )


def load_json_option(text: str | None, option: str) -> dict[str, Any]:
    """The object given as JSON text, @file or @- (stdin); {} when the option is absent."""
    if text is None:
        return {}
    try:
        if text.startswith("@"):
            with open(0 if text == "@-" else text[1:], encoding="utf-8") as source:
                text = source.read()
        return parse_json_object(text)
    except (OSError, argparse.ArgumentTypeError) as exc:
        raise BadInput(f"{option}: {exc}") from None


def method_body(operation: Operation, options: argparse.Namespace, batch_field: str | None = None) -> dict[str, Any]:
    """The --json body with the explicit options on top; names the required options still missing (but the
    batch list, which --from-file gives)."""
    body = load_json_option(options.json, "--json")
    fields = model_fields(operation.request_model)
    for name, field in fields.items():
        if getattr(options, name) is not None:
            body[field.alias or name] = getattr(options, name)
    missing = [
        option_name(name)
        for name, field in fields.items()
        if field.is_required() and (field.alias or name) not in body and (field.alias or name) != batch_field
    ]
    if missing:
        usage = f"trtc {operation.namespace} {operation.method_name} --help"
        raise BadInput(f"missing required option(s): {', '.join(missing)} (or their wire keys in --json; see {usage})")
    return body


def client_settings(args: argparse.Namespace) -> dict[str, Any]:
    """Client arguments: the environment of Client.from_env(), overridden by the flags (the secret key has none)."""
    from trtc_sdk._client import Client  # loads requests and the client runtime only when a call is made

    flags = ("sdkappid", "identifier", "region", "base_url", "timeout", "max_retries", "strict_responses")
    return Client.env_settings(**{key: getattr(args, key) for key in flags})


def call(args: argparse.Namespace, operation: Operation, body: Mapping[str, Any], extra_body: str | None) -> str:
    """Send the body (the request model checks it first) and return the reply as pretty JSON."""
    from trtc_sdk._client import Client

    extra = load_json_option(extra_body, "--extra-body") or None
    with Client(**client_settings(args)) as client:
        reply = client.invoke(operation.path, body, extra_body=extra)
    return json.dumps(reply.model_dump(mode="json", by_alias=True, exclude_none=True), indent=2, ensure_ascii=False)


def run(args: argparse.Namespace) -> tuple[str, int]:
    """What to print on stdout for the parsed command line, and the exit code."""
    if args.command == "list":
        return list_commands(args.namespace), EXIT_OK
    if args.command == "describe":
        return describe(find_operation(args.path)), EXIT_OK
    if args.command == "invoke":
        return call(args, find_operation(args.path), load_json_option(args.json, "--json"), args.extra_body), EXIT_OK
    if args.command == "webhook":
        return webhook_command(args), EXIT_OK
    operation = find_operation(f"{args.command.replace('-', '_')}.{args.method}")
    options = build_method_parser(operation).parse_args(args.options)  # usage errors exit with 2 here
    if getattr(options, "from_file", None):
        return bulk(args, operation, options)
    return call(args, operation, method_body(operation, options), options.extra_body), EXIT_OK


def bulk(args: argparse.Namespace, operation: Operation, options: argparse.Namespace) -> tuple[str, int]:
    """Any number of items from a file, sent in documented batches; one JSON line per item in the report."""
    from trtc_sdk._client import Client

    assert operation.batch is not None
    field = wire_to_python(operation.request_model, operation.batch.field)
    item_type, _ = value_type(model_fields(operation.request_model)[field].annotation)
    setattr(options, field, None)
    body = method_body(operation, options, batch_field=operation.batch.field)
    params = {wire_to_python(operation.request_model, key): value for key, value in body.items()}
    params[field] = read_items(options.from_file, item_type)
    show = options.progress or sys.stderr.isatty()
    extra = load_json_option(options.extra_body, "--extra-body") or None
    with Client(**client_settings(args)) as client:
        service = getattr(client, operation.namespace)
        result = getattr(service, f"{operation.method_name}_in_batches")(
            **params, progress=draw_progress if show else None, extra_body=extra
        )
    if show:
        print(file=sys.stderr)
    lines = [{"status": "succeeded", "item": jsonable(item)} for item in result.succeeded]
    lines += [
        {"status": "failed", "item": jsonable(f.item), "code": f.code, "message": f.message, "request_id": f.request_id}
        for f in result.failed
    ]
    lines += [{"status": "unknown", "item": jsonable(item)} for item in result.unknown]
    report = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    print(result.summary(), file=sys.stderr)
    return report, EXIT_TRANSPORT if result.unknown else EXIT_API_ERROR if result.failed else EXIT_OK


def read_items(path: str, item_type: Any) -> list[Any]:
    """Items from CSV (a header of wire keys; one column for plain values) or JSON lines (one JSON value per line)."""
    try:
        with open(path, encoding="utf-8", newline="") as source:
            if path.lower().endswith(".csv"):
                rows = list(csv.DictReader(source))
                if not is_model(item_type):
                    return [SCALARS.get(item_type, ("", str))[1](next(iter(row.values()))) for row in rows]
                return [typed_row(item_type, row) for row in rows]
            return [json.loads(line) for line in source if line.strip()]
    except (OSError, ValueError, StopIteration) as exc:
        raise BadInput(f"--from-file {path}: {exc}") from None


def typed_row(model: type[BaseModel], row: Mapping[str, str]) -> dict[str, Any]:
    """A CSV row as the item model's JSON: numbers and booleans converted, JSON cells for lists and objects."""
    fields = {field.alias or name: field for name, field in model_fields(model).items()}
    item: dict[str, Any] = {}
    for key, text in row.items():
        if text is None or text == "":
            continue
        kind, is_list = value_type(fields[key].annotation) if key in fields else (str, False)
        if is_list or is_model(kind):
            item[key] = json.loads(text)
        elif kind is bool:
            item[key] = parse_bool(text)
        else:
            item[key] = SCALARS.get(kind, ("", str))[1](text) if enum_values(kind) is None else text
    return item


def jsonable(item: Any) -> Any:
    return item.model_dump(mode="json", by_alias=True, exclude_none=True) if hasattr(item, "model_dump") else item


def draw_progress(progress: Any) -> None:
    width = 30
    done = width * progress.items_done // max(progress.items_total, 1)
    sys.stderr.write(
        f"\r[{'#' * done}{'-' * (width - done)}] {progress.items_done}/{progress.items_total} items, "
        f"{progress.failed} failed, {progress.unknown} unknown"
    )
    sys.stderr.flush()


def error_text(error: Exception) -> str:
    if not isinstance(error, errors.APIError):
        return f"trtc: error: {error}"
    lines = [f"trtc: {error.path} failed with ErrorCode {error.code}: {error.meaning or 'a code the spec lacks'}"]
    if error.info and error.info != error.meaning:
        lines.append(f"  ErrorInfo: {error.info}")
    if error.hint:
        lines.append(f"  hint: {error.hint}")
    lines.append(f"  RequestId: {error.request_id or '(none)'}")
    return "\n".join(lines)


def exit_code(error: Exception) -> int:
    if isinstance(error, (BadInput, errors.RequestValidationError, errors.ConfigurationError)):
        return EXIT_BAD_INPUT
    if isinstance(error, errors.TransportError):  # TimeoutError included
        return EXIT_TRANSPORT
    if isinstance(error, (errors.UnexpectedResponseError, WebhookRefused)):
        return EXIT_BAD_REPLY
    return EXIT_API_ERROR  # APIError, and any other TRTCError


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # usage errors exit with 2 here
    try:
        output, code = run(args)
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:  # `trtc list | head -1`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (BadInput, WebhookRefused, errors.TRTCError) as error:
        # The SDK's messages carry no secret already; redacting here too costs nothing.
        print(redact(error_text(error), [os.environ.get("TRTC_SECRET_KEY", "")]), file=sys.stderr)
        return exit_code(error)
    except KeyboardInterrupt:
        return 130
    return code
