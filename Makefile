# Two commands set everything up on a fresh machine with Python 3.11:
#   make run   install, compile translations, migrate, seed demo content, serve with the worker
#   make test  install with the test tools and run the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# The web server's port: `make run PORT=8001` serves a second copy beside the first.
PORT ?= 8000

.PHONY: run test chromium install install-dev translations migrate seed lint format messages clean

run: install translations migrate seed
	@echo "Serving on http://127.0.0.1:$(PORT) (admin: /admin/); Ctrl-C stops the server and the worker."
	PATH="$(CURDIR)/$(BIN):$$PATH" \
	  WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" \
	  $(BIN)/honcho start --procfile Procfile --port $(PORT)

test: install-dev translations chromium | var
	$(PY) -m pytest $(PYTEST_ARGS)

# The browser tests drive Debian's Chromium; install it when it is missing and we may.
chromium:
	@test -x /usr/bin/chromium || test -n "$$CHROMIUM_PATH" || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "The browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; \
	  fi; }

# The SQLite databases (the test database too), the local keys and the uploads.
var:
	mkdir -p $@

$(VENV)/.installed: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Compiled with Babel (pure Python), so no system gettext is needed.
translations: install
	$(BIN)/pybabel compile --domain django --directory locale --statistics

migrate: install | var
	$(PY) manage.py migrate --no-input

seed: install | var
	$(PY) manage.py setup_demo

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extracting new strings needs GNU gettext (Debian: gettext); compiling does not.
messages: install
	$(PY) manage.py makemessages --locale nl --locale en --no-obsolete --add-location file --ignore 'var/*' --ignore 'tests/*'

clean:
	rm -rf $(VENV) var
