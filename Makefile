# Cornerstone: `make run` serves the site on http://127.0.0.1:8000; `make test` runs the whole suite.
# Both set up .venv (and, for tests, Debian's Chromium) on a fresh clone and are quick the second time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run test check build lint bench chromium clean

install: $(STAMP)

# Reinstalled only when the project's dependencies change.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	@touch $@

# Playwright's own browser download cannot work offline: browser tests use Debian's Chromium.
chromium: /usr/bin/chromium
/usr/bin/chromium:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium

run: install
	$(BIN)/cornerstone build
	$(BIN)/cornerstone serve --host $(HOST) --port $(PORT)

test: install chromium
	$(BIN)/ruff check cornerstone widgets tests bench
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

check: install
	$(BIN)/cornerstone check

build: install
	$(BIN)/cornerstone build

lint: install
	$(BIN)/ruff check cornerstone widgets tests bench

# Benchmarks (minutes; never part of `make test`): figures go in bench/README.md.
bench: install chromium
	$(BIN)/python bench/run.py
	$(BIN)/python bench/site.py
	$(BIN)/python bench/apps.py

clean:
	rm -rf build
