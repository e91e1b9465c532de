"""``Curriculum``: which environment and difficulty each next problem comes from, and how each
environment's difficulty follows the learner.

Trainer-agnostic: a training loop calls ``sample(n)`` for problems, verifies a group of responses
per problem, and hands the verdicts back with ``record`` (or ``record_results`` with results
gathered from every process). Nothing here imports a trainer.

Determinism. Draw number i (counted over the curriculum's life) is a pure function of
(curriculum seed, i) and the current frontiers and weights: a SplitMix64 hash gives the
environment pick, the difficulty within the window and the problem seed. So the whole sampling
"RNG state" is one integer counter, ``state_dict()`` captures it exactly, and two processes with
the same state draw the same problems.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any, NamedTuple

from ..environment import Environment
from ..errors import ConfigError, RlveError, UnknownEnvironmentError
from ..problem import Problem, Verdict
from ..rng import stable_hash
from .config import CurriculumConfig
from .policies import DEMOTE, PROMOTE, make_difficulty_policy, make_weighting
from .results import GroupResult, canonical_groups
from .state import EnvState

logger = logging.getLogger(__name__)

STATE_VERSION = 1

_MASK64 = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15


def _mix64(x: int) -> int:
    """SplitMix64's finaliser: a fast, well-spread 64-bit hash of a 64-bit integer."""
    x = (x + _GOLDEN) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


class Draw(NamedTuple):
    """One decision of the curriculum: the problem to generate, before generating it."""

    env_name: str
    difficulty: int
    seed: int


def resolve_env_names(envs: Any) -> list[str]:
    """Sorted, de-duplicated environment names from names, ``"all"``, category names or env objects.

    ``"all"`` and a category name mean the default training mix: few-instance tasks (a handful of
    distinct problems per level, see ``Environment.few_instances``) are left out unless named.
    ``"all"`` is the single-turn environments; multi-turn ones (category ``interactive``) are
    chosen by that category or by name, since trainers run them through another path.
    """
    from ..registry import all_env_info, categories, list_envs

    if isinstance(envs, (str, Environment)) or (
        isinstance(envs, type) and issubclass(envs, Environment)
    ):
        envs = [envs]
    try:
        items = list(envs)
    except TypeError:
        raise RlveError(
            f"envs must be a list of environment names (or 'all', or a category), got {type(envs).__name__}"
        ) from None
    known = all_env_info()
    names: set[str] = set()
    for item in items:
        if isinstance(item, Environment) or (
            isinstance(item, type) and issubclass(item, Environment)
        ):
            names.add(item.name)
        elif not isinstance(item, str):
            raise RlveError(
                f"environment names must be strings, got {item!r} ({type(item).__name__})"
            )
        elif item == "all":
            names.update(
                n
                for n in list_envs()
                if not known[n].get("few_instances") and known[n].get("category") != "interactive"
            )
        elif item in known:
            names.add(item)
        elif item in categories():
            names.update(n for n in list_envs(item) if not known[n].get("few_instances"))
        else:
            raise UnknownEnvironmentError(item, list(known))
    if not names:
        raise RlveError("a curriculum needs at least one environment")
    return sorted(names)


