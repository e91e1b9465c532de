"""Multi-turn environments: a model that acts, observes the environment's feedback, and acts again.

Two kinds of episode share one interface (``Episode``):

- ``InteractiveEnvironment`` subclasses are natively multi-turn (guess a hidden code, explore a
  hidden maze, play against an opponent). The first observation states the task; every turn the
  model writes one action between the answer markers; the environment applies it and answers
  with feedback, until the task is solved, lost, or the turn limit is reached.
- ``FeedbackEpisode`` turns *any* single-turn environment into a multi-turn one: after a wrong
  answer the model sees the verdict's reason and tries again, up to ``attempts`` times, with a
  reward that prefers earlier success.

Determinism and offline re-scoring. An episode is a pure function of (environment, difficulty,
seed) and the sequence of actions: the instance comes from the usual ``generate``, and nothing
random happens after it (an opponent's moves are a function of the position). So an episode's
transcript (its actions) can be replayed anywhere: ``InteractiveEnvironment.verify`` takes a
transcript as the answer (a JSON list of action strings between the markers), replays it and
turns the outcome into a ``Verdict``; sweeps, exports and ``score`` work unchanged. The
reference answer of an interactive problem is the transcript of the environment's scripted
policy (optimal or strong), which the checker requires to solve every tested level.

Hostile actions. Every action is parsed with the same bounds as a single-turn answer: a turn
without an action, a malformed action or an over-long one costs the turn and gets feedback
saying why, never an exception.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple

from .answers import ParseError, extract_answer
from .environment import INTERNAL_ERROR_PREFIX, Environment
from .errors import RlveError
from .problem import Problem, Verdict

#: a single turn of model text longer than this is cut before the action is extracted
MAX_TURN_CHARS = 100_000


class Outcome(NamedTuple):
    """What one valid action did: the feedback the model sees next, and whether the episode ended
    (``solved``: the task is done; ``over``: it can no longer be solved, e.g. a lost game)."""

    feedback: str
    solved: bool = False
    over: bool = False


@dataclass
class StepResult:
    observation: str
    reward: float  # the episode's reward so far (final once ``done``)
    done: bool
    info: dict[str, Any] = field(default_factory=dict)


class Episode:
    """One run of a multi-turn task. ``observation`` is the first observation (the task);
    ``step(turn_text)`` applies one model turn and returns the feedback, the reward so far and
    whether the episode ended. ``actions`` is the transcript that replays it."""

    observation: str
    done: bool
    reward: float
    actions: list[str]
    turn_limit: int

    def step(self, turn: object) -> StepResult:
        raise NotImplementedError

    @property
    def turns_used(self) -> int:
        return len(self.actions)

    @property
    def solved(self) -> bool:
        raise NotImplementedError


def _action_of(turn: object, markers: str) -> tuple[str | None, str]:
    """The action in one model turn (the last marked answer), or None and why there is none."""
    if not isinstance(turn, str):
        return None, f"a turn must be text, got {type(turn).__name__}"
    return extract_answer(turn[:MAX_TURN_CHARS], markers)


# ---------------------------------------------------------------------------------------------
# natively interactive environments


class InteractiveEnvironment(Environment):
    """Subclass this for a natively multi-turn task. Fill in, besides ``schedule``,
    ``generate_instance`` and ``render`` (the task statement, including the action format):

    - ``parse_action(text, instance)``: the typed action, or ``ParseError`` with a reason;
    - ``initial_state(instance)``: the mutable state an episode starts from (JSON data);
    - ``apply(instance, state, action)``: change ``state`` in place and return an ``Outcome``;
    - ``policy(instance, state, actions)``: the scripted strong policy's next action text (the
      reference transcript and the tests use it);
    - optionally ``turn_limit(instance)`` (default ``instance["turn_limit"]``),
      ``success_reward(instance, turns_used)`` (default 1) and ``progress_score(instance,
      state)`` (partial credit for an unsolved episode, default 0).

    Hidden information (the secret code, the maze) lives in the instance, which the model never
    sees; feedback says only what the rules say an action reveals.
    """

    abstract = True
    interactive: ClassVar[bool] = True
    answer_kind = "transcript"
    multiple_valid_answers = True
    answer_example = '["action 1", "action 2"]'
    #: one action in the expected format, shown in the task statement's instruction
    action_example: ClassVar[str] = "..."
    max_action_chars: ClassVar[int] = 200
    #: a whole transcript (for offline re-scoring); ``parse`` bounds it again by the turn limit
    max_answer_chars: ClassVar[int] = 1_000_000

    # ------------------------------------------------------------------ pieces to fill in
    def parse_action(self, text: str, instance: dict[str, Any]) -> Any:
        raise NotImplementedError

    def initial_state(self, instance: dict[str, Any]) -> dict[str, Any]:
        return {}

    def apply(self, instance: dict[str, Any], state: dict[str, Any], action: Any) -> Outcome:
        raise NotImplementedError

    def policy(self, instance: dict[str, Any], state: dict[str, Any], actions: list[str]) -> str:
        raise NotImplementedError

    def random_action(self, instance: dict[str, Any], state: dict[str, Any], rng: Any) -> str:
        """A well-formed action drawn without thinking (what a guessing model plays): the
        checker requires a policy of such actions to earn (almost) nothing."""
        raise NotImplementedError

    def turn_limit(self, instance: dict[str, Any]) -> int:
        return int(instance["turn_limit"])

    def success_reward(self, instance: dict[str, Any], turns_used: int) -> float:
        return 1.0

    def progress_score(self, instance: dict[str, Any], state: dict[str, Any]) -> float:
        return 0.0

    # ------------------------------------------------------------------ single-turn view
    def solve(self, instance: dict[str, Any]) -> list[str]:
        """The scripted policy's transcript: the reference answer."""
        run = _Run(self, instance)
        while not run.done:
            run.act(self.policy(instance, run.state, list(run.actions)))
        return run.actions

    def format_answer(self, answer: Any) -> str:
        return json.dumps(list(answer))

    def marker_instruction(self, markers: str) -> str:
        example = self.action_example
        limit = "the turn limit stated above"
        if markers == "boxed":
            return (
                "This task takes several turns. In each of your turns, write exactly one action as "
                f"\\boxed{{...}}, for example \\boxed{{{example}}}; you will get feedback after "
                f"each action, up to {limit}."
            )
        return (
            "This task takes several turns. In each of your turns, write exactly one action "
            f"between <answer> and </answer>, for example <answer>{example}</answer>; you will "
            f"get feedback after each action, up to {limit}."
        )

    def parse(self, text: str, instance: dict[str, Any]) -> list[str]:
        """A transcript: a JSON list of action strings (for offline re-scoring)."""
        limit = self.turn_limit(instance)
        if len(text) > (limit + 1) * (self.max_action_chars + 8) + 16:
            raise ParseError("the transcript is longer than the turn limit allows")
        try:
            actions = json.loads(text)
        except (ValueError, RecursionError):
            raise ParseError("a transcript is a JSON list of action strings") from None
        if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
            raise ParseError("a transcript is a JSON list of action strings")
        if len(actions) > limit:
            raise ParseError(f"the transcript has {len(actions)} actions; the limit is {limit}")
        return actions

    def check(self, instance: dict[str, Any], answer: list[str], reference: Any) -> Verdict:
        run = _Run(self, instance)
        for action in answer:
            if run.done:
                break
            run.act(action)
        return run.verdict()

    def near_misses(self, problem: Problem) -> list[str]:
        """The reference transcript stopped one action short, and with its last action blank."""
        actions = json.loads(problem.answer)
        return [json.dumps(actions[:-1]), json.dumps([*actions[:-1], ""])]

    def random_answer(self, problem: Problem, rng: Any, other: Problem) -> str:
        """A transcript of random well-formed actions, played to the end of the episode."""
        run = _Run(self, problem.instance)
        while not run.done:
            run.act(self.random_action(problem.instance, run.state, rng))
        return json.dumps(run.actions)

    # ------------------------------------------------------------------ multi-turn API
    def start(self, problem: Problem | dict[str, Any]) -> InteractiveEpisode:
        """A fresh episode of ``problem`` (one of this environment's problems)."""
        return InteractiveEpisode(self, self._own_problem(problem))

    def replay(self, problem: Problem | dict[str, Any], turns: list[str]) -> InteractiveEpisode:
        """The episode that the model turns ``turns`` (full turn texts, with markers) produce."""
        episode = self.start(problem)
        for turn in turns:
            if episode.done:
                break
            episode.step(turn)
        return episode


