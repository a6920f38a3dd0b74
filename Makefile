# Two commands set everything up on a fresh machine with Python 3.11:
#   make run   install, compile translations, migrate, seed demo content, serve with the worker
#   make test  install with the test tools and run the whole test suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test install install-dev translations migrate seed lint format messages clean

run: install translations migrate seed
	@echo "Serving on http://127.0.0.1:8000 (admin: /admin/); Ctrl-C stops the server and the worker."
	$(BIN)/honcho start --no-prefix -f Procfile

test: install-dev translations
	$(PY) -m pytest $(PYTEST_ARGS)

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

migrate: install
	$(PY) manage.py migrate --no-input

seed: install
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
