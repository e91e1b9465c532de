"""``CurriculumService``: the state behind ``rlve-gym serve``, free of any web framework.

One service per server process holds the curriculum, the open GRPO groups and the episodes
waiting for a response. The OpenEnv adapter (``rlve_gym.server.environment``) calls

    reset(session, **options)  -> observation fields of a new episode (prompt, env, difficulty...)
    step(session, response, episode_id) -> the verdict, the reward, and whether the group was recorded

from many threads at once; a lock guards the bookkeeping, and generation and verification run
outside it.

Groups. A reset that names a ``group_id`` joins that group: the first member draws the problem
(from the curriculum, or at the environment/difficulty/seed it names) and every later member
gets the same one until the group has its ``group_size`` members. The group's verdicts are
recorded with the curriculum **once**, when its last member has stepped, as one
``GroupResult`` (what the curriculum's decisions and its effective-group statistics expect). A
reset without a ``group_id`` is a group of one. A group whose members do not all step within
``episode_timeout_s`` is recorded with the verdicts it has, and a verdict that arrives after
that is recorded on its own, so every verdict reaches the curriculum. Verdicts that are internal
verifier errors (a bug in rlve-gym, not the model's fault) get reward ``None`` and are not
recorded, as in the TRL integration.

Sessions. Each episode belongs to the session that reset it (a WebSocket connection); another
open session cannot step it. When a session closes (a stateless HTTP ``/reset`` closes at once)
its unfinished episodes become steppable by anyone who presents their ``episode_id``, which is
an unguessable token.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..curriculum import Curriculum, GroupResult
from ..environment import INTERNAL_ERROR_PREFIX
from ..errors import RlveError, UnknownEnvironmentError, check_difficulty, check_seed
from ..problem import Problem, Verdict
from .compute import Compute
from .settings import ServeSettings
from .store import StateStore

logger = logging.getLogger(__name__)

#: options a reset request may carry (besides OpenEnv's own ``seed`` and ``episode_id``)
RESET_OPTIONS = ("env_name", "difficulty", "group_id", "group_size", "record", "attempts")
MAX_GROUP_ID_CHARS = 256
MAX_EPISODE_ID_CHARS = 255
#: how many finished episode ids are remembered, to answer a second step with "already stepped"
FINISHED_MEMORY = 1 << 16


class RequestError(RlveError):
    """A client's mistake: answered with HTTP ``status`` and ``{"detail": message, "error": code}``
    (or a WebSocket error message ``"code: message"``); the server carries on."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(eq=False)
class _Group:
    key: str  # the client's group_id, or a private key for a group of one
    size: int
    env_name: str
    difficulty: int
    seed: int
    record: bool
    created: float
    problem: Problem | None = None
    error: RequestError | None = None
    ready: threading.Event = field(default_factory=threading.Event)
    members: int = 0
    verdicts: list[Verdict] = field(default_factory=list)
    episodes: set[str] = field(default_factory=set)
    closed: bool = False  # recorded (or expired): later verdicts are recorded on their own


@dataclass(eq=False)
class _Episode:
    id: str
    group: _Group
    member: int
    owner: int | None
    verifying: bool = False
    live: Any = None  # a multi-turn episode (interactive, or feedback mode) while it runs


