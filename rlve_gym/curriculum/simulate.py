"""A simulated learner, to see (and test, and benchmark) how a curriculum follows a model.

The learner has, per environment, a skill s: the difficulty it solves half the time. A sample at
difficulty d succeeds with probability ``sigmoid((s - d) / temperature)``. Practice raises the
skill in proportion to the learning signal a GRPO group carries, 4 f (1 - f) for a group with
success fraction f: zero for groups that are all right (too easy) or all wrong (too hard), largest
at f = 1/2. So a learner improves fastest when its curriculum keeps it at the edge of its
competence, and ``skill_cap`` models a learner that stalls.

Everything runs on ``Curriculum.draw`` (no problem is generated), with a local numpy Generator,
so a run of thousands of steps takes seconds and is identical for the same seeds.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .curriculum import Curriculum, Draw
from .results import GroupResult


@dataclass
class LearnerProfile:
    """How one environment looks to the simulated learner."""

    skill: float = 0.0
    learning_rate: float = 0.05
    temperature: float = 1.0
    skill_cap: float = math.inf

    def success_probability(self, difficulty: int) -> float:
        return 1.0 / (1.0 + math.exp(-(self.skill - difficulty) / self.temperature))


def varied_profiles(
    names: Sequence[str],
    seed: int = 0,
    learning_rate: tuple[float, float] = (0.02, 0.06),
    skill: tuple[float, float] = (0.0, 3.0),
    temperature: tuple[float, float] = (0.7, 1.5),
    skill_cap: tuple[float, float] | None = (8.0, 20.0),
) -> dict[str, LearnerProfile]:
    """Different starting skill, speed, sharpness and ceiling per environment (from ``seed``)."""
    rng = np.random.Generator(np.random.PCG64(seed))
    profiles = {}
    for name in names:
        cap = math.inf if skill_cap is None else float(rng.uniform(*skill_cap))
        profiles[name] = LearnerProfile(
            skill=float(rng.uniform(*skill)),
            learning_rate=float(rng.uniform(*learning_rate)),
            temperature=float(rng.uniform(*temperature)),
            skill_cap=cap,
        )
        profiles[name].skill = min(profiles[name].skill, cap)
    return profiles


class SimulatedLearner:
    """Answers groups of problems stochastically and learns from them (see the module docstring)."""

    def __init__(self, profiles: dict[str, LearnerProfile], seed: int = 0) -> None:
        self.profiles = profiles
        self._rng = np.random.Generator(np.random.PCG64(seed))

    def skill(self, env_name: str) -> float:
        """The learner's 50% point on ``env_name``: the difficulty it solves half the time."""
        return self.profiles[env_name].skill

    def answer(self, draws: Sequence[Draw], group_size: int) -> list[GroupResult]:
        """One group of ``group_size`` samples per drawn problem, at the learner's current skill."""
        probabilities = [self.profiles[d.env_name].success_probability(d.difficulty) for d in draws]
        successes = self._rng.binomial(group_size, probabilities) if draws else []
        results = []
        for d, k in zip(draws, successes, strict=True):
            k = int(k)
            correct = [True] * k + [False] * (group_size - k)
            scores = [1.0] * k + [0.0] * (group_size - k)
            results.append(GroupResult(d.env_name, d.difficulty, d.seed, correct, scores))
        return results

    def learn(self, results: Sequence[GroupResult]) -> None:
        """One training step on these groups: skill grows with each group's learning signal."""
        for result in results:
            profile = self.profiles[result.env_name]
            fraction = sum(result.correct) / len(result.correct)
            gain = profile.learning_rate * 4.0 * fraction * (1.0 - fraction)
            profile.skill = min(profile.skill + gain, profile.skill_cap)


@dataclass
class SimulationLog:
    """Per-step history of a simulation: frontiers, the learner's 50% points, and metrics."""

    config: dict[str, Any]
    env_names: list[str]
    frontier: dict[str, list[int]] = field(default_factory=dict)
    skill: dict[str, list[float]] = field(default_factory=dict)
    effective_prompt_ratio: list[float] = field(default_factory=list)
    final_metrics: dict[str, float] = field(default_factory=dict)

    @property
    def steps(self) -> int:
        return len(self.effective_prompt_ratio)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def steps_to_reach(self, env_name: str, target_gap: float = 2.0) -> int | None:
        """First step at which the frontier is within ``target_gap`` levels below the 50% point."""
        for step, (h, s) in enumerate(
            zip(self.frontier[env_name], self.skill[env_name], strict=True)
        ):
            if h >= s - target_gap:
                return step
        return None

    def mean_gap(self, start: int = 0) -> float:
        """Mean |frontier - 50% point| over environments and steps from ``start`` on."""
        gaps = [
            abs(h - s)
            for name in self.env_names
            for h, s in zip(self.frontier[name][start:], self.skill[name][start:], strict=True)
        ]
        return sum(gaps) / len(gaps) if gaps else 0.0


def run_simulation(
    curriculum: Curriculum,
    learner: SimulatedLearner,
    steps: int,
    prompts_per_step: int = 32,
    group_size: int = 8,
    on_step: Callable[[int, Curriculum, SimulatedLearner], None] | None = None,
) -> SimulationLog:
    """Drive ``curriculum`` with ``learner`` for ``steps`` training steps.

    Each step draws ``prompts_per_step`` problems, answers each with a group of ``group_size``
    samples, records the groups and lets the learner learn from them, like one GRPO step.
    """
    names = curriculum.env_names
    log = SimulationLog(
        config={
            "curriculum": curriculum.config.model_dump(mode="json"),
            "seed": curriculum.seed,
            "steps": steps,
            "prompts_per_step": prompts_per_step,
            "group_size": group_size,
            "learner": {name: asdict(learner.profiles[name]) for name in names},
        },
        env_names=names,
        frontier={name: [] for name in names},
        skill={name: [] for name in names},
    )
    for profile in log.config["learner"].values():
        if math.isinf(profile["skill_cap"]):
            profile["skill_cap"] = None  # JSON has no infinity
    for step in range(steps):
        for name in names:
            log.frontier[name].append(curriculum.frontier(name))
            log.skill[name].append(round(learner.skill(name), 4))
        results = learner.answer(curriculum.draw(prompts_per_step), group_size)
        curriculum.record_results(results)
        learner.learn(results)
        effective = sum(1 for r in results if r.effective)
        log.effective_prompt_ratio.append(effective / len(results) if results else 0.0)
        if on_step is not None:
            on_step(step, curriculum, learner)
    log.final_metrics = curriculum.metrics()
    return log


def plot_simulation(log: SimulationLog, path: str, title: str = "") -> None:
    """Difficulty vs step per environment (solid: frontier, dashed: the learner's 50% point)."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: leaves the caller's backend alone

    fig = Figure(figsize=(9, 5))
    ax = fig.subplots()
    colours = matplotlib.colormaps["tab10" if len(log.env_names) <= 10 else "tab20"]
    for i, name in enumerate(log.env_names):
        colour = colours(i % colours.N)
        steps = range(len(log.frontier[name]))
        ax.step(steps, log.frontier[name], where="post", color=colour, label=f"{name} frontier")
        ax.plot(steps, log.skill[name], color=colour, linestyle="--", alpha=0.6)
    ax.set_xlabel("training step")
    ax.set_ylabel("difficulty")
    ax.set_title(
        title
        or f"curriculum '{log.config['curriculum']['policy']}' vs simulated learner (dashed: 50% point)"
    )
    if len(log.env_names) <= 12:
        ax.legend(fontsize="small", loc="upper left")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