class _Run:
    """The state machine of one episode over already-extracted action strings."""

    def __init__(self, env: InteractiveEnvironment, instance: dict[str, Any]) -> None:
        self.env = env
        self.instance = instance
        self.state = env.initial_state(instance)
        self.limit = env.turn_limit(instance)
        self.actions: list[str] = []
        self.solved = False
        self.over = False
        self.error: str | None = None

    @property
    def done(self) -> bool:
        return self.solved or self.over or len(self.actions) >= self.limit or self.error is not None

    def act(self, action: str, missing: str = "no action found in your turn") -> str:
        """Apply one action (a string, "" for a turn without one, ``missing`` saying why) and
        return the feedback."""
        env = self.env
        self.actions.append(action)
        if not action.strip():
            feedback = f"{missing[:1].upper()}{missing[1:]}; the turn is used up."
        elif len(action) > env.max_action_chars:
            feedback = (
                f"The action is {len(action)} characters long, but at most {env.max_action_chars} "
                "are allowed; the turn is used up."
            )
        else:
            try:
                parsed = env.parse_action(action.strip(), self.instance)
            except ParseError as exc:
                feedback = f"Malformed action: {exc}; the turn is used up."
            else:
                try:
                    outcome = env.apply(self.instance, self.state, parsed)
                except Exception as exc:  # a bug in the environment: end the episode, no reward
                    self.error = f"{INTERNAL_ERROR_PREFIX}: {type(exc).__name__}: {exc}"
                    return "The environment failed on this action; the episode ends."
                self.solved, self.over = bool(outcome.solved), bool(outcome.over)
                feedback = outcome.feedback
        left = self.limit - len(self.actions)
        if not self.solved and not self.over:
            feedback += (
                f" ({left} turn{'s' if left != 1 else ''} left.)" if left else " No turns left."
            )
        return feedback

    def reward(self) -> float:
        if self.error is not None:
            return 0.0
        if self.solved:
            return float(self.env.success_reward(self.instance, len(self.actions)))
        if self.done:
            return min(max(float(self.env.progress_score(self.instance, self.state)), 0.0), 0.99)
        return 0.0

    def verdict(self) -> Verdict:
        if self.error is not None:
            return Verdict(False, False, 0.0, self.error)
        if self.solved:
            reward = self.reward()
            return Verdict(True, True, reward, f"solved in {len(self.actions)} turn(s)")
        if self.over:
            return Verdict.wrong("the episode ended without solving the task", score=self.reward())
        return Verdict.wrong(
            f"not solved within {len(self.actions)} of {self.limit} turns", score=self.reward()
        )


