# Shortcuts for building the frozen app. The tests and the app itself run without make: see README.md.
.PHONY: bundle bundle-test icoon clean-bundle

# dist/bodcheck/: the frozen app (PyInstaller, one folder), smoke-tested with --version and --zelftest
bundle:
	bash installer/build.sh

# builds the bundle and runs the tests marked `installer` against it (zelftest, version, the app offscreen)
bundle-test:
	QT_QPA_PLATFORM=offscreen uv run --locked --extra test pytest -m installer tests/test_installer.py

# redraws installer/bodcheck.png and installer/bodcheck.ico (committed; only when the design changes)
icoon:
	QT_QPA_PLATFORM=offscreen uv run --locked python installer/maak_icoon.py

clean-bundle:
	rm -rf build/bodcheck build/venv build/lib dist/bodcheck
