# ncrs-watch: `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
KAFKA := deploy/kafka/kafka.sh
export KAFKA_PORT ?= 9092
export NCRS_KAFKA_BOOTSTRAP ?= 127.0.0.1:$(KAFKA_PORT)
PYTEST_ARGS ?=

.PHONY: help install model kafka-up kafka-down kafka-logs kafka-reset test test-unit lint check demo bench clean promtool browser

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  \033[1m%-12s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed ## create .venv and install the project with its dev extras (quick when nothing changed)

model: install ## (re)build the crimeability model artifact deterministically
	$(BIN)/ncrs-watch train

kafka-up: ## start the local Kafka broker (fetched from Maven Central on first use)
	$(KAFKA) up

kafka-down: ## stop the local Kafka broker
	$(KAFKA) down

kafka-logs: ## follow the local Kafka broker's log
	$(KAFKA) logs -f

kafka-reset: ## stop the broker and wipe its data
	$(KAFKA) reset

test: install browser promtool ## install, start Kafka if needed, run the whole suite (real broker), stop what it started
	@started=0; \
	if ! $(KAFKA) status >/dev/null 2>&1; then $(KAFKA) up || exit 1; started=1; fi; \
	$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$started = 1 ]; then $(KAFKA) down; fi; \
	exit $$rc

promtool: ## install promtool (Debian's prometheus package) when missing, for the alert-rule tests
	@command -v promtool >/dev/null && exit 0; \
	if [ "$$(id -u)" != 0 ]; then echo "promtool missing: run 'apt-get install prometheus' as root"; exit 0; fi; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null

browser: ## install Debian's chromium when missing, for the console's browser tests (needs root)
	@test -x /usr/bin/chromium && exit 0; \
	if [ "$$(id -u)" != 0 ]; then echo "chromium missing: run 'apt-get install chromium' as root"; exit 1; fi; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

test-unit: install ## run only the tests that need no broker
	$(BIN)/python -m pytest tests/unit tests/component $(PYTEST_ARGS)

lint: install ## ruff format --check, ruff check, mypy strict on services/, import layering
	$(BIN)/ruff format --check services tests
	$(BIN)/ruff check services tests
	$(BIN)/mypy services
	$(BIN)/lint-imports

check: lint test ## lint and test, as CI does

demo: install ## the main job end to end: Kafka, a worker, the simulator, alerts live in the terminal
	deploy/demo.sh

bench: install ## benchmarks (replay throughput, scorer speed, pipeline vs baseline)
	@started=0; \
	if ! $(KAFKA) status >/dev/null 2>&1; then $(KAFKA) up || exit 1; started=1; fi; \
	$(BIN)/python -m benchmarks; rc=$$?; \
	if [ $$started = 1 ]; then $(KAFKA) down; fi; \
	exit $$rc

clean: ## remove the virtualenv and caches (keeps the Kafka download)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