def _clean_text(text: str) -> str:
    """``text`` with lone surrogates (which JSON allows and UTF-8 does not) replaced by '?'."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _is_internal_error(verdict: Verdict) -> bool:
    return verdict.reason.startswith(INTERNAL_ERROR_PREFIX)


class CurriculumService:
    """Problems from a server-side curriculum, verdicts back into it, state kept on disk."""

    def __init__(self, settings: ServeSettings | None = None, **options: Any) -> None:
        from ..trainers.rewards import reward_from_verdict

        if settings is None:
            settings = ServeSettings(**options)
        elif options:
            settings = ServeSettings(**{**settings.model_dump(), **options})
        self.settings = settings
        self._reward = reward_from_verdict
        self.curriculum = Curriculum(settings.envs, settings.curriculum, seed=settings.seed)
        self.env_names = self.curriculum.env_names
        self._hosted = set(self.env_names)
        cfg_group = self.curriculum.config.group_size
        self.default_group_size = cfg_group if cfg_group is not None else settings.group_size
        self._lock = threading.RLock()
        self._open: dict[str, _Group] = {}  # client-named groups still taking members/verdicts
        self._by_age: OrderedDict[int, _Group] = OrderedDict()  # every unrecorded group
        self._episodes: dict[str, _Episode] = {}
        self._owned: dict[int, set[str]] = {}
        self._finished: OrderedDict[str, None] = OrderedDict()
        self._closed = False
        self.stats = {
            "episodes_started": 0,
            "episodes_finished": 0,
            "episodes_expired": 0,
            "groups_recorded": 0,
            "groups_restored": 0,
            "internal_errors": 0,
        }
        self._store: StateStore | None = None
        if settings.state_dir is not None:
            self._store = StateStore(settings.state_dir)
            try:
                restored = self._store.restore(self.curriculum)
            except BaseException:
                self._store.close()
                raise
            self.stats["groups_recorded"] = self.stats["groups_restored"] = restored
        self._draws = self.curriculum.state_dict()["draws"]
        self._since_snapshot = 0
        if self._store is not None:
            self._snapshot()
        self.compute = Compute(settings.workers)
        #: runs resets and steps for the async OpenEnv entry points
        self.executor = ThreadPoolExecutor(
            max_workers=settings.threads, thread_name_prefix="rlve-serve"
        )

    # ------------------------------------------------------------------ reset
    def reset(
        self,
        session: int | None,
        seed: Any = None,
        episode_id: Any = None,
        **options: Any,
    ) -> dict[str, Any]:
        """Start an episode for ``session``; return the observation fields (never the answer)."""
        request = self._check_reset(seed, episode_id, options)
        creator = False
        now = time.monotonic()
        with self._lock:
            self._check_open()
            self._expire(now)
            if len(self._episodes) >= self.settings.max_pending_episodes:
                raise RequestError(
                    503,
                    "server_busy",
                    f"{len(self._episodes)} episodes are waiting for a step, the most this server "
                    "keeps (max_pending_episodes); step or let them expire first",
                )
            if request["episode_id"] in self._episodes:
                raise RequestError(
                    409, "episode_id_taken", f"episode_id {request['episode_id']!r} is in use"
                )
            group = self._join_group(request, now)
            if group.members == 0:
                creator = True
            member = group.members
            group.members += 1
            episode_id = request["episode_id"] or secrets.token_hex(16)
            episode = _Episode(episode_id, group, member, session)
            self._episodes[episode_id] = episode
            group.episodes.add(episode_id)
            if session is not None:
                self._owned.setdefault(session, set()).add(episode_id)
            frontier = self.curriculum.frontier(group.env_name)
            self.stats["episodes_started"] += 1
        error = None
        if creator:
            self._generate(group)
        elif not group.ready.wait(timeout=self.settings.episode_timeout_s):
            error = RequestError(
                504, "generation_timeout", "the group's problem was not generated in time"
            )
        error = error or group.error
        if error is not None:
            with self._lock:
                self._drop_episode(episode)
            raise error
        problem = group.problem
        assert problem is not None
        prompt = problem.prompt
        env = self.curriculum.environment(problem.env_name)
        if getattr(env, "interactive", False) or request["attempts"] > 1:
            from ..interactive import feedback_episode

            episode.live = feedback_episode(env, problem, attempts=request["attempts"])
            prompt = episode.live.observation
        return {
            "prompt": prompt,
            "env_name": problem.env_name,
            "difficulty": problem.difficulty,
            "seed": problem.seed,
            "problem_id": f"{problem.env_name}/v{problem.version}/d{problem.difficulty}/s{problem.seed}",
            "markers": problem.markers,
            "episode_id": episode_id,
            "group_id": group.key if request["group_id"] is not None else None,
            "group_size": group.size,
            "member": member,
            "frontier": frontier,
        }

    def _check_reset(self, seed: Any, episode_id: Any, options: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(options) - set(RESET_OPTIONS))
        if unknown:
            raise RequestError(
                400,
                "invalid_request",
                f"unknown reset option(s) {', '.join(map(repr, unknown))}; valid options: "
                f"seed, episode_id, {', '.join(RESET_OPTIONS)}",
            )
        env_name = options.get("env_name")
        difficulty = options.get("difficulty")
        group_id = options.get("group_id")
        group_size = options.get("group_size")
        record = options.get("record", True)
        attempts = options.get("attempts", 1)
        if isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 64:
            raise RequestError(
                400, "invalid_request", f"attempts must be an integer in 1..64, got {attempts!r}"
            )
        try:
            if seed is not None:
                seed = check_seed(seed)
            if difficulty is not None:
                difficulty = check_difficulty(difficulty)
        except RlveError as exc:
            raise RequestError(400, "invalid_request", str(exc)) from None
        if env_name is not None:
            if not isinstance(env_name, str):
                raise RequestError(
                    400,
                    "invalid_request",
                    f"env_name must be a string, got {type(env_name).__name__}",
                )
            self._check_hosted(env_name)
        if difficulty is not None:
            if env_name is None:
                raise RequestError(
                    400,
                    "invalid_request",
                    "difficulty needs env_name (which environment it is for)",
                )
            env = self.curriculum.environment(env_name)
            top = env.max_difficulty
            if top is not None and difficulty > top:
                raise RequestError(
                    400,
                    "invalid_request",
                    f"{env_name} generates difficulties 0..{top}, got {difficulty}",
                )
            limit = self.settings.max_requested_difficulty
            if difficulty > limit:
                raise RequestError(
                    400,
                    "invalid_request",
                    f"difficulty {difficulty} is above the {limit} this server generates on "
                    "request (max_requested_difficulty)",
                )
        if group_id is not None:
            if isinstance(group_id, bool) or not isinstance(group_id, (str, int)):
                raise RequestError(
                    400,
                    "invalid_request",
                    f"group_id must be a string or an integer, got {type(group_id).__name__}",
                )
            group_id = str(group_id)
            if not group_id or len(group_id) > MAX_GROUP_ID_CHARS:
                raise RequestError(
                    400,
                    "invalid_request",
                    f"group_id must have 1 to {MAX_GROUP_ID_CHARS} characters, got {len(group_id)}",
                )
        if group_size is not None:
            if (
                isinstance(group_size, bool)
                or not isinstance(group_size, int)
                or not 1 <= group_size <= 4096
            ):
                raise RequestError(
                    400,
                    "invalid_request",
                    f"group_size must be an integer in 1..4096, got {group_size!r}",
                )
            if group_id is None and group_size != 1:
                raise RequestError(
                    400,
                    "invalid_request",
                    "group_size needs a group_id (the group to share a problem)",
                )
        if not isinstance(record, bool):
            raise RequestError(
                400, "invalid_request", f"record must be true or false, got {record!r}"
            )
        if episode_id is not None:
            if not isinstance(episode_id, str) or not 1 <= len(episode_id) <= MAX_EPISODE_ID_CHARS:
                raise RequestError(
                    400,
                    "invalid_request",
                    f"episode_id must be a string of 1 to {MAX_EPISODE_ID_CHARS} characters",
                )
        return {
            "seed": seed,
            "episode_id": episode_id,
            "env_name": env_name,
            "difficulty": difficulty,
            "group_id": group_id,
            "group_size": group_size,
            "record": record,
            "attempts": attempts,
        }

    def _check_hosted(self, env_name: str) -> None:
        if env_name in self._hosted:
            return
        from ..registry import all_env_info

        known = all_env_info()
        if env_name in known:
            shown = ", ".join(self.env_names[:8]) + (", ..." if len(self.env_names) > 8 else "")
            message = (
                f"{env_name!r} is not hosted by this server ({len(self.env_names)} environments: "
                f"{shown}); start the server with --envs naming it"
            )
        else:
            message = str(UnknownEnvironmentError(env_name, self.env_names))
        raise RequestError(404, "unknown_environment", message)

    def _join_group(self, request: dict[str, Any], now: float) -> _Group:
        """The group this reset joins (creating it and drawing its problem if new); under the lock."""
        group_id = request["group_id"]
        if group_id is not None:
            group = self._open.get(group_id)
            if group is not None:
                size = request["group_size"]
                if size is not None and size != group.size:
                    raise RequestError(
                        409,
                        "group_mismatch",
                        f"group {group_id!r} was opened with group_size {group.size}, got {size}",
                    )
                for name in ("env_name", "difficulty", "seed"):
                    wanted = request[name]
                    if wanted is not None and wanted != getattr(group, name):
                        raise RequestError(
                            409,
                            "group_mismatch",
                            f"group {group_id!r} has {name} {getattr(group, name)!r}, got {wanted!r}; "
                            "every member of a group answers the same problem",
                        )
                if group.members >= group.size:
                    raise RequestError(
                        409,
                        "group_full",
                        f"group {group_id!r} already has its {group.size} members; pass "
                        "group_size with the group's real size, or use a new group_id",
                    )
                return group
        env_name, difficulty, seed = request["env_name"], request["difficulty"], request["seed"]
        if env_name is None:
            draw = self.curriculum.draw(1)[0]
            self._draws += 1
            env_name, difficulty = draw.env_name, draw.difficulty
            seed = draw.seed if seed is None else seed
        else:
            if difficulty is None:
                difficulty = self.curriculum.frontier(env_name)
            if seed is None:
                seed = secrets.randbits(63)
        size = 1 if group_id is None else (request["group_size"] or self.default_group_size)
        key = group_id if group_id is not None else "~" + secrets.token_hex(8)
        group = _Group(key, size, env_name, difficulty, seed, request["record"], now)
        if group_id is not None:
            self._open[group_id] = group
        self._by_age[id(group)] = group
        return group

    def _generate(self, group: _Group) -> None:
        env = self.curriculum.environment(group.env_name)
        try:
            group.problem = self.compute.generate(
                env, group.difficulty, group.seed, self.curriculum.config.markers
            )
        except RlveError as exc:
            group.error = RequestError(400, "invalid_request", str(exc))
        except Exception as exc:  # a generator bug: report it, keep serving
            logger.exception(
                "%s: generation failed (d=%d, seed=%d)", env.name, group.difficulty, group.seed
            )
            group.error = RequestError(
                500,
                "internal_error",
                f"{env.name} failed to generate a problem: {type(exc).__name__}: {exc}",
            )
        if group.error is not None:
            with self._lock:
                group.closed = True
                self._forget_group(group)
        group.ready.set()

    # ------------------------------------------------------------------ step
    def step(self, session: int | None, response: Any, episode_id: str | None) -> dict[str, Any]:
        """Verify ``response`` for the episode; record the group when it is complete."""
        if not isinstance(response, str):
            raise RequestError(
                400, "invalid_request", f"response must be a string, got {type(response).__name__}"
            )
        limit = self.settings.max_response_chars
        if len(response) > limit:
            raise RequestError(
                413,
                "response_too_large",
                f"response has {len(response)} characters, more than the {limit} this server "
                "accepts (max_response_chars)",
            )
        response = _clean_text(response)
        with self._lock:
            self._check_open()
            episode = self._claim(session, episode_id)
        group = episode.group
        problem = group.problem
        assert problem is not None
        env = self.curriculum.environment(problem.env_name)
        if episode.live is not None:
            return self._step_live(episode, response)
        try:
            verdict = self.compute.verify(env, problem, response)
        except Exception as exc:  # worker died or similar: same treatment as a verifier bug
            logger.exception("%s: verification failed", env.name)
            verdict = Verdict(
                False, False, 0.0, f"{INTERNAL_ERROR_PREFIX}: {type(exc).__name__}: {exc}"
            )
        return self._finish(episode, verdict)

    def _step_live(self, episode: _Episode, response: str) -> dict[str, Any]:
        """One turn of a multi-turn episode: feedback until it ends, then the usual verdict."""
        try:
            result = episode.live.step(response)
        except Exception as exc:  # an environment bug: end the episode without reward
            logger.exception("%s: a multi-turn step failed", episode.group.env_name)
            verdict = Verdict(
                False, False, 0.0, f"{INTERNAL_ERROR_PREFIX}: {type(exc).__name__}: {exc}"
            )
            return self._finish(episode, verdict)
        if result.done:
            fields = self._finish(episode, episode.live.verdict())
            fields["feedback"] = result.observation
            return fields
        problem = episode.group.problem
        with self._lock:
            episode.verifying = False  # released: the next turn may step it
            frontier = self.curriculum.frontier(problem.env_name)
        return {
            **self._episode_fields(episode, problem, frontier),
            "feedback": result.observation,
            "turn": episode.live.turns_used,
            "turn_limit": episode.live.turn_limit,
            "verdict": None,
            "reward": result.reward,
            "group_recorded": False,
            "done": False,
        }

    def _episode_fields(self, episode: _Episode, problem: Problem, frontier: int) -> dict[str, Any]:
        group = episode.group
        return {
            "env_name": problem.env_name,
            "difficulty": problem.difficulty,
            "seed": problem.seed,
            "problem_id": f"{problem.env_name}/v{problem.version}/d{problem.difficulty}/s{problem.seed}",
            "markers": problem.markers,
            "episode_id": episode.id,
            "group_id": None if group.key.startswith("~") else group.key,
            "group_size": group.size,
            "member": episode.member,
            "frontier": frontier,
        }

    def _finish(self, episode: _Episode, verdict: Verdict) -> dict[str, Any]:
        """Close an episode with its verdict; record its group when the group is complete."""
        group = episode.group
        problem = group.problem
        internal = _is_internal_error(verdict)
        reward = None if internal else self._reward(verdict, self.settings.reward)
        with self._lock:
            if internal:
                self.stats["internal_errors"] += 1
            self._drop_episode(episode)
            self._finished[episode.id] = None
            if len(self._finished) > FINISHED_MEMORY:
                self._finished.popitem(last=False)
            self.stats["episodes_finished"] += 1
            recorded = False
            if group.closed:  # expired before this verdict came: record it on its own
                recorded = self._record(group, [verdict])
            else:
                group.verdicts.append(verdict)
                if len(group.verdicts) >= group.size:
                    group.closed = True
                    self._forget_group(group)
                    recorded = self._record(group, group.verdicts)
            frontier = self.curriculum.frontier(problem.env_name)
        fields = self._episode_fields(episode, problem, frontier)
        if episode.live is not None:
            fields["turn"] = episode.live.turns_used
            fields["turn_limit"] = episode.live.turn_limit
            # an episode earns its own reward (earlier success pays more), not the scheme's
            reward = None if internal else float(episode.live.reward)
        return {
            **fields,
            "verdict": verdict.to_dict(),
            "reward": reward,
            "group_recorded": recorded,
            "done": True,
        }

    def _claim(self, session: int | None, episode_id: str | None) -> _Episode:
        """The episode a step is for, marked as being verified; under the lock."""
        if episode_id is None:
            raise RequestError(
                409,
                "no_episode",
                "no episode to step: call reset first (over HTTP, pass the episode_id that "
                "/reset returned in the action)",
            )
        episode = self._episodes.get(episode_id)
        if episode is None:
            if episode_id in self._finished:
                raise RequestError(
                    409,
                    "episode_finished",
                    f"episode {episode_id!r} was already stepped; reset for a new one",
                )
            raise RequestError(
                404,
                "unknown_episode",
                f"no episode {episode_id!r} is waiting for a step (unknown, or expired after "
                f"{self.settings.episode_timeout_s:g} s)",
            )
        if episode.owner is not None and episode.owner != session:
            raise RequestError(
                409,
                "wrong_session",
                f"episode {episode_id!r} belongs to another open session; step it from there",
            )
        if episode.verifying:
            raise RequestError(
                409, "episode_in_progress", f"episode {episode_id!r} is being stepped already"
            )
        episode.verifying = True
        return episode

    # ------------------------------------------------------------------ bookkeeping (under the lock)
    def _drop_episode(self, episode: _Episode) -> None:
        self._episodes.pop(episode.id, None)
        episode.group.episodes.discard(episode.id)
        if episode.owner is not None:
            owned = self._owned.get(episode.owner)
            if owned is not None:
                owned.discard(episode.id)
                if not owned:
                    del self._owned[episode.owner]

    def _forget_group(self, group: _Group) -> None:
        if self._open.get(group.key) is group:
            del self._open[group.key]
        self._by_age.pop(id(group), None)

    def _expire(self, now: float) -> None:
        timeout = self.settings.episode_timeout_s
        while self._by_age:
            group = next(iter(self._by_age.values()))
            if now - group.created < timeout:
                break
            self._by_age.popitem(last=False)
            if self._open.get(group.key) is group:
                del self._open[group.key]
            group.closed = True
            for episode_id in list(group.episodes):
                episode = self._episodes.get(episode_id)
                if episode is not None and not episode.verifying:
                    self._drop_episode(episode)
                    self.stats["episodes_expired"] += 1
            if group.verdicts:
                self._record(group, group.verdicts)

    def _record(self, group: _Group, verdicts: list[Verdict]) -> bool:
        """Hand one group's verdicts to the curriculum and the journal; True if recorded."""
        valid = [v for v in verdicts if not _is_internal_error(v)]
        if not group.record or not valid or group.problem is None:
            return False
        result = GroupResult.from_verdicts(group.problem, valid)
        self.curriculum.record_results([result])
        self.stats["groups_recorded"] += 1
        if self._store is not None:
            try:
                self._store.append(self.stats["groups_recorded"], self._draws, result)
            except OSError as exc:
                logger.error("cannot append to the journal in %s: %s", self._store.dir, exc)
            self._since_snapshot += 1
            if self._since_snapshot >= self.settings.save_every:
                self._snapshot()
        return True

    def _snapshot(self) -> None:
        if self._store is None:
            return
        try:
            self._store.snapshot(
                self.curriculum.state_dict(),
                self.stats["groups_recorded"],
                {"envs": self.env_names, "reward": self.settings.reward},
            )
            self._since_snapshot = 0
        except OSError as exc:
            logger.error("cannot write the curriculum snapshot in %s: %s", self._store.dir, exc)

    def _check_open(self) -> None:
        if self._closed:
            raise RequestError(503, "shutting_down", "the server is shutting down")

    # ------------------------------------------------------------------ sessions and reading
    def release(self, session: int) -> None:
        """A session closed: its unfinished episodes can now be stepped by their episode_id."""
        with self._lock:
            for episode_id in self._owned.pop(session, ()):
                episode = self._episodes.get(episode_id)
                if episode is not None:
                    episode.owner = None

    def summary(self) -> dict[str, Any]:
        """Counters and frontiers: what ``GET /state`` and ``GET /curriculum`` show."""
        with self._lock:
            return {
                **self.stats,
                "pending_episodes": len(self._episodes),
                "open_groups": len(self._by_age),
                "environments": len(self.env_names),
                "reward": self.settings.reward,
                "state_dir": None if self._store is None else str(self._store.dir),
                "frontiers": self.curriculum.frontiers(),
            }

    def metrics(self) -> dict[str, float]:
        with self._lock:
            return self.curriculum.metrics()

    def save(self) -> None:
        """Write a snapshot now (the journal already holds every recorded group)."""
        with self._lock:
            self._snapshot()

    def close(self) -> None:
        """Record the verdicts of groups still in flight, write a final snapshot, stop workers."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for group in list(self._by_age.values()):
                group.closed = True
                if group.verdicts:
                    self._record(group, group.verdicts)
            self._by_age.clear()
            self._open.clear()
            self._snapshot()
            if self._store is not None:
                self._store.close()
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.compute.close()

    def __enter__(self) -> CurriculumService:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
