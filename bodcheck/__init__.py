"""bodcheck: beoordeel het bod van een woningcorporatie (Woningwet art. 44) op de woonvisie."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("bodcheck")
except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
