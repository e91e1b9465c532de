"""The base class every environment fills in.

An environment is a handful of small, pure pieces, called in this order::

    schedule(d)                      -> sizes      (documented table in the module docstring)
    generate_instance(rng, sizes)    -> instance   (plain JSON-able data)
    solve(instance)                  -> typed reference answer
    format_answer(typed)             -> answer text
    render(instance)                 -> task text (the base class appends the answer-marker line)

and, to verify a response::

    parse(text, instance)            -> typed answer, or raise ParseError(reason)
    check(instance, answer, reference) -> Verdict

Defining a subclass registers it (see ``registry``); built-in environments live one per module
under ``envs/<category>/`` and are found through the generated index without being imported.
"""

from __future__ import annotations

import logging
import random
from typing import Any, ClassVar

from . import provenance
from .answers import DEFAULT_MAX_ANSWER_CHARS, ParseError, extract_answer, parse_int, parse_int_list
from .errors import InvalidDifficultyError, RlveError, check_difficulty, check_seed
from .problem import MARKERS, Problem, Verdict
from .rng import problem_rng

logger = logging.getLogger(__name__)

ANSWER_KINDS = (
    "single_int",
    "int_list",
    "grid",
    "string",
    "rational",
    "yes_no",
    "assignment",
    "construction_with_checker",
    "transcript",
    "other",
)

INTERNAL_ERROR_PREFIX = "internal verifier error"


