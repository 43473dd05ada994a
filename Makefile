# Two commands on a fresh machine: `make run` (set up, ingest the seeds, start the dashboard) and
# `make test` (set up, run the whole suite). Each step is a file target, so a second run skips done work.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
INSTALLED := $(VENV)/.installed
ASSETS := dashboard/static/vendor/.stamp
GAZETTEER := .cache/geodata/.built

.PHONY: setup run test test-fast bench lint ingest-seeds gazetteer demo clean

setup: $(INSTALLED) $(ASSETS) $(GAZETTEER)

$(INSTALLED): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(ASSETS): $(INSTALLED) scripts/fetch_assets.py dashboard/offline.py
	$(PY) scripts/fetch_assets.py

$(GAZETTEER): $(INSTALLED) $(wildcard geodata/data/gazetteer/*) geodata/data/suffixes.json geodata/gazetteer/build.py \
		geodata/gazetteer/normalize.py
	$(PY) -m geodata gazetteer build
	touch $@

gazetteer: $(GAZETTEER)

ingest-seeds: setup
	$(PY) -m geodata ingest seeds

run: ingest-seeds
	$(VENV)/bin/streamlit run dashboard/app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

test: setup
	$(PY) -m pytest -n 2 --dist loadgroup

test-fast: setup
	$(PY) -m pytest -m "not browser" -n 2

bench: setup
	$(PY) benchmarks/run.py

lint: $(INSTALLED)
	$(VENV)/bin/ruff check geodata dashboard tests scripts benchmarks

demo: $(INSTALLED)
	$(PY) scripts/gold_markup.py tests/data/demo/*.md -o tests/data/demo_gold.jsonl
	$(PY) scripts/gold_markup.py tests/data/gold/??.md -o tests/data/gold.jsonl
	$(PY) scripts/make_demo.py

clean:
	rm -rf $(VENV) .cache dashboard/static/vendor data test-artifacts
