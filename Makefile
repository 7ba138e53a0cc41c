# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo
SEEDS := $(wildcard ../shared/seeds)

.PHONY: demo test install clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Build a demo archive (synthetic documents, plus the sample documents when ../shared is there) and show it.
demo: install
	rm -rf $(DEMO)
	$(BIN)/chancery synth --count 400 --out $(DEMO)/synth --seed 2026 --ocr-noise 0.03
	$(BIN)/chancery ingest $(DEMO)/synth/docs $(SEEDS) --db $(DEMO)/archive.db
	$(BIN)/chancery stats --db $(DEMO)/archive.db
	$(BIN)/chancery search 'Khrushchev AND disarmament' --db $(DEMO)/archive.db --limit 3
	$(BIN)/chancery serve --db $(DEMO)/archive.db

test: install
	$(BIN)/pytest

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
