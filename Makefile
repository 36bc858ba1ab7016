# make site   build site/ from content/ (creates .venv and installs on first run)
# make test   the same set-up, plus Chromium and the test tools, then the whole suite
# make serve  preview on http://127.0.0.1:8000/ with live reload
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site test test-fast lint serve check golden bench clean

site: $(VENV)/.installed
	$(BIN)/python -m compileall -q generator
	$(BIN)/python -m generator build $(if $(STRICT),--strict)

serve: $(VENV)/.installed
	$(BIN)/python -m generator serve

check: $(VENV)/.installed
	$(BIN)/python -m generator check

# The whole suite: lint and types, then every test (full builds and the browser included).
test: lint
	$(BIN)/python -m pytest

# Everything but the full builds (marker slow) and the browser (marker browser): under a minute.
test-fast: lint
	$(BIN)/python -m pytest -m "not slow and not browser"

lint: $(VENV)/.test-installed
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy generator

# Regenerate the golden files after a reviewed change: review `git diff tests/golden` like code.
golden: $(VENV)/.test-installed
	$(BIN)/python -m tests.golden_update

bench: $(VENV)/.installed
	$(BIN)/python bench/extract.py

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed requirements-test.lock tests/tools/package-lock.json
	$(BIN)/python -m pip install --quiet -r requirements-test.lock
	command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq npm; }
	npm ci --prefix tests/tools --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) site build .pytest_cache
