"""Command line: python -m codegen validate | generate | check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.load import REPO_ROOT, SpecError, SpecErrors, load_spec
from codegen.render import DOCS, PACKAGE, Renderer, is_generated
from codegen.render_readme import README, render_readme


def existing_generated_files(root: Path) -> set[str]:
    """Files under the generated areas that carry the "generated from spec" header."""
    found = set()
    for area, pattern in ((PACKAGE, "**/*.py"), (DOCS, "**/*.md")):
        for path in (root / area).glob(pattern):
            if is_generated(path.read_text(encoding="utf-8")[:200]):
                found.add(str(path.relative_to(root)))
    return found


def generate(root: Path = REPO_ROOT, only: tuple[str, ...] = ()) -> list[str]:
    """Write every generated file and delete generated files the spec no longer produces."""
    spec = load_spec(only=only)
    files = Renderer(spec).render_all()
    if not only and (root / README).exists():  # the README's counts and tables describe the whole spec
        files[README] = render_readme(spec, (root / README).read_text(encoding="utf-8"))
    changed = []
    for path, text in files.items():
        target = root / path
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            changed.append(path)
    for stale in sorted(existing_generated_files(root) - files.keys()):
        (root / stale).unlink()
        changed.append(f"{stale} (deleted)")
    return changed


def stale_files(root: Path = REPO_ROOT) -> list[str]:
    """Generated files that differ from what the spec produces now (nothing is written)."""
    spec = load_spec()
    files = Renderer(spec).render_all()
    if (root / README).exists():
        files[README] = render_readme(spec, (root / README).read_text(encoding="utf-8"))
    stale = [
        path
        for path, text in files.items()
        if not (root / path).exists() or (root / path).read_text(encoding="utf-8") != text
    ]
    stale += [f"{path} (no longer generated)" for path in sorted(existing_generated_files(root) - files.keys())]
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="action", required=True)
    validate = commands.add_parser("validate", help="check spec/ against its schema and cross-references")
    validate.add_argument(
        "--only", nargs="+", default=(), metavar="FILE", help="check common.yaml and these product files only"
    )
    generate_parser = commands.add_parser("generate", help="regenerate generated/trtc_sdk and docs/ from spec/")
    generate_parser.add_argument(
        "--only", nargs="+", default=(), metavar="FILE", help="use common.yaml and these product files only"
    )
    commands.add_parser("check", help="fail if generated files differ from what spec/ produces")
    diff = commands.add_parser("diff", help="changelog between two specs, with breaking changes flagged")
    diff.add_argument("old", help="a spec directory, or a git revision (its spec/ is read with git)")
    diff.add_argument("new", help="a spec directory, a git revision, or WORKTREE for ./spec")
    diff.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    diff.add_argument(
        "--fail-on", choices=("breaking", "any", "never"), default="never", help="exit 1 when such changes exist"
    )
    openapi = commands.add_parser("openapi", help="write an OpenAPI 3.1 document of the whole spec")
    openapi.add_argument("-o", "--output", help="file to write (.json or .yaml); stdout when omitted")
    args = parser.parse_args(argv)
    try:
        if args.action == "validate":
            spec = load_spec(only=args.only)
            print(f"spec ok: {len(spec.products)} products, {len(spec.commands)} commands, {len(spec.events)} events")
        elif args.action == "generate":
            changed = generate(only=tuple(args.only))
            print("\n".join(f"wrote {path}" for path in changed) or "generated files are up to date")
        elif args.action == "check":
            stale = stale_files()
            if stale:
                print("generated files are stale; run `make generate`:\n  " + "\n  ".join(stale), file=sys.stderr)
                return 1
            print("generated files match the spec")
        elif args.action == "diff":
            from codegen.diff import main as diff_main

            return diff_main(args.old, args.new, output_format=args.format, fail_on=args.fail_on)
        elif args.action == "openapi":
            from codegen.openapi import main as openapi_main

            return openapi_main(load_spec(), args.output)
    except (SpecError, SpecErrors) as exc:
        print(f"spec is invalid:\n{exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