class InteractiveEpisode(Episode):
    def __init__(self, env: InteractiveEnvironment, problem: Problem) -> None:
        self.env = env
        self.problem = problem
        self._run = _Run(env, problem.instance)
        self.observation = problem.prompt
        self.turn_limit = self._run.limit
        self.reward = 0.0

    @property
    def actions(self) -> list[str]:  # type: ignore[override]
        return list(self._run.actions)

    @property
    def done(self) -> bool:  # type: ignore[override]
        return self._run.done

    @property
    def solved(self) -> bool:
        return self._run.solved

    def step(self, turn: object) -> StepResult:
        if self.done:
            raise RlveError("the episode has ended; start a new one with env.start(problem)")
        action, why = _action_of(turn, self.problem.markers)
        if action is None:
            feedback = self._run.act("", missing=why)
        else:
            feedback = self._run.act(action)
        self.reward = self._run.reward()
        self.observation = feedback
        return StepResult(feedback, self.reward, self.done, self._info())

    def _info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "turns_used": self.turns_used,
            "turn_limit": self.turn_limit,
            "solved": self.solved,
        }
        if self.done:
            info["verdict"] = self._run.verdict().to_dict()
        return info

    def verdict(self) -> Verdict:
        """The episode's outcome as a verdict (the curriculum's unit of success)."""
        return self._run.verdict()


