"""Build ``env_index.json``, the list of built-in environments, by importing every module in ``envs/``.

Run ``python -m rlve_gym.index`` after adding or renaming an environment; a test fails while
the index is stale.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

from . import registry


def discover(strict: bool = True) -> dict[str, dict]:
    """Import every environment module and return name -> metadata for the classes it defines.

    With ``strict=False`` a module that fails to import is reported on stderr and skipped, so one
    environment under construction does not block rebuilding the index for the others.
    """
    import rlve_gym.envs as envs_pkg

    found: dict[str, dict] = {}
    for info in pkgutil.walk_packages(envs_pkg.__path__, prefix="rlve_gym.envs."):
        if info.ispkg or info.name.rsplit(".", 1)[-1].startswith("_"):
            continue
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            if strict:
                raise
            print(f"skipped {info.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    for name, cls in registry._CLASSES.items():
        if cls.__module__.startswith("rlve_gym.envs."):
            found[name] = registry.class_info(cls)
    return dict(sorted(found.items()))


def index_text(strict: bool = True) -> str:
    return json.dumps({"environments": discover(strict)}, indent=1, sort_keys=True) + "\n"


def main() -> None:
    path = Path(__file__).with_name("env_index.json")
    text = index_text(strict="--strict" in sys.argv)
    path.write_text(text)
    count = len(json.loads(text)["environments"])
    print(f"wrote {path} ({count} environments)", file=sys.stderr)


if __name__ == "__main__":
    main()
