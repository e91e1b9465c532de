"""Run the speed benchmark over all environments and write bench.json (see rlve_gym.bench)."""

import json
import sys

import rlve_gym
from rlve_gym.bench import run_benchmark

if __name__ == "__main__":
    names = sys.argv[1:] or rlve_gym.list_envs()
    result = run_benchmark(names)
    with open("bench.json", "w") as fh:
        json.dump(result, fh, indent=1)
    print(json.dumps(result["import"], indent=1))
