# The two commands of the quick start:  make run   and   make test
# Both set everything up first (Debian packages when missing, a virtual environment, the
# project and its translations), so they work on a fresh Debian/Ubuntu with Python 3.11+.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench setup system translations clean package package-check package-windows

run: setup
	$(PY) -m facilitator_app $(ARGS)

# The test suite, then the packaging checks (frozen build, .deb, MSI, signatures: a few
# minutes). PACKAGE_CHECK=no skips the latter for a quick local run.
PACKAGE_CHECK ?= yes
test: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)
	@if [ "$(PACKAGE_CHECK)" != no ]; then $(MAKE) --no-print-directory package-check; fi

# Build the one-folder app twice, run its --smoke offscreen and under Xvfb, build and install
# the .deb; build the Windows app under Wine twice, run its --smoke, build, sign, install and
# uninstall the MSI under Wine; sign and verify SHA256SUMS (packaging/check.py). Downloads are
# cached in ~/.cache/facilitator_app-build (FACILITATOR_BUILD_CACHE).
package-check: setup
	$(PY) packaging/check.py

# The Linux release artefacts in dist/: the one-folder build and the .deb (see packaging/README.md).
package: setup
	$(PY) packaging/build.py --dist dist
	$(PY) packaging/linux/build_deb.py dist/facilitator-app --out dist

# The Windows one folder (built under Wine) and its unsigned MSI in dist/windows/: sign both
# with packaging/windows/sign.sh (docs/INSTALL-IT.md, section 7).
package-windows: setup
	$(PY) packaging/windows/wine_build.py --dist dist/windows
	$(PY) packaging/windows/build_msi.py dist/windows/facilitator-app --out dist/windows

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

setup: system $(STAMP) translations

system:
	@sh scripts/system-packages.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { sh scripts/system-packages.sh --python-venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'
	@touch $(STAMP)

translations: $(STAMP)
	@$(PY) scripts/build_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info
