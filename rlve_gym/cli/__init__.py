"""The ``rlve-gym`` command line; see ``rlve-gym --help``."""

from .app import main

__all__ = ["main"]
