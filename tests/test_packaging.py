"""The wheel installs with only the runtime dependencies and works without spec/ or codegen/."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from trtc_sdk.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)], check=True, capture_output=True
    )
    [built] = out.glob("trtc_sdk-*.whl")
    return built


def test_the_wheel_holds_the_package_only(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "trtc_sdk/__init__.py" in names and "trtc_sdk/py.typed" in names
    assert "trtc_sdk/models/call/call_engine_http_srv/get_call_info.py" in names
    assert "trtc_sdk/testing/emulator.py" in names
    assert not [name for name in names if name.startswith(("spec/", "codegen/", "tests/", "generated/"))]
    metadata = next(name for name in names if name.endswith("METADATA"))
    requires = [
        line for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines() if line.startswith("Requires-Dist")
    ]
    runtime = sorted(
        line.split(": ")[1].split(">")[0].split("<")[0].split("=")[0].strip()
        for line in requires
        if "extra ==" not in line
    )
    assert runtime == ["pydantic", "requests", "tls-sig-api-v2"]


def test_the_installed_wheel_calls_the_emulator(wheel: Path, tmp_path: Path, emulator: Emulator) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    installed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze"], check=True, capture_output=True, text=True
    ).stdout
    assert "jinja2" not in installed.lower() and "datamodel" not in installed.lower()
    script = textwrap.dedent(
        f"""
        import trtc_sdk, pathlib
        assert "site-packages" in pathlib.Path(trtc_sdk.__file__).as_posix()
        client = trtc_sdk.Client({emulator.sdkappid}, {emulator.secret_key!r}, base_url={emulator.url!r})
        print(client.call.get_call_info(call_id="from-wheel").response.call_info.call_id)
        """
    )
    result = subprocess.run([str(python), "-c", script], check=True, capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "from-wheel"
    assert emulator.requests[-1].body == {"CallId": "from-wheel"}
