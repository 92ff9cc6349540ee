# Two commands on a fresh machine: `make` (set up, regenerate, run the demo) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: all install generate demo check test bench reliability spec-diff openapi clean

all: generate demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m codegen generate

demo: $(STAMP)
	$(PY) examples/demo.py

# Spec valid, generated code in sync with it, lint, types.
check: $(STAMP)
	$(PY) -m codegen validate
	$(PY) -m codegen check
	$(PY) -m ruff check codegen generated tests examples bench
	$(PY) -m ruff format --check codegen generated tests examples bench
	$(PY) -m mypy
	cd generated && ../$(VENV)/bin/lint-imports --no-cache ../pyproject.toml

test: check
	$(PY) -m pytest -q

# Changelog of spec/ against the merge base with origin/main (HEAD without origin/main), for a PR.
spec-diff: $(STAMP)
	$(PY) -m codegen diff $$(git merge-base origin/main HEAD 2>/dev/null || git rev-parse HEAD) WORKTREE --format markdown

# Ratios against a baseline run in the same process: connection reuse (loopback, and HTTPS through a
# latency-injecting proxy), UserSig caching, lazy imports.
bench: $(STAMP)
	$(PY) -m bench.run

# The long reliability runs (fuzzing, 8 x 2,000 calls with faults, secret scan...); writes bench/reliability.md.
reliability: $(STAMP)
	$(PY) -m bench.reliability

# OpenAPI 3.1 document of the whole spec (not committed).
openapi: $(STAMP)
	$(PY) -m codegen openapi -o build/openapi.json

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
