# The two commands of the quick start:  make run   and   make test
# Both set everything up first (Debian packages when missing, a virtual environment, the
# project and its translations), so they work on a fresh Debian/Ubuntu with Python 3.11+.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench setup system translations clean

run: setup
	$(PY) -m facilitator_app $(ARGS)

test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

setup: system $(STAMP) translations

system:
	@sh scripts/system-packages.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { sh scripts/system-packages.sh --python-venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: $(STAMP)
	@$(PY) scripts/build_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info
