# The README's commands. Everything installs into .venv from PyPI; nothing else is needed but Python 3.11+ and make.
# `make test` also installs npm's test tools when npm is there; browser and HTML checks skip, with a reason, without
# Chromium, Java or npm.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist: one process (and one test database) per CPU; `make test WORKERS=0` runs in this process.
WORKERS ?= auto

.PHONY: install run test lint format messages e2e screenshots bench clean

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
	# The background-job worker (scheduled publishing, Wagtail's jobs) runs beside the server and stops with it.
	$(BIN)/python manage.py run_worker & WORKER=$$!; \
		trap 'kill $$WORKER 2>/dev/null' EXIT INT TERM; \
		$(BIN)/python manage.py runserver $(HOST):$(PORT)

# axe-core and the Nu HTML Checker for the browser tests; --ignore-scripts: no JDK or browser download.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --ignore-scripts && touch $@; \
	else \
		echo "npm not found: the HTML validity tests will be skipped (install Node.js and npm to run them)"; \
	fi

test: install $(NODE_STAMP)
	$(BIN)/python -m pytest -n $(WORKERS) --dist loadgroup

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

e2e: install $(NODE_STAMP)
	$(BIN)/python -m pytest tests/e2e -m e2e

# Test runs keep their screenshots in test-results/; this retakes the ones the docs show.
screenshots: install $(NODE_STAMP)
	SCREENSHOT_DIR=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest tests/e2e -m e2e -n 0 \
		-k "donor or member_journey or release_journey or digest"

bench: install
	$(BIN)/python bench/news_bench.py --stories 1000
	$(BIN)/python bench/search_bench.py --stories 1000
	$(BIN)/python bench/render_cost.py

clean:
	rm -rf $(VENV) node_modules staticfiles .test-media