class Environment:
    """Subclass this, fill in the pieces listed in the module docstring, and set the class fields.

    Class fields:
        name: the registered name (defaults to the class name); Gymnasium id ``rlve/<name>-v<version>``.
        category: defaults to the ``envs/<category>/`` folder the class lives in.
        version: bump it whenever what (difficulty, seed) produces changes.
        description: one line saying what the solver must output.
        answer_kind: one of ``ANSWER_KINDS``.
        multiple_valid_answers: True when any answer meeting the constraints is accepted; the
            checker then verifies against the instance, never against the reference string.
        answer_example: a tiny answer in the expected format, shown in the prompt.
        binary_outcome: True for tasks whose answer is inherently one of two values (yes/no,
            which player wins); they are exempt from the trivial-answer limit.
        trivial_answers: answer strings a model could guess blindly; generators keep them rare.
        max_difficulty: the highest level this environment generates (None: no limit). Set it
            only when larger levels cannot be generated in bounded time and memory, and say why
            in the module docstring; ``generate`` refuses higher levels and the curriculum never
            promotes past it.
        few_instances: True for tasks whose instance is essentially one small number, so a
            level holds only a handful of distinct problems. They are listed in the catalog,
            left out of the default training mix, and exempt from the distinct-prompt rule of
            the checker only (never from the blind-answer rules).
    """

    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    version: ClassVar[int] = 0
    description: ClassVar[str] = ""
    answer_kind: ClassVar[str] = "other"
    multiple_valid_answers: ClassVar[bool] = False
    answer_example: ClassVar[str] = "..."
    binary_outcome: ClassVar[bool] = False
    trivial_answers: ClassVar[frozenset[str]] = frozenset(
        {"", "0", "1", "-1", "[]", "none", "None"}
    )
    max_answer_chars: ClassVar[int] = DEFAULT_MAX_ANSWER_CHARS
    max_difficulty: ClassVar[int | None] = None
    few_instances: ClassVar[bool] = False
    catalog_name: ClassVar[str] = ""  # the working name in shared/catalog/environments.tsv

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        if "name" not in cls.__dict__:
            cls.name = cls.__name__
        if "category" not in cls.__dict__:
            parts = cls.__module__.split(".")
            cls.category = (
                parts[2] if parts[:2] == ["rlve_gym", "envs"] and len(parts) > 3 else "custom"
            )
        if cls.answer_kind not in ANSWER_KINDS:
            raise TypeError(
                f"{cls.__name__}.answer_kind must be one of {ANSWER_KINDS}, got {cls.answer_kind!r}"
            )
        from . import registry

        registry.register_class(cls)

    abstract: ClassVar[bool] = True

    # ------------------------------------------------------------------ pieces to fill in
    def schedule(self, difficulty: int) -> dict[str, int]:
        """Instance sizes for level ``difficulty``: a pure function, non-decreasing in every value."""
        raise NotImplementedError

    def generate_instance(self, rng: random.Random, sizes: dict[str, int]) -> dict[str, Any]:
        raise NotImplementedError

    def solve(self, instance: dict[str, Any]) -> Any:
        raise NotImplementedError

    def format_answer(self, answer: Any) -> str:
        if isinstance(answer, (list, tuple)):
            return " ".join(str(x) for x in answer)
        return str(answer)

    def render(self, instance: dict[str, Any]) -> str:
        raise NotImplementedError

    def parse(self, text: str, instance: dict[str, Any]) -> Any:
        """Typed answer from the answer text, or raise ``ParseError``. Default: by ``answer_kind``."""
        if self.answer_kind == "single_int":
            return parse_int(text)
        if self.answer_kind == "int_list":
            return parse_int_list(text)
        return text.strip()

    def check(self, instance: dict[str, Any], answer: Any, reference: Any) -> Verdict:
        """Default for tasks with one right answer: equality with the parsed reference."""
        if answer == reference:
            return Verdict.right()
        return Verdict.wrong("not the expected answer")

    def near_misses(self, problem: Problem) -> list[str]:
        """Answer texts close to the reference that must be judged wrong (used by the checker tests).

        The default covers single-answer integer and list tasks; environments with several valid
        answers must override it with answers that break a constraint or are suboptimal.
        """
        if self.multiple_valid_answers:
            raise NotImplementedError(
                f"{self.name} accepts several answers: override near_misses()"
            )
        ref = problem.answer
        tokens = ref.split()
        try:
            values = [int(t) for t in tokens]
        except ValueError:
            values = None
        if values is not None and values:
            bumped = values[:-1] + [values[-1] + 1]
            misses = [" ".join(map(str, bumped))]
            if len(values) > 1:
                misses.append(" ".join(map(str, values[:-1])))
            else:
                misses.append(str(values[0] - 1))
            return misses
        if ref:
            last = ref[-1]
            other = "a" if last != "a" else "b"
            return [ref[:-1] + other, ref + ref[-1]]
        return ["x"]

    def random_answer(self, problem: Problem, rng: random.Random, other: Problem) -> str | None:
        """A well-formed answer drawn without solving ``problem``: what a model that guesses gets.

        The checker requires random answers to earn (almost) nothing, so environments whose
        answers are feasible solutions (an order, a subset, an assignment) should override this
        with a random *feasible-looking* solution of the instance. ``other`` is another seed's
        problem of the same level. The default alternates between ``other``'s reference answer
        and, for integer lists, random values of the reference's length (a random order when
        the reference is an order of 0..k-1 or 1..k); the values come from a range twice as wide
        as the reference's and starting at 0 or below, so a short answer is not simply redrawn
        from its own few values.
        """
        if self.answer_kind != "int_list" or rng.random() < 0.5:
            return other.answer
        try:
            values = [int(t) for t in problem.answer.split()]
        except ValueError:
            return other.answer
        if not values:
            return other.answer
        if set(values) <= {0, 1}:  # a 0/1 assignment: a random one
            return " ".join(str(rng.randint(0, 1)) for _ in values)
        low, high = min(values), max(values)
        low, high = min(low, 0, 2 * low), max(2 * high + 1, len(values))
        if sorted(values) in (list(range(len(values))), list(range(1, len(values) + 1))):
            rng.shuffle(values)
            return " ".join(map(str, values))
        if len(set(values)) == len(values) and high - low + 1 >= len(values):
            return " ".join(map(str, rng.sample(range(low, high + 1), len(values))))
        return " ".join(str(rng.randint(low, high)) for _ in values)

    # ------------------------------------------------------------------ the public API
    def generate(self, difficulty: int = 0, seed: int = 0, markers: str = "answer") -> Problem:
        """The problem for (this environment, difficulty, seed): identical in every process."""
        difficulty = check_difficulty(difficulty)
        if self.max_difficulty is not None and difficulty > self.max_difficulty:
            raise InvalidDifficultyError(
                f"{self.name} generates difficulties 0..{self.max_difficulty}, got {difficulty} "
                f"(its docstring says why it stops there; use a level <= {self.max_difficulty})"
            )
        seed = check_seed(seed)
        if markers not in MARKERS:
            raise RlveError(f"markers must be one of {MARKERS}, got {markers!r}")
        rng = problem_rng(self.name, self.version, difficulty, seed)
        instance = self.generate_instance(rng, self.schedule(difficulty))
        answer = self.format_answer(self.solve(instance))
        prompt = self.render(instance).rstrip() + "\n\n" + self.marker_instruction(markers)
        problem = Problem(
            env_name=self.name,
            version=self.version,
            difficulty=difficulty,
            seed=seed,
            prompt=prompt,
            answer=answer,
            instance=instance,
            markers=markers,
        )
        provenance.remember(problem)
        return problem

    def marker_instruction(self, markers: str) -> str:
        example = self.answer_example
        if markers == "boxed":
            return f"Write your final answer as \\boxed{{...}}, for example \\boxed{{{example}}}."
        return f"Write your final answer between <answer> and </answer>, for example <answer>{example}</answer>."

    def verify(
        self, problem: Problem | dict[str, Any], response: str, markers: str | None = None
    ) -> Verdict:
        """Judge one response. Never raises for any response; every verdict has a reason.

        Raises ``RlveError`` for a bad *problem* (another environment's, edited, from another
        version; see ``rlve_gym.provenance``) or unknown ``markers``: those are the caller's bugs.
        """
        problem = self._own_problem(problem)
        markers = self._check_markers(markers)
        return self._verify(problem, response, markers, self._reference(problem))

    def verify_batch(
        self, problem: Problem | dict[str, Any], responses: list[str], markers: str | None = None
    ) -> list[Verdict]:
        """Judge all responses to one problem (a GRPO group), parsing the reference once."""
        if isinstance(responses, (str, bytes)) or not hasattr(responses, "__iter__"):
            raise RlveError(
                f"verify_batch takes a list of response strings, got {type(responses).__name__}; "
                "use verify() for a single response"
            )
        responses = list(responses)
        problem = self._own_problem(problem)
        markers = self._check_markers(markers)
        reference = self._reference(problem)
        return [self._verify(problem, r, markers, reference) for r in responses]

    # ------------------------------------------------------------------ internals
    def _own_problem(self, problem: Problem | dict[str, Any]) -> Problem:
        if isinstance(problem, dict):
            problem = Problem.from_dict(problem)
        if not isinstance(problem, Problem):
            raise RlveError(
                f"expected a Problem or its to_dict() form, got {type(problem).__name__}"
            )
        if problem.env_name != self.name:
            raise RlveError(
                f"this problem comes from {problem.env_name!r}; verify it with rlve_gym.make({problem.env_name!r})"
            )
        provenance.check_generated(self, problem)
        return problem

    @staticmethod
    def _check_markers(markers: object) -> str | None:
        if markers is not None and markers not in MARKERS:
            raise RlveError(
                f"markers must be one of {MARKERS} (or None for the problem's own), got {markers!r}"
            )
        return markers

    def _reference(self, problem: Problem) -> Any:
        try:
            return self.parse(problem.answer, problem.instance)
        except Exception as exc:  # the reference must parse; report, do not crash
            logger.error("%s: reference answer does not parse: %s", self.name, exc)
            return None

    def _verify(
        self, problem: Problem, response: str, markers: str | None, reference: Any
    ) -> Verdict:
        try:
            text, why = extract_answer(response, markers or problem.markers)
            if text is None:
                return Verdict.bad_format(why)
            if len(text) > self.max_answer_chars:
                return Verdict.bad_format(
                    f"answer is {len(text)} characters long, more than the {self.max_answer_chars} allowed"
                )
            try:
                answer = self.parse(text, problem.instance)
            except ParseError as exc:
                return Verdict.bad_format(f"answer does not parse: {exc}")
            return self.check(problem.instance, answer, reference)
        except Exception as exc:  # a verifier bug must not take down a training run
            logger.exception("%s: verifier raised", self.name)
            return Verdict(
                False, False, 0.0, f"{INTERNAL_ERROR_PREFIX}: {type(exc).__name__}: {exc}"
            )

    def __repr__(self) -> str:
        return f"<rlve_gym environment {self.name} v{self.version} ({self.category})>"
