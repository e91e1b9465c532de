"""Refresh tests/golden_hashes.json for environments that are new or whose version changed
(``--force``: for every environment, e.g. before a first release); entries of environments that
no longer exist are dropped."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import rlve_gym  # noqa: E402
from tests.test_env_contract import GOLDEN_PATH, GOLDEN_POINTS, _digest  # noqa: E402

force = "--force" in sys.argv
golden = json.loads(GOLDEN_PATH.read_text()) if GOLDEN_PATH.exists() else {}
golden = {name: entry for name, entry in golden.items() if name in rlve_gym.list_envs()}
for name in rlve_gym.list_envs():
    env = rlve_gym.make(name)
    if not force and name in golden and golden[name]["version"] == env.version:
        continue
    golden[name] = {
        "version": env.version,
        "digests": [_digest(env.generate(difficulty=d, seed=s)) for d, s in GOLDEN_POINTS],
    }
    print("updated", name)
GOLDEN_PATH.write_text(json.dumps(dict(sorted(golden.items())), indent=1) + "\n")
