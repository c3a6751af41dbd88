# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo-output

.PHONY: install demo test clean reference system bench

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf $(DEMO)
	$(BIN)/beleidsgraaf build examples --store $(DEMO)/store
	$(BIN)/beleidsgraaf view --store $(DEMO)/store --output $(DEMO)/network.html
	$(BIN)/beleidsgraaf view --store $(DEMO)/store --preset ministry --output $(DEMO)/per-ministry.html
	$(BIN)/beleidsgraaf view --store $(DEMO)/store --preset overdue --as-of 2026-01-01 --output $(DEMO)/overdue.html
	$(BIN)/beleidsgraaf export --store $(DEMO)/store --format csv --output $(DEMO)/commitments.csv
	$(BIN)/beleidsgraaf export --store $(DEMO)/store --format turtle --output $(DEMO)/graph.ttl
	$(BIN)/beleidsgraaf table --store $(DEMO)/store

# Debian packages the tests use: Chromium drives the view tests headless (through Playwright, with no
# browser download); rapper (raptor2-utils) and Virtuoso check that other RDF tools load the exports
SYSTEM := /usr/bin/chromium /usr/bin/rapper /usr/bin/virtuoso-t
$(SYSTEM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium raptor2-utils virtuoso-opensource >/dev/null

system: $(SYSTEM)

test: $(STAMP) $(SYSTEM)
	$(BIN)/python -m pytest --import-mode=importlib -q tests

bench: $(STAMP) $(SYSTEM)
	$(BIN)/python benchmarks/view_load.py

reference:
	$(BIN)/python tools/make_reference.py --shared ../shared

clean:
	rm -rf $(VENV) $(DEMO) beleidsgraaf-store *.egg-info
