# generated from spec/common.yaml by `python -m codegen generate` - do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from trtc_sdk._core.models import ResponseModel


class Envelope(ResponseModel):
    """
    Keys every reply carries.
    """

    action_status: Annotated[
        str | None,
        Field(
            alias="ActionStatus",
            description="`OK` or `FAIL`. Some replies omit it, so success is decided on ErrorCode.",
        ),
    ] = None
    """`OK` or `FAIL`. Some replies omit it, so success is decided on ErrorCode."""

    error_code: Annotated[
        int | None,
        Field(
            alias="ErrorCode", description="0 on success; otherwise a code from the common or the product error table."
        ),
    ] = None
    """0 on success; otherwise a code from the common or the product error table."""

    error_info: Annotated[str | None, Field(alias="ErrorInfo", description="Human-readable error text.")] = None
    """Human-readable error text."""

    request_id: Annotated[
        str | None,
        Field(alias="RequestId", description="Server-side request ID; quote it when asking Tencent support."),
    ] = None
    """Server-side request ID; quote it when asking Tencent support."""

    error_display: Annotated[
        str | None, Field(alias="ErrorDisplay", description="Extra error text some commands add.")
    ] = None
    """Extra error text some commands add."""
