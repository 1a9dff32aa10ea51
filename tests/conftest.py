"""Shared test set-up. Qt must run offscreen before any QApplication exists (CI has no display)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
