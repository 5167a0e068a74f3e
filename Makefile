# The two quick-start commands, `make demo` and `make test`, each set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

.PHONY: demo test docs bench fuzz render clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-demo: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[all]"
	touch $@

PLUGIN := examples/civplan-markdown
PLUGIN_FILES := $(PLUGIN)/pyproject.toml $(wildcard $(PLUGIN)/src/*/*.py)

# the example plugin is installed as a separate distribution, as a user would,
# after civplan (pip cannot match its requirement to a project installed alongside)
$(VENV)/.installed-test: pyproject.toml $(PLUGIN_FILES) | $(BIN)/python
	$(PIP) install -e ".[all,test,docs]"
	$(PIP) install ./$(PLUGIN)
	touch $@

## demo: install civplan and show the bundled Luhansk 2017 report
demo: $(VENV)/.installed-demo
	$(BIN)/civplan demo -o out/demo

## test: the whole test suite (with every example of the docs), the docs, mypy --strict and ruff
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest
	$(MAKE) docs
	$(BIN)/python -m mypy
	$(BIN)/python -m ruff check
	$(BIN)/python -m ruff format --check

## docs: the documentation site in docs/_build/html, warnings as errors
docs: $(VENV)/.installed-test
	$(BIN)/python -m sphinx -E -W --keep-going -q -b html docs docs/_build/html

## bench: speed and memory against baselines, 8,000 and 100,000 measures (several minutes)
bench: $(VENV)/.installed-test
	$(PIP) install -e ".[all,test,bench]"
	$(BIN)/python benchmarks/run.py

## fuzz: damaged documents against every importer, 20,000 per importer (tens of minutes)
fuzz: $(VENV)/.installed-test
	$(BIN)/python fuzz/importers.py --examples $${FUZZ_EXAMPLES:-20000}

## render: print the bundled report with LibreOffice into the PNG pages in docs/images
render: $(VENV)/.installed-demo
	$(BIN)/python scripts/render.py docs/images

clean:
	rm -rf $(VENV) out build dist docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
