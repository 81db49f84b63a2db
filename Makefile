# Set-up and entry points. Every target is safe to run again: the virtual environment is
# (re)installed only when pyproject.toml changed since the last install.
PYTHON ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.10 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
export KEDRO_DISABLE_TELEMETRY := 1
export TF_USE_LEGACY_KERAS := 1
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: install install-test run test viz bench clean-data

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## The main job: generate data, window it, train the configured grid, derive, evaluate, report.
run: install
	$(BIN)/kedro run --pipeline=train

## The whole test suite.
test: install-test
	$(BIN)/python -m pytest

viz: install
	$(BIN)/kedro viz run

bench: install
	$(BIN)/python bench/epoch_time.py

clean-data:
	find data -type f ! -name .gitkeep -delete
