# The README's commands. Everything installs into .venv from PyPI; nothing else is needed but Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format messages e2e bench clean

install: $(STAMP) messages

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# Compiled catalogues are build output (.mo files are not committed); polib compiles them, no gettext needed.
messages: $(STAMP)
	@$(BIN)/python manage.py compile_catalogues

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

e2e: install
	$(BIN)/python -m pytest tests/e2e -m e2e

bench: install
	$(BIN)/python bench/news_bench.py --stories 1000
	$(BIN)/python bench/search_bench.py --stories 1000

clean:
	rm -rf $(VENV) staticfiles .test-media
