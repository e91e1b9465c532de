"""Fixed evaluation problems: which seeds a sweep or an exported set uses, and the chat prompt.

Evaluation seeds are derived by hashing (base seed, problem index), so they are large numbers
that small training seeds (0, 1, 2, ...) practically never collide with, and the problem list of
a cell is the same in every process and on every rerun.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import RlveError, check_difficulty, check_seed
from ..problem import Problem
from ..prompts import DEFAULT_SYSTEM_PROMPT, chat_messages  # noqa: F401  (re-exported)
from ..registry import all_env_info, categories, list_envs, make
from ..rng import stable_hash


def eval_seed(base_seed: int, problem_index: int) -> int:
    """The seed of problem ``problem_index`` of every cell of an evaluation with ``base_seed``."""
    return stable_hash("rlve-eval", base_seed, problem_index) % 2**63


def resolve_envs(spec: str | Sequence[str]) -> list[str]:
    """Environment names from ``all``, a category, a name, or a comma-separated/sequence mix."""
    items = (
        [s.strip() for s in spec.split(",")]
        if isinstance(spec, str)
        else [str(s).strip() for s in spec]
    )
    items = [s for s in items if s]
    if not items:
        raise RlveError("no environments given; pass names, a category, or 'all'")
    known_categories = set(categories())
    names: list[str] = []
    for item in items:
        if item == "all":
            found = list_envs()
        elif item in known_categories:
            found = list_envs(item)
        else:
            make(item)  # raises UnknownEnvironmentError with a did-you-mean hint
            found = [item]
        names.extend(n for n in found if n not in names)
    return names


def parse_difficulties(spec: str | Sequence[int]) -> list[int]:
    """Difficulties from ``"0-20"``, ``"0,2,5"``, ``"0-10:2"`` (a step) or a sequence of ints."""
    if not isinstance(spec, str):
        values = [check_difficulty(d) for d in spec]
    else:
        values = []
        for part in (p.strip() for p in spec.split(",")):
            if not part:
                continue
            try:
                if "-" in part:
                    span, _, step_text = part.partition(":")
                    low_text, _, high_text = span.partition("-")
                    low, high = int(low_text), int(high_text)
                    step = int(step_text) if step_text else 1
                    if step < 1 or high < low:
                        raise ValueError
                    values.extend(range(low, high + 1, step))
                else:
                    values.append(int(part))
            except ValueError:
                raise RlveError(
                    f"cannot read difficulties {spec!r}; expected e.g. '0-20', '0,2,5' or '0-20:2'"
                ) from None
        values = [check_difficulty(d) for d in values]
    if not values:
        raise RlveError("no difficulties given; expected e.g. '0-20' or '0,2,5'")
    return sorted(set(values))


def env_category(name: str) -> str:
    return str(all_env_info().get(name, {}).get("category", "custom"))


def cell_problems(
    env_name: str, difficulty: int, n: int, base_seed: int, markers: str = "answer"
) -> list[Problem]:
    """The ``n`` fixed problems of one (environment, difficulty) cell."""
    check_seed(base_seed)
    env = make(env_name)
    return [env.generate(difficulty, eval_seed(base_seed, i), markers=markers) for i in range(n)]


def iter_eval_set(
    envs: Sequence[str],
    difficulties: Sequence[int],
    n: int,
    base_seed: int,
    markers: str = "answer",
) -> Iterator[dict[str, Any]]:
    """Rows of a fixed evaluation set: one per (environment, difficulty, problem index)."""
    if n < 1:
        raise RlveError(f"problems per cell must be >= 1, got {n}")
    for name in envs:
        category = env_category(name)
        for d in difficulties:
            for index, problem in enumerate(cell_problems(name, d, n, base_seed, markers)):
                yield {
                    "env": name,
                    "category": category,
                    "difficulty": d,
                    "problem_index": index,
                    "prompt": problem.prompt,
                    "answer": problem.answer,
                    "problem": problem.to_dict(),
                }
