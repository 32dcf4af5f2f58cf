# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install demo bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m app run --demo

test: $(STAMP)
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
