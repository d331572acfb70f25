# The two commands of the README: `make run` and `make test`. Both set up everything on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SAMPLE := build/sample.storm

.PHONY: run test lint bench package clean system-deps web-deps

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

system-deps:
	@bash scripts/ensure-system-deps.sh

# the room page's JavaScript dependencies, exactly as web/package-lock.json pins them; the test
# that rebuilds the committed bundle from them runs offline (skipped where npm is missing)
web-deps: web/node_modules/.package-lock.json
web/node_modules/.package-lock.json: web/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; fi

# the sample replayed edit by edit, so its edit log, slices, compare and replay show the day
$(SAMPLE): $(VENV)/.installed resources/samples/big-picture-bookshop.json scripts/make_sample_board.py
	@mkdir -p build
	@rm -f $(SAMPLE)
	$(PY) scripts/make_sample_board.py --storm $(SAMPLE)

run: $(VENV)/.installed $(SAMPLE)
	$(VENV)/bin/stormboard $(SAMPLE)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks scripts
	$(VENV)/bin/lint-imports

# a skipped test fails here (tests/conftest.py): CI must not pass quietly without Xvfb or lupdate
test: $(VENV)/.installed system-deps web-deps lint
	STORMBOARD_NO_SKIP=1 QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

bench: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# wheel, sdist and a .deb into dist/ (packaging/make_package.py; not one of the README's two)
package: $(VENV)/.installed system-deps
	$(PY) packaging/make_package.py

clean:
	rm -rf $(VENV) build dist test-artifacts .pytest_cache .ruff_cache web/node_modules
