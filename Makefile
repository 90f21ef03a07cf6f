# briefing: `make briefing` builds the sample briefing from seeds/, `make test` runs the tests.
# Everything installs on first use: the virtual environment, the package, and
# (when run as root on a Debian-like system) the system packages each target needs;
# without root the exact apt-get line is printed. `make briefing` installs the runtime
# only (no test tools) and the libraries for PDF; `make test` adds the test tools,
# LibreOffice, poppler and Chromium.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME_STAMP := $(VENV)/.installed-runtime
STAMP  := $(VENV)/.installed
PDF_STAMP     := $(VENV)/.system-pdf
TEST_SYSTEM_STAMP := $(VENV)/.system-test
BROWSER_STAMP := $(VENV)/.system-browser
OUT    := out
SHARED ?= ../shared
SYSTEM := tools/system-packages.sh
# Debian packages. For PDF: Pango for WeasyPrint, harfbuzz-subset for fast font subsetting,
# DejaVu for Latin + Cyrillic + Kazakh glyphs. For the tests: poppler and LibreOffice to look
# at the output; Chromium and its driver for browser tests.
PDF_PACKAGES  := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
                 fonts-dejavu-extra
TEST_PACKAGES := poppler-utils libreoffice-writer-nogui
BROWSER_PACKAGES := chromium chromium-driver

.DEFAULT_GOAL := help
.PHONY: help briefing test test-fast golden check lint typecheck bench eval clean system \
        install corpus-briefing

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(RUNTIME_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(STAMP): $(RUNTIME_STAMP)
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

install: $(STAMP) ## create .venv and install briefing with its test tools

# PDF libraries are required (the target stops without them); the test packages are not
# (their tests are skipped, and the check runs again next time until they are there).
$(PDF_STAMP):
	@$(SYSTEM) "PDF output (WeasyPrint)" $(PDF_PACKAGES)
	@mkdir -p $(VENV) && touch $@

$(TEST_SYSTEM_STAMP):
	@mkdir -p $(VENV)
	@$(SYSTEM) "the tests that read output back" $(TEST_PACKAGES) && touch $@ \
		|| echo "  (those tests are skipped)"

$(BROWSER_STAMP):
	@mkdir -p $(VENV)
	@$(SYSTEM) "the browser tests" $(BROWSER_PACKAGES) && touch $@ \
		|| echo "  (those tests are skipped)"

system: $(PDF_STAMP) ## install the system libraries WeasyPrint needs (as root, with apt)

briefing: $(RUNTIME_STAMP) $(PDF_STAMP) ## build out/briefing.pdf, out/briefing.docx, out/records.jsonl from seeds/
	mkdir -p $(OUT)
	$(BIN)/briefing parse seeds -o $(OUT)/records.jsonl
	$(BIN)/briefing build seeds -o $(OUT)
	@echo "the briefing command is in $(BIN): run $(BIN)/briefing --help, or 'source $(BIN)/activate' first"

corpus-briefing: $(RUNTIME_STAMP) $(PDF_STAMP) $(SHARED) ## the same from $(SHARED)/corpus/en into out/corpus/ (needs ../shared or SHARED=DIR)
	$(BIN)/briefing build $(SHARED)/corpus/en -o $(OUT)/corpus

TEST_NEEDS := $(STAMP) $(PDF_STAMP) $(TEST_SYSTEM_STAMP) $(BROWSER_STAMP)

test: $(TEST_NEEDS) ## run the test suite
	$(BIN)/python -m pytest -q

test-fast: $(STAMP) $(PDF_STAMP) ## the tests not marked slow (no rendering runs, no subprocesses)
	$(BIN)/python -m pytest -q -m "not slow"

golden: $(STAMP) ## rewrite tests/data/golden/ from the seeds (then read `git diff` and commit)
	BRIEFING_UPDATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py

lint: $(STAMP) ## ruff
	$(BIN)/ruff check src tests benchmarks examples tools

typecheck: $(STAMP) ## mypy (strict) on src/ and tools/data/
	$(BIN)/mypy

check: lint typecheck test ## lint, types and tests (with the quality gate on the seeds' gold)

bench: $(STAMP) $(PDF_STAMP) $(SHARED) ## speed and memory figures (benchmarks/results/latest.md; needs ../shared or SHARED=DIR)
	$(BIN)/python benchmarks/run.py --shared $(SHARED)

# Floors pinned just under the measured scores: a change that lowers one fails `make eval`.
EVAL_FLOORS := --min-kind 0.95 --min-published 0.95 --min-partners 0.95 --min-themes 0.78 --min-people 0.95

eval: $(STAMP) ## score parse against the development sets in $(SHARED) (else the seeds' gold only), with floors
	@if [ ! -d $(SHARED)/eval ]; then \
		echo "no $(SHARED)/eval here: scoring the seeds' gold inside the repository only"; \
		exec $(BIN)/python -m pytest -q tests/quality; \
	fi; \
	status=0; for gold in $(SHARED)/seeds/gold.jsonl $(SHARED)/corpus/*/gold.jsonl; do \
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
