# briefing: `make briefing` builds the sample briefing from seeds/, `make test` runs the tests.
# Everything installs on first use: the virtual environment, the package, and
# (when run as root on a Debian-like system) the system libraries WeasyPrint needs.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system
OUT    := out
SHARED ?= ../shared
# Debian packages: Pango for WeasyPrint, harfbuzz-subset for fast font subsetting,
# DejaVu for Latin + Cyrillic + Kazakh glyphs, poppler and LibreOffice to look at output in tests.
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
                fonts-dejavu-extra poppler-utils libreoffice-writer-nogui

.DEFAULT_GOAL := help
.PHONY: help briefing test check lint typecheck bench eval clean system install corpus-briefing

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

install: $(STAMP) ## create .venv and install briefing with its test tools

$(SYSTEM_STAMP):
	@if ldconfig -p 2>/dev/null | grep -q libpango-1.0 && command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then \
		echo "system packages: present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	elif ldconfig -p 2>/dev/null | grep -q libpango-1.0; then \
		echo "note: LibreOffice or poppler missing; tests that need them are skipped."; \
		echo "      to install: sudo apt-get install -y $(APT_PACKAGES)"; \
	else \
		echo "WeasyPrint needs Pango. Run:  sudo apt-get install -y $(APT_PACKAGES)"; exit 1; \
	fi
	@mkdir -p $(VENV) && touch $@

system: $(SYSTEM_STAMP) ## install the system libraries WeasyPrint needs (as root, with apt)

briefing: $(STAMP) $(SYSTEM_STAMP) ## build out/briefing.pdf, out/briefing.docx, out/records.jsonl from seeds/
	mkdir -p $(OUT)
	$(BIN)/briefing parse seeds -o $(OUT)/records.jsonl
	$(BIN)/briefing build seeds -o $(OUT)
	@echo "the briefing command is in $(BIN): run $(BIN)/briefing --help, or 'source $(BIN)/activate' first"

corpus-briefing: $(STAMP) $(SYSTEM_STAMP) $(SHARED) ## the same from ../shared/corpus/en into out/corpus/ (needs ../shared or SHARED=DIR)
	$(BIN)/briefing build $(SHARED)/corpus/en -o $(OUT)/corpus

test: $(STAMP) $(SYSTEM_STAMP) ## run the test suite
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff
	$(BIN)/ruff check src tests benchmarks examples

typecheck: $(STAMP) ## mypy (strict) on src/
	$(BIN)/mypy

check: lint typecheck test ## lint, types and tests

bench: $(STAMP) $(SYSTEM_STAMP) $(SHARED) ## speed and memory figures (benchmarks/results/latest.md; needs ../shared or SHARED=DIR)
	$(BIN)/python benchmarks/run.py --shared $(SHARED)

# Floors pinned just under the measured scores: a change that lowers one fails `make eval`.
EVAL_FLOORS := --min-kind 0.95 --min-published 0.95 --min-partners 0.92 --min-themes 0.78 --min-people 0.85

eval: $(STAMP) $(SHARED) ## score parse against the development sets (needs ../shared or SHARED=DIR), with floors
	@status=0; for gold in $(SHARED)/seeds/gold.jsonl $(SHARED)/corpus/*/gold.jsonl; do \
		echo "== $$gold"; \
		out=$$($(BIN)/python $(SHARED)/eval/score.py $$gold --cli "$(BIN)/briefing parse --no-cache" \
			$(EVAL_FLOORS)) || status=1; echo "$$out" | tail -n 6; \
	done; \
	$(BIN)/briefing parse -q --no-cache $(SHARED)/seeds $(SHARED)/corpus/* \
		| $(BIN)/python benchmarks/check_evidence.py || status=1; \
	exit $$status

$(SHARED):
	@echo "this target needs the project's shared development data in $(SHARED)"; \
	echo "(gold sets, corpus, scorer; not part of the repository): make $(MAKECMDGOALS) SHARED=/path/to/shared"; \
	exit 2

clean: ## remove build outputs (not .venv)
	rm -rf $(OUT) build dist .pytest_cache .mypy_cache .ruff_cache