class Curriculum:
    """Adaptive difficulty over a set of environments.

    Args:
        envs: environment names, ``"all"``, category names, or environment objects/classes.
        config: a ``CurriculumConfig``, a dict of its options, or a path to a YAML/JSON file.
        seed: the seed every draw derives from (with the draw counter).
        check_names: set False to run on names the registry does not know, for simulations
            that only use ``draw``/``record_results`` and never generate a problem.
    """

    def __init__(
        self,
        envs: Any,
        config: CurriculumConfig | dict[str, Any] | str | None = None,
        seed: int = 0,
        *,
        check_names: bool = True,
    ) -> None:
        from ..errors import check_seed

        self.config = CurriculumConfig.coerce(config)
        self._env_objects: dict[str, Environment] = {}
        if check_names:
            names = resolve_env_names(envs)
            if isinstance(envs, Environment):
                envs = [envs]
            for item in envs if isinstance(envs, (list, tuple)) else ():
                if isinstance(item, Environment):
                    self._env_objects[item.name] = item
        else:
            names = sorted({str(n) for n in ([envs] if isinstance(envs, str) else envs)})
            if not names:
                raise RlveError("a curriculum needs at least one environment")
        self._check_config_names(names)
        self._caps = self._difficulty_caps(names, check_names)
        self.seed = check_seed(seed)
        self._names = names
        self._index = {name: i for i, name in enumerate(names)}
        for name in names:
            cap = self._caps[name]
            if cap is not None and self.config.start_difficulty(name) > cap:
                raise ConfigError(
                    f"{name} starts at difficulty {self.config.start_difficulty(name)}, above its "
                    f"maximum {cap}; lower initial_difficulty / initial_difficulties for it"
                )
        self._states = [EnvState(name, self.config.start_difficulty(name)) for name in names]
        self._by_name = {state.name: state for state in self._states}
        self._policy = make_difficulty_policy(self.config)
        self._weighting = make_weighting(self.config, names)
        if sum(self._weighting.base) <= 0.0:
            raise ConfigError("env_weights: every environment of this curriculum has weight 0")
        self._ema_rate = 1.0 / self.config.adaptive_horizon
        self._window = self._policy.window or self.config.window
        self._draws = 0
        self._key = stable_hash("rlve-curriculum", self.seed)
        self._cumulative: list[float] | None = None

    def _difficulty_caps(self, names: list[str], known: bool) -> dict[str, int | None]:
        """Per environment, the highest frontier allowed: the config's ``max_difficulty`` and the
        environment's own ``max_difficulty`` (the level past which it cannot generate)."""
        from ..registry import all_env_info

        info = all_env_info() if known else {}
        caps: dict[str, int | None] = {}
        for name in names:
            own = getattr(self._env_objects.get(name), "max_difficulty", None)
            if own is None:
                own = info.get(name, {}).get("max_difficulty")
            limits = [c for c in (self.config.max_difficulty, own) if c is not None]
            caps[name] = min(limits) if limits else None
        return caps

    def max_difficulty(self, env_name: str) -> int | None:
        """The highest level this curriculum will ever serve for ``env_name`` (None: no limit)."""
        self._state(env_name)
        return self._caps[env_name]

    def _check_config_names(self, names: list[str]) -> None:
        for field in ("initial_difficulties", "env_weights"):
            unknown = sorted(set(getattr(self.config, field)) - set(names))
            if unknown:
                raise ConfigError(
                    f"{field} names {', '.join(map(repr, unknown))}, which this curriculum does not "
                    f"include (its environments: {', '.join(names[:10])}{', ...' if len(names) > 10 else ''})"
                )

    # ------------------------------------------------------------------ sampling
    @property
    def env_names(self) -> list[str]:
        return list(self._names)

    def _selection_table(self) -> list[float]:
        if self._cumulative is None:
            self._cumulative = list(accumulate(self._weighting.weights(self._states)))
        return self._cumulative

    def draw(self, n: int) -> list[Draw]:
        """Choose the next ``n`` (environment, difficulty, seed) triples without generating them.

        ``sample`` is ``draw`` plus generation; simulations and benchmarks call ``draw`` directly.
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise RlveError(f"the number of problems must be an integer >= 0, got {n!r}")
        counter = self._draws
        draws = []
        for _ in range(n):
            draws.append(self._draw_one(_mix64((self._key + counter * _GOLDEN) & _MASK64)))
            counter += 1
        self._draws = counter
        return draws

    def draw_for_group(self, group: int) -> Draw:
        """The draw for one GRPO group named by an integer key (a dataset row, a request id).

        A pure function of (curriculum seed, ``group``) and the current frontiers and weights, and
        independent of the draw counter: every process whose curriculum is in the same state picks
        the same problem for the same key, in whatever order the keys are asked for. This is what
        lets a trainer choose each group's problem at generation time on every process at once.
        """
        if isinstance(group, bool) or not isinstance(group, int) or group < 0:
            raise RlveError(f"the group key must be an integer >= 0, got {group!r}")
        return self._draw_one(_mix64(_mix64(self._key ^ 0x5A17) ^ (group & _MASK64)))

    def _draw_one(self, problem_seed: int) -> Draw:
        cumulative = self._selection_table()
        last = len(cumulative) - 1
        pick = _mix64(problem_seed)
        index = 0
        if last:
            index = bisect_right(cumulative, (pick >> 11) * (cumulative[-1] / 9007199254740992.0))
            if index > last:
                index = last
        state = self._states[index]
        high = state.frontier
        low = max(high - self._window + 1, 0)
        difficulty = low + _mix64(pick) % (high - low + 1) if high > low else high
        state.served += 1
        return Draw(state.name, difficulty, problem_seed)

    def sample(self, n_prompts: int) -> list[Problem]:
        """The next ``n_prompts`` problems, each meant for one GRPO group of samples."""
        markers = self.config.markers
        return [
            self.environment(d.env_name).generate(
                difficulty=d.difficulty, seed=d.seed, markers=markers
            )
            for d in self.draw(n_prompts)
        ]

    def environment(self, name: str) -> Environment:
        """The environment object this curriculum generates ``name``'s problems with."""
        env = self._env_objects.get(name)
        if env is None:
            self._state(name)
            from ..registry import make

            env = self._env_objects[name] = make(name)
        return env

    # ------------------------------------------------------------------ recording
    def record(self, problem: Problem | dict[str, Any], verdicts: Sequence[Verdict]) -> None:
        """Take back the verdicts of all samples of one problem (its whole GRPO group)."""
        self.record_results((GroupResult.from_verdicts(problem, verdicts),))

    def record_results(self, results: Iterable[GroupResult | dict[str, Any]]) -> None:
        """Apply many group results at once, in a canonical order.

        Every process that passes the same union of results (in any order, split any way) ends in
        the same state, so all processes make the same difficulty decisions at the same step.
        """
        groups = canonical_groups(results)
        by_name = self._by_name
        for group in groups:
            state = by_name.get(group.env_name)
            if state is None:
                raise RlveError(
                    f"result for {group.env_name!r}, which is not in this curriculum "
                    f"(its environments: {', '.join(self._names[:10])}{', ...' if len(self._names) > 10 else ''})"
                )
            self._apply(state, group)
        if groups and self._weighting.dynamic:
            self._cumulative = None

    def _apply(self, state: EnvState, group: GroupResult) -> None:
        size = len(group.correct)
        correct = sum(group.correct)
        scores = group.scores
        effective = max(scores) != min(scores)
        state.samples += size
        state.correct += correct
        state.groups += 1
        if effective:
            state.effective_groups += 1
        state.recent_effective_ratio += (
            (1.0 if effective else 0.0) - state.recent_effective_ratio
        ) * self._ema_rate
        if group.difficulty != state.frontier:
            return
        state.level_samples += size
        state.level_correct += correct
        decision = self._policy.decide(state.level_correct, state.level_samples, size)
        if decision is None:
            return
        cap = self._caps[state.name]
        if decision == PROMOTE and (cap is None or state.frontier < cap):
            state.frontier += 1
            state.promotions += 1
        elif decision == DEMOTE and state.frontier > 0:
            state.frontier -= 1
            state.demotions += 1
        state.reset_level()

    # ------------------------------------------------------------------ reading
    def _state(self, name: str) -> EnvState:
        state = self._by_name.get(name)
        if state is None:
            raise RlveError(
                f"{name!r} is not in this curriculum (its environments: {', '.join(self._names[:10])})"
            )
        return state

    def frontier(self, env_name: str) -> int:
        """The current frontier difficulty h of one environment."""
        return self._state(env_name).frontier

    def frontiers(self) -> dict[str, int]:
        return {state.name: state.frontier for state in self._states}

    def weights(self) -> dict[str, float]:
        """The current probability of picking each environment."""
        cumulative = self._selection_table()
        total = cumulative[-1]
        previous = 0.0
        out = {}
        for name, upto in zip(self._names, cumulative, strict=True):
            out[name] = (upto - previous) / total
            previous = upto
        return out

    def metrics(self) -> dict[str, float]:
        """Flat, stable keys (``curriculum/<env>/difficulty`` ...) that any logger takes as-is."""
        weights = self.weights()
        out: dict[str, float] = {}
        for state in self._states:
            prefix = f"curriculum/{state.name}/"
            out[prefix + "difficulty"] = float(state.frontier)
            out[prefix + "frontier_accuracy"] = state.level_accuracy
            out[prefix + "frontier_samples"] = float(state.level_samples)
            out[prefix + "accuracy"] = state.accuracy
            out[prefix + "effective_prompt_ratio"] = state.effective_prompt_ratio
            out[prefix + "recent_effective_prompt_ratio"] = state.recent_effective_ratio
            out[prefix + "problems_served"] = float(state.served)
            out[prefix + "groups_recorded"] = float(state.groups)
            out[prefix + "weight"] = weights[state.name]
        states = self._states
        groups = sum(s.groups for s in states)
        out["curriculum/mean_difficulty"] = sum(s.frontier for s in states) / len(states)
        out["curriculum/max_difficulty"] = float(max(s.frontier for s in states))
        out["curriculum/effective_prompt_ratio"] = (
            sum(s.effective_groups for s in states) / groups if groups else 0.0
        )
        out["curriculum/problems_served"] = float(sum(s.served for s in states))
        return out

    # ------------------------------------------------------------------ state
    def state_dict(self) -> dict[str, Any]:
        """Everything needed to continue exactly where this curriculum is (JSON-serialisable)."""
        return {
            "version": STATE_VERSION,
            "seed": self.seed,
            "draws": self._draws,
            "config": self.config.model_dump(mode="json"),
            "envs": {state.name: state.to_dict() for state in self._states},
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        """Continue from ``state_dict()`` output: frontiers, statistics, seed and draw counter.

        The environment set must match. A different config is allowed (with a warning), since
        changing thresholds on resume is sometimes what one wants; an exact replay needs the same.
        """
        if not isinstance(state, dict):
            raise ConfigError(
                f"curriculum state must be a dict from state_dict(), got {type(state).__name__}"
            )
        version = state.get("version")
        if version != STATE_VERSION:
            raise ConfigError(
                f"curriculum state version {version!r} is not supported (expected {STATE_VERSION})"
            )
        envs = state.get("envs")
        if not isinstance(envs, dict):
            raise ConfigError("curriculum state has no 'envs' mapping")
        missing = sorted(set(self._names) - set(envs))
        extra = sorted(set(envs) - set(self._names))
        if missing or extra:
            detail = []
            if missing:
                detail.append(f"lacks {', '.join(missing[:10])}")
            if extra:
                detail.append(f"has {', '.join(extra[:10])} not in this curriculum")
            raise ConfigError(
                f"curriculum state does not match this curriculum's environments: it {'; '.join(detail)}"
            )
        draws, seed = state.get("draws"), state.get("seed")
        for field, value in (("draws", draws), ("seed", seed)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ConfigError(
                    f"curriculum state field {field!r} must be an integer >= 0, got {value!r}"
                )
        new_states = [EnvState.from_dict(name, envs[name]) for name in self._names]
        for env_state in new_states:
            cap = self._caps[env_state.name]
            if cap is not None and env_state.frontier > cap:
                logger.warning(
                    "%s: saved frontier %d is above its maximum difficulty %d; continuing at %d",
                    env_state.name,
                    env_state.frontier,
                    cap,
                    cap,
                )
                env_state.frontier = cap
        if state.get("config") != self.config.model_dump(mode="json"):
            logger.warning(
                "loading a curriculum state saved with a different config; decisions may differ"
            )
        self._states = new_states
        self._by_name = {s.name: s for s in new_states}
        self.seed = seed
        self._key = stable_hash("rlve-curriculum", seed)
        self._draws = draws
        self._cumulative = None

    def __repr__(self) -> str:
        shown = ", ".join(f"{s.name}={s.frontier}" for s in self._states[:6])
        more = ", ..." if len(self._states) > 6 else ""
        return f"Curriculum(policy={self.config.policy!r}, frontiers={{{shown}{more}}})"
