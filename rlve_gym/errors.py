"""Errors raised for bad input from a user, each with a message that says what to do.

All of them derive from ``RlveError`` (a ``ValueError``), so callers can catch one type. They are
never raised for bad *model* output: a verifier turns that into a ``Verdict``.
"""

from __future__ import annotations

import difflib
from typing import Any


class RlveError(ValueError):
    """Base class for user-facing errors of rlve-gym."""


class UnknownEnvironmentError(RlveError, KeyError):
    def __init__(self, name: object, known: list[str]):
        hint = ""
        if isinstance(name, str):
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
            if not close:
                lowered = {k.lower(): k for k in known}
                close = [
                    lowered[k]
                    for k in difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.6)
                ]
            if close:
                hint = f"; did you mean {' or '.join(repr(c) for c in close)}?"
        self.message = f"unknown environment {name!r}{hint} (run `rlve-gym list` or rlve_gym.list_envs() to see all)"
        super().__init__(self.message)

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return self.message


class InvalidDifficultyError(RlveError):
    pass


class InvalidSeedError(RlveError):
    pass


class ProblemFormatError(RlveError):
    """A serialised problem (dict or JSON row) is missing fields or has wrong types."""


class ConfigError(RlveError):
    """A configuration file or object is malformed."""


def check_difficulty(difficulty: object) -> int:
    """Return ``difficulty`` as an int, or raise with a message that says what is expected."""
    if isinstance(difficulty, bool) or not isinstance(difficulty, int):
        # accept integral values from numpy or strings typed on a command line
        try:
            import numbers

            if isinstance(difficulty, numbers.Integral) and not isinstance(difficulty, bool):
                difficulty = int(difficulty)
            else:
                raise TypeError
        except TypeError:
            raise InvalidDifficultyError(
                f"difficulty must be an integer >= 0, got {difficulty!r} ({type(difficulty).__name__})"
            ) from None
    if difficulty < 0:
        raise InvalidDifficultyError(f"difficulty must be an integer >= 0, got {difficulty}")
    return int(difficulty)


def check_seed(seed: object) -> int:
    """Return ``seed`` as an int in [0, 2**64), or raise with a message that says what is expected."""
    import numbers

    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise InvalidSeedError(
            f"seed must be an integer in [0, 2**64), got {seed!r} ({type(seed).__name__})"
        )
    seed = int(seed)
    if not 0 <= seed < 2**64:
        raise InvalidSeedError(f"seed must be an integer in [0, 2**64), got {seed}")
    return seed


def validation_error_line(exc: Any, source: str, docs_hint: str) -> str:
    """A pydantic ``ValidationError`` as one line naming each bad field, e.g.
    ``run.yaml: grpo.learning_rate: Input should be greater than 0 (got -1)``."""
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = f"unknown option (see {docs_hint} for the valid ones)"
        elif error["type"] != "value_error" and "input" in error:
            message += f" (got {repr(error['input'])[:60]})"
        parts.append(f"{field}: {message}" if field else message)
    return f"{source}: " + "; ".join(parts)
