# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install sysdeps demo bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m app run --demo

# The PDF tests read documents back with poppler's pdftotext/pdffonts as well as pdfium and pypdf.
sysdeps:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	  else echo "poppler-utils is missing: install it (apt-get install poppler-utils)"; exit 1; fi; }

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: $(STAMP)
	$(PY) -m app demo

bench: $(STAMP)
	@for f in benchmarks/bench_*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# One-folder bundle (PyInstaller) built and self-tested: packaging/build_linux.sh.
bundle: $(STAMP)
	$(PY) -m pip install -q -e '.[bundle]'
	PYTHON=$(abspath $(PY)) bash packaging/build_linux.sh

clean:
	rm -rf $(VENV) build *.egg-info
