# Two commands matter: `make run` and `make test` (see README.md).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
PG_HOST := 127.0.0.1
PG_PORT := 5432

.PHONY: run test lint pytest chromium postgres bench clean

# Install (again) only when the project's dependencies change.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## make run: install into .venv and run `frontdoor serve` on the embedded SQLite database under ./var
run: $(VENV)/.installed
	$(BIN)/frontdoor serve

## make test: install with the dev extras, then ruff and the whole suite on SQLite and PostgreSQL
# Both run even when the first fails, so that one report shows every problem.
test: $(VENV)/.installed-dev chromium postgres
	status=0; $(MAKE) --no-print-directory lint || status=1; \
		$(MAKE) --no-print-directory pytest || status=1; exit $$status

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest

# The browser tests drive Debian's chromium (no browser download).
chromium:
	command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends chromium; }

# The suite needs PostgreSQL on $(PG_HOST):$(PG_PORT) with trust auth for user postgres and a database
# `test` (each run makes and drops its own fd_test_* database there). Start the local cluster if it is
# installed but stopped; install one if there is none.
postgres:
	pg_isready -q -h $(PG_HOST) -p $(PG_PORT) 2>/dev/null || { \
		command -v pg_ctlcluster >/dev/null 2>&1 || { $(SUDO) apt-get update && \
			$(SUDO) apt-get install -y --no-install-recommends postgresql; }; \
		version=$$(ls /etc/postgresql | sort -V | tail -n1); \
		hba=/etc/postgresql/$$version/main/pg_hba.conf; \
		$(SUDO) grep -q '^host all all 127.0.0.1/32 trust' $$hba || \
			$(SUDO) sed -i '1i host all all 127.0.0.1/32 trust' $$hba; \
		$(SUDO) pg_ctlcluster --skip-systemctl-redirect $$version main start || \
			$(SUDO) pg_ctlcluster --skip-systemctl-redirect $$version main reload; \
		for i in $$(seq 1 30); do pg_isready -q -h $(PG_HOST) -p $(PG_PORT) && break; sleep 1; done; }
	psql -h $(PG_HOST) -p $(PG_PORT) -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" \
		| grep -q 1 || createdb -h $(PG_HOST) -p $(PG_PORT) -U postgres test

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-dev
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $@

## make bench: bench/REPORT.md with plots: intake vs bare aiosmtpd, 250→listed latency, extraction, API, soak,
## and a Presidio baseline (not a test; about 7 minutes; `$(BIN)/python -m bench.report --full` for the
## 10-minute 50,000-message soak). The stamp installs the `bench` extra again whenever pyproject.toml changes.
bench: $(VENV)/.installed-bench
	$(BIN)/python -m bench.report

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
