# Two commands set everything up on a fresh machine with Python 3.11:
#   make run   install, compile translations, migrate, seed demo content, serve with the worker
#   make test  install with the test tools and run the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The web server's port: `make run PORT=8001` serves a second copy beside the first.
PORT ?= 8000

.PHONY: run test test-tools install install-dev translations migrate seed lint format messages clean lock upgrade

run: install translations migrate seed
	@echo "Serving on http://127.0.0.1:$(PORT) (admin: /admin/); Ctrl-C stops the server and the worker."
	PATH="$(CURDIR)/$(BIN):$$PATH" \
	  WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" \
	  $(BIN)/honcho start --procfile Procfile --port $(PORT)

test: install-dev translations test-tools | var
	$(PY) -m pytest $(PYTEST_ARGS)

# The browser tests drive Debian's Chromium, the outage tests stop a real Redis
# server, the deployment tests put a real Varnish in front of two app servers, the
# benchmark's smoke test runs wrk and nginx; install what is missing when we may.
test-tools:
	@missing=""; \
	test -x /usr/bin/chromium || test -n "$$CHROMIUM_PATH" || missing="chromium"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	test -x /usr/sbin/varnishd || command -v varnishd >/dev/null || missing="$$missing varnish"; \
	test -x /usr/sbin/nginx || command -v nginx >/dev/null || missing="$$missing nginx"; \
	command -v wrk >/dev/null || missing="$$missing wrk"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's $$missing for the tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "The tests need Debian's $$missing: sudo apt-get install $$missing"; exit 1; \
	  fi; \
	fi

# The SQLite databases (the test database too), the local keys and the uploads.
var:
	mkdir -p $@

# Installs exactly the lock files (requirements/*.txt, written by `make lock`), every
# file checked against its hash, with the pip and setuptools pinned there; then the
# project itself, without dependencies and without fetching a build backend.
$(VENV)/.installed: requirements/app.txt pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/app.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	@$(PY) -m pip check || { echo "requirements/app.txt does not satisfy pyproject.toml: run 'make lock'" >&2; exit 1; }
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements/dev.txt
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	@$(PY) -m pip install --quiet --dry-run --no-index --no-build-isolation -e '.[dev]' >/dev/null \
	  || { echo "requirements/dev.txt does not satisfy pyproject.toml's dev extra: run 'make lock'" >&2; exit 1; }
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The lock files pin every package with its hashes for Python 3.11 on Linux x86_64:
# pip-compile resolves for the interpreter it runs on, so lock on such a machine.
# dev.txt is resolved first and app.txt within it, so both pin the same versions.
# `make lock` keeps the pins that still fit pyproject.toml; `make upgrade` takes the
# newest versions the ranges allow; one package: make lock LOCK_ARGS="-P django".
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet \
  --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
LOCK_SOURCES := pyproject.toml requirements/installers.in

lock:
	@test "$$(uname -sm)" = "Linux x86_64" || { echo "Lock on Linux x86_64: the lock files are for it" >&2; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev -o requirements/dev.txt $(LOCK_SOURCES)
	$(PIP_COMPILE) $(LOCK_ARGS) -c requirements/dev.txt -o requirements/app.txt $(LOCK_SOURCES)

upgrade:
	$(MAKE) lock LOCK_ARGS="--upgrade $(LOCK_ARGS)"

# Compiled with Babel (pure Python), so no system gettext is needed.
translations: install
	$(BIN)/pybabel compile --domain django --directory locale --statistics

migrate: install | var
	$(PY) manage.py migrate --no-input

seed: install | var
	$(PY) manage.py setup_demo

TEMPLATES = $(shell git ls-files '*/templates/*.html')

# Python with ruff, the templates' indentation with djhtml (as pre-commit does).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $(TEMPLATES)

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $(TEMPLATES)

# Extracting new strings needs GNU gettext (Debian: gettext); compiling does not.
messages: install
	$(PY) manage.py makemessages --locale nl --locale en --no-obsolete --add-location file --ignore 'var/*' --ignore 'tests/*'

clean:
	rm -rf $(VENV) var
