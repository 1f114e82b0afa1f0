# gokernel — build, install, demo and test.
#
#   make install   build, install the kernelspec for this user, run the notebooks to HTML
#   make test      everything CI checks (Go tests, Jupyter-level tests, notebooks)

GO      ?= go
PYTHON  ?= /usr/bin/python3
BIN     := bin/gokernel
# The interpreter is a program of its own, next to the kernel (see kernel/engine/findworker.go).
WORKER  := bin/gokernel-worker
# Tests install the kernelspec into a private prefix so nothing global changes.
TESTPREFIX := $(CURDIR)/build/jupyter-test
TESTKERNEL := gokernel-test
HTMLDIR    := $(CURDIR)/build/html
NOTEBOOKS  := $(sort $(wildcard notebooks/*.ipynb))

export PATH := /usr/local/go/bin:$(PATH)

.PHONY: all build generate install demo staticcheck test test-go test-jupyter test-browser test-notebooks test-corpus testspec vet bench clean update-notebooks

all: build

# Symbol tables and type data are generated from the installed Go toolchain
# (so a new Go release needs no hand edits); the stamp reruns generation only
# when the toolchain or the preloaded libraries change.
GENSTAMP := build/generated.stamp
GENINPUTS := $(shell find lib kernel/symbols/gen kernel/frontend/gen -name '*.go' -not -name '*_test.go' 2>/dev/null) go.mod
generate: $(GENSTAMP)
$(GENSTAMP): $(GENINPUTS)
	@mkdir -p build
	$(GO) generate ./kernel/...
	@$(GO) version > $@

build: $(BIN) $(WORKER)
GOSOURCES := $(shell find cmd kernel lib install -name '*.go' -not -name '*_test.go' 2>/dev/null) go.mod go.sum
$(BIN): $(GENSTAMP) $(GOSOURCES)
	$(GO) build -o $(BIN) ./cmd/gokernel
$(WORKER): $(GENSTAMP) $(GOSOURCES)
	$(GO) build -o $(WORKER) ./cmd/gokernel-worker

install: build
	$(BIN) install --user
	@$(MAKE) --no-print-directory demo

# The main job: run every shipped notebook headlessly and render it to HTML.
demo: build
	@mkdir -p $(HTMLDIR)
	@for nb in $(NOTEBOOKS); do \
	  echo "executing $$nb"; \
	  jupyter nbconvert --to html --execute --ExecutePreprocessor.kernel_name=gokernel \
	    --ExecutePreprocessor.timeout=600 --output-dir $(HTMLDIR) $$nb || exit 1; \
	done
	@echo
	@echo "Rendered notebooks: $(HTMLDIR)"
	@echo "Open them live:  jupyter notebook notebooks/   (or: jupyter lab notebooks/)"
	@echo "and pick the kernel \"Go\" (kernelspec gokernel)."

vet: $(GENSTAMP)
	@test -z "$$(gofmt -l cmd kernel lib install bench 2>/dev/null | grep -v '/zz_' )" || { gofmt -l cmd kernel lib install bench | grep -v '/zz_'; echo "gofmt needed"; exit 1; }
	$(GO) vet ./...

# Optional (fetches staticcheck from the module proxy): everything but the
# generated symbol tables and the corpus, whose programs exercise odd Go on purpose.
staticcheck: $(GENSTAMP)
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $$($(GO) list ./... | grep -v -e /tests/corpus/ -e /kernel/symbols/exports)

test-go: $(GENSTAMP)
	$(GO) test -count=1 ./...
	# The front-end's in-process corpus again, on the worker's generated tables.
	$(GO) test -count=1 -tags gokernel_tables ./kernel/frontend/
	$(GO) test -count=1 -race ./lib/futures/ ./lib/coroutine/ ./lib/itertools/ ./lib/display/ ./kernel/

# Install the kernelspec into the private prefix used by the Python tests.
testspec: build
	$(BIN) install --prefix $(TESTPREFIX) --name $(TESTKERNEL) >/dev/null

JUPYTER_ENV := JUPYTER_PATH=$(TESTPREFIX)/share/jupyter JUPYTER_DATA_DIR=$(TESTPREFIX)/data \
	JUPYTER_CONFIG_DIR=$(TESTPREFIX)/config GOKERNEL_KERNEL_NAME=$(TESTKERNEL) JUPYTER_PLATFORM_DIRS=1

test-jupyter: testspec
	$(JUPYTER_ENV) $(PYTHON) -m unittest discover -v -s tests/jupyter -p 'test_*.py'

# Rich outputs rendered by Jupyter Notebook in headless Chromium (screenshot in tests/artifacts/).
test-browser: testspec
	cd tests/browser && npm ci --no-audit --no-fund --silent
	$(JUPYTER_ENV) node tests/browser/display.test.mjs

test-notebooks: testspec
	$(if $(NOTEBOOKS),$(JUPYTER_ENV) $(PYTHON) tests/notebooks/run_notebooks.py $(NOTEBOOKS),@echo "no notebooks yet")

# The conformance corpus: every program under go run and as notebook cells.
test-corpus: testspec
	$(JUPYTER_ENV) $(PYTHON) tests/corpus/run_corpus.py

# Re-execute the shipped notebooks and write their outputs back (review the diff!).
update-notebooks: testspec
	$(JUPYTER_ENV) $(PYTHON) tests/notebooks/run_notebooks.py --update $(NOTEBOOKS)

test: vet test-go test-jupyter test-browser test-corpus test-notebooks

bench: build
	@echo "see bench/RESULTS.md for the commands of each benchmark"

clean:
	rm -rf bin build
