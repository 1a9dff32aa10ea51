"""bodcheck: beoordeel het bod van een woningcorporatie (Woningwet art. 44) op de woonvisie."""

from __future__ import annotations


def __getattr__(naam: str) -> str:
    """`bodcheck.__version__`, read from the package metadata when first asked for: importlib.metadata
    costs ≈ 25 ms, which starting the app (or any command but --version) need not pay."""
    if naam != "__version__":
        raise AttributeError(f"module 'bodcheck' has no attribute {naam!r}")
    from importlib import metadata

    try:
        versie = metadata.version("bodcheck")
    except metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
        versie = "0.1.0"
    globals()["__version__"] = versie
    return versie
