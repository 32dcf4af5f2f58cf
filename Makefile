# Two commands on a fresh machine: `make run` and `make test`.
# Every dependency, down to the last transitive one, comes from requirements.lock (exact
# versions with hashes); `make lock` refreshes it after a change to pyproject.toml.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
LOCK := requirements.lock
# uv resolves the lock for every platform at once (Windows-only packages included, with markers).
UV_PIN := uv==0.13.9
LOCK_VENV := build/lock-venv

# Translation catalogues: Qt's own strings in Thai (qtbase_th) and the program's (ita_desk_th),
# compiled from resources/i18n/*.ts by lrelease (PySide6-Essentials) at build time.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test install sysdeps demo bench bundle lock i18n translations clean

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --require-hashes -r $(LOCK)
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(PY) -m ui.i18n compile >/dev/null

translations: $(QM)

# Refresh the program's own catalogue (every tr() string under ui/) with lupdate; commit it.
i18n: $(STAMP)
	$(PY) -m ui.i18n update

run: $(STAMP) $(QM)
	$(PY) -m ui run --demo

# The PDF tests read documents back with poppler's pdftotext/pdffonts as well as pdfium and pypdf.
sysdeps:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	  else echo "poppler-utils is missing: install it (apt-get install poppler-utils)"; exit 1; fi; }
	@# The readers' test reads every document with mupdf too (pdf.js comes from npm in the test itself).
	@command -v mutool >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mupdf-tools >/dev/null; } \
	      || echo "mupdf-tools could not be installed: the mupdf reader test will be skipped"; \
	  else echo "mutool is missing (apt-get install mupdf-tools): the mupdf reader test will be skipped"; fi; }
	@# The Word-copy tests convert .docx files with LibreOffice; without it they are skipped, saying why.
	@if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 \
	    && ! dpkg -s libreoffice-writer >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui >/dev/null; } \
	      || echo "LibreOffice could not be installed: the Word-copy conversion tests will be skipped"; \
	  else echo "LibreOffice Writer is missing (apt-get install libreoffice-writer-nogui): the Word-copy conversion tests will be skipped"; fi; fi

test: $(STAMP) $(QM) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

demo: $(STAMP)
	$(PY) -m app demo

bench: $(STAMP)
	@for f in benchmarks/bench_*.py; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# One-folder bundle (PyInstaller, pinned in the lock) built and self-tested: packaging/build_linux.sh.
bundle: $(STAMP) $(QM)
	PYTHON=$(abspath $(PY)) bash packaging/build_linux.sh

# Refresh requirements.lock from pyproject.toml (runtime + test + bundle extras + the build
# group), for Linux, Windows and macOS at once. Keeps existing pins unless pyproject.toml
# asks otherwise; `make lock UPGRADE=1` moves unpinned transitive dependencies to their newest.
lock:
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install -q $(UV_PIN)
	$(LOCK_VENV)/bin/uv pip compile pyproject.toml --group build --extra test --extra bundle \
	  --universal --python-version 3.11 --generate-hashes $(if $(UPGRADE),--upgrade,) \
	  --custom-compile-command "make lock" --quiet -o $(LOCK)

clean:
	rm -rf $(VENV) build *.egg-info $(QM)
