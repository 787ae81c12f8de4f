# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app registry
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
# Tests that need PostgreSQL run when one answers here (as on CI); they skip otherwise.
TEST_POSTGRES_URL ?= $(shell pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && echo postgresql+psycopg://postgres@127.0.0.1:5432/test)
export TEST_POSTGRES_URL
PORT   ?= 5000

.PHONY: run test install translations translations-update test-postgres bench clean help

help:
	@echo "make run   - install, initialise instance/, load the demo on first run, serve on http://$(HOST):$(PORT)"
	@echo "make test  - install and run the whole test suite"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

# The Nu Html Checker (vnu.jar) for tests/test_html_valid.py comes from the npm registry
# (package vnu-jar; it is not on PyPI). Its install script only fetches a Java when none is found:
# skipped, Java 17 is on the machine.
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar

$(VNU_JAR): package.json
	npm install --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $(VNU_JAR)

install: $(STAMP) $(VNU_JAR) translations

translations: $(STAMP)
	$(VENV)/bin/pybabel compile --statistics -d registry/translations

# After changing user-facing strings: extract them into messages.pot, merge into each
# catalogue, then translate the new entries (tests/test_i18n.py fails while any is empty).
translations-update: $(STAMP)
	$(VENV)/bin/pybabel extract -F babel.cfg -k N_ -k _l -k lazy_gettext -w 100 --ignore-dirs ".* .venv" \
	  --project "Reprisal Registry" --copyright-holder "Reprisal Registry" \
	  -o registry/translations/messages.pot .
	$(VENV)/bin/pybabel update -i registry/translations/messages.pot -d registry/translations -w 100 --no-fuzzy-matching --ignore-obsolete
	$(VENV)/bin/pybabel compile --statistics -d registry/translations

run: install
	$(FLASK) init
	$(FLASK) demo --if-empty
	$(FLASK) feeds
	SCHEDULER_ENABLED=true $(FLASK) run --host $(HOST) --port $(PORT)

test: install
	$(PY) -m pytest -n 2 --dist loadfile

# The whole non-browser suite with PostgreSQL as the main database (each worker its own schema).
test-postgres: install
	TEST_DATABASE_URL=$${TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test} \
	TEST_POSTGRES_URL=$${TEST_POSTGRES_URL:-$${TEST_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}} \
	$(PY) -m pytest -n 2 --dist loadfile -m "not browser"

bench: install
	@for f in bench/*.py; do echo "== $$f"; $(PY) $$f; done

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info node_modules
