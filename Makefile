# The two commands a new user needs: `make run` and `make test`.
# Each builds .venv on its own when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# The window's translations: .ts sources in the repository, .qm compiled from them (not kept
# in git). `make translations` refreshes the sources from the code, then compiles them.
I18N := ssaviewer/resources/i18n
LANGS := ar zh_CN fr ru es
TS := $(foreach l,$(LANGS),$(I18N)/ssaviewer_$(l).ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest bench clean translations qm

# (the install also compiles the TLE decode kernel in place: hatch_build.py)
$(STAMP): pyproject.toml hatch_build.py ssaviewer/core/formats/tle_kernel.c
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ssaviewer needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	$(VENV)/bin/pyside6-lrelease -silent $(TS)
	@touch $(STAMP)

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete \
		$$(find ssaviewer/gui -name '*.py' | sort) -ts $(TS)
	@# lupdate reads the code's "#:" attribute docs as translator comments: misleading here.
	sed -i '/<extracomment>.*<\/extracomment>/d' $(TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS)

run: $(STAMP) qm
	$(PY) -m ssaviewer

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) qm
	$(PY) -m pytest

test: lint typecheck pytest

bench: $(STAMP)
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache $(QM)