# ---------------------------------------------------------------------------------------------
# feedback mode for every single-turn environment


def _feedback_text(verdict: Verdict, left: int) -> str:
    """What the model sees after a wrong attempt: the verdict's reason and nothing more."""
    what = "Your answer is wrong" if verdict.format_ok else "Your answer could not be read"
    tail = (
        f"You have {left} attempt{'s' if left != 1 else ''} left." if left else "No attempts left."
    )
    return f"{what}: {verdict.reason}. {tail}"


class FeedbackEpisode(Episode):
    """A single-turn problem with retries: each wrong answer's verdict reason comes back as
    feedback, up to ``attempts`` answers in all. Success at attempt ``k`` (counted from 1) earns
    ``decay ** (k - 1)``; if every attempt fails, the reward is 0.
    """

    def __init__(
        self, env: Environment, problem: Problem, attempts: int = 3, decay: float = 0.5
    ) -> None:
        if getattr(env, "interactive", False):
            raise RlveError(f"{env.name} is already multi-turn; use env.start(problem)")
        if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
            raise RlveError(f"attempts must be an integer >= 1, got {attempts!r}")
        if not 0.0 <= float(decay) <= 1.0:
            raise RlveError(f"decay must be between 0 and 1, got {decay!r}")
        self.env = env
        self.problem = env._own_problem(problem)
        self.turn_limit = attempts
        self.decay = float(decay)
        self.observation = (
            self.problem.prompt
            + f"\nYou have {attempts} attempt{'s' if attempts != 1 else ''}: after a wrong "
            "answer you will be told why it is wrong and may answer again."
        )
        self.actions: list[str] = []
        self.verdicts: list[Verdict] = []
        self.reward = 0.0
        self.done = False

    @property
    def solved(self) -> bool:
        return bool(self.verdicts) and self.verdicts[-1].correct

    def step(self, turn: object) -> StepResult:
        if self.done:
            raise RlveError("the episode has ended; start a new one")
        text = turn[:MAX_TURN_CHARS] if isinstance(turn, str) else ""
        self.actions.append(text)
        verdict = self.env.verify(self.problem, text)
        self.verdicts.append(verdict)
        left = self.turn_limit - len(self.actions)
        if verdict.correct:
            self.reward = self.decay ** (len(self.actions) - 1)
            self.done = True
            feedback = "Correct."
        else:
            self.done = left == 0 or verdict.reason.startswith(INTERNAL_ERROR_PREFIX)
            feedback = _feedback_text(verdict, left)
        self.observation = feedback
        info = {"turns_used": len(self.actions), "turn_limit": self.turn_limit}
        if self.done:
            info["verdict"] = self.verdict().to_dict()
        return StepResult(feedback, self.reward, self.done, info)

    def verdict(self) -> Verdict:
        if not self.verdicts:
            return Verdict.bad_format("no attempt made")
        last = self.verdicts[-1]
        if last.correct:
            return Verdict(True, True, self.reward, f"correct at attempt {len(self.actions)}")
        return last


def feedback_episode(
    env: Environment, problem: Problem, attempts: int = 3, decay: float = 0.5
) -> Episode:
    """A multi-turn episode of any problem: natively interactive environments start their own
    episode; single-turn ones get retries with the verdict's reason as feedback."""
    if getattr(env, "interactive", False):
        return env.start(problem)  # type: ignore[attr-defined]
    return FeedbackEpisode(env, problem, attempts=attempts, decay=decay)
