"""Command line: python -m codegen validate | generate | check."""

from __future__ import annotations

import argparse
import sys

from codegen.load import SpecError, SpecErrors, load_spec


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="action", required=True)
    validate = commands.add_parser("validate", help="check spec/ against its schema and cross-references")
    validate.add_argument("--only", nargs="+", default=(), metavar="FILE", help="check common.yaml and these product files only")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(only=getattr(args, "only", ()))
    except (SpecError, SpecErrors) as exc:
        print(f"spec is invalid:\n{exc}", file=sys.stderr)
        return 1
    if args.action == "validate":
        print(f"spec ok: {len(spec.products)} products, {len(spec.commands)} commands")
    return 0


if __name__ == "__main__":
    sys.exit(main())
