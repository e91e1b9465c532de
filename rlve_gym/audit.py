"""Can an environment be gamed without solving it? Measure it, per difficulty level.

A model learns whatever earns reward. If one fixed answer is right on a tenth of the problems of
a level, or the prompt's own example is often the answer, or a random well-formed answer earns
partial credit, the model learns that instead of the task, and nothing in the training curves
says so. This module measures those shortcuts over many seeds of one level:

- the best *constant* answer: among the most common reference answers, the prompt's example,
  the usual trivial strings and a few other seeds' answers, each judged by the environment's own
  verifier (so several-valid-answer tasks are covered), the one right on the most seeds;
- the prompt's example answer on its own (a model copies it);
- *random well-formed* answers (``Environment.random_answer``): the mean score they earn;
- how many distinct prompts the seeds give (a level of a handful of problems is memorised).

``tests/contract.py`` enforces the limits below for every registered environment;
``rlve-gym audit NAME`` prints the same numbers for an author.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .environment import Environment

#: levels every environment is audited at, and seeds per level
AUDIT_DIFFICULTIES = (0, 1, 2, 3, 5, 10, 20)
AUDIT_SEEDS = 200
#: a fixed answer may be right on at most this share of a level's seeds
CONSTANT_LIMIT = 0.05
#: the prompt's example answer may be right on at most this share
EXAMPLE_LIMIT = 0.01
#: partial credit (score earned by answers that are not correct) of random well-formed answers
#: and of every constant answer, averaged over seeds; their full successes are bounded by the
#: constant limit above
BLIND_SCORE_LIMIT = 0.02
#: distinct prompts among AUDIT_SEEDS seeds (few-instance tasks are exempt from this one only)
DISTINCT_PROMPTS_MIN = 150
#: for tasks whose answer is one of two values, the majority answer's share stays in this band
BINARY_BAND = (0.40, 0.60)
#: other seeds' answers tried as constants, on top of the most common ones
OTHER_SEED_ANSWERS = 6
MOST_COMMON_ANSWERS = 5
RANDOM_ANSWERS_PER_SEED = 2


@dataclass
class LevelAudit:
    """What blind answering achieves on one level of one environment."""

    env: str
    difficulty: int
    seeds: int
    distinct_prompts: int
    distinct_answers: int
    best_constant: str
    best_constant_rate: float
    best_constant_score: float
    constant_partial: str
    constant_partial_score: float
    example_rate: float
    random_score: float
    random_rate: float
    random_partial_score: float
    problems: list = field(default_factory=list, repr=False)

    def violations(self, env: Environment) -> list[str]:
        """The contract's blind-answer rules this level breaks, each as a sentence."""
        out = []
        shown = self.best_constant[:40]
        scale = self.seeds
        if env.binary_outcome:
            low, high = BINARY_BAND
            if not low <= self.best_constant_rate <= high:
                out.append(
                    f"d={self.difficulty}: the answer {shown!r} is right on "
                    f"{self.best_constant_rate:.0%} of {scale} seeds; a two-valued answer must "
                    f"stay within {low:.0%}-{high:.0%}"
                )
        else:
            if self.best_constant_rate > CONSTANT_LIMIT:
                out.append(
                    f"d={self.difficulty}: the constant answer {shown!r} is right on "
                    f"{self.best_constant_rate:.1%} of {scale} seeds (limit {CONSTANT_LIMIT:.0%})"
                )
            if self.example_rate > EXAMPLE_LIMIT:
                out.append(
                    f"d={self.difficulty}: the prompt's example {env.answer_example!r} is right on "
                    f"{self.example_rate:.1%} of seeds (limit {EXAMPLE_LIMIT:.0%})"
                )
            if self.constant_partial_score > BLIND_SCORE_LIMIT:
                out.append(
                    f"d={self.difficulty}: the wrong constant answer {self.constant_partial[:40]!r} "
                    f"earns {self.constant_partial_score:.3f} partial credit on average "
                    f"(limit {BLIND_SCORE_LIMIT})"
                )
            if self.random_rate > CONSTANT_LIMIT:
                out.append(
                    f"d={self.difficulty}: random well-formed answers are right on "
                    f"{self.random_rate:.1%} of tries (limit {CONSTANT_LIMIT:.0%})"
                )
            if self.random_partial_score > BLIND_SCORE_LIMIT:
                out.append(
                    f"d={self.difficulty}: wrong random well-formed answers earn "
                    f"{self.random_partial_score:.3f} partial credit on average "
                    f"(limit {BLIND_SCORE_LIMIT})"
                )
        if not env.few_instances and self.distinct_prompts < DISTINCT_PROMPTS_MIN * scale / 200:
            out.append(
                f"d={self.difficulty}: only {self.distinct_prompts} distinct prompts over {scale} "
                f"seeds (at least {DISTINCT_PROMPTS_MIN} of 200 required)"
            )
        return out

    def to_dict(self) -> dict:
        out = asdict(self)
        out.pop("problems")
        return out


def _marked(problem, text: str) -> str:
    if problem.markers == "boxed":
        return f"\\boxed{{{text}}}"
    return f"<answer>{text}</answer>"


def audit_level(
    env: Environment,
    difficulty: int,
    seeds: int = AUDIT_SEEDS,
    keep_problems: bool = False,
    first_seed: int = 0,
) -> LevelAudit:
    """Generate ``seeds`` problems of one level (seeds ``first_seed`` on) and judge blind answers
    on all of them."""
    problems = [
        env.generate(difficulty=difficulty, seed=s) for s in range(first_seed, first_seed + seeds)
    ]
    answers = [p.answer for p in problems]
    counts = Counter(answers)
    candidates: list[str] = [a for a, _ in counts.most_common(MOST_COMMON_ANSWERS)]
    if not env.binary_outcome:
        candidates.append(env.answer_example)
        candidates.extend(sorted(env.trivial_answers))
        step = max(1, seeds // OTHER_SEED_ANSWERS)
        candidates.extend(answers[i] for i in range(0, seeds, step))
    candidates = list(dict.fromkeys(c for c in candidates if len(c) <= env.max_answer_chars))

    right = Counter()
    score = Counter()
    partial = Counter()
    rng = random.Random(f"audit:{env.name}:{difficulty}")
    random_total = random_right = random_partial = 0.0
    random_count = 0
    for index, problem in enumerate(problems):
        verdicts = env.verify_batch(problem, [_marked(problem, c) for c in candidates])
        for candidate, verdict in zip(candidates, verdicts, strict=True):
            right[candidate] += verdict.correct
            score[candidate] += verdict.score
            if not verdict.correct:
                partial[candidate] += verdict.score
        if env.binary_outcome:
            continue
        blind = []
        for _ in range(RANDOM_ANSWERS_PER_SEED):
            other = problems[(index + 1 + rng.randrange(max(1, seeds - 1))) % seeds]
            text = env.random_answer(problem, rng, other)
            if text is not None:
                blind.append(_marked(problem, text))
        for verdict in env.verify_batch(problem, blind):
            random_total += verdict.score
            random_right += verdict.correct
            if not verdict.correct:
                random_partial += verdict.score
            random_count += 1

    best = max(candidates, key=lambda c: (right[c], score[c])) if candidates else ""
    best_partial = max(candidates, key=lambda c: partial[c]) if candidates else ""
    example = env.answer_example
    return LevelAudit(
        env=env.name,
        difficulty=difficulty,
        seeds=seeds,
        # a multi-turn task may open every episode with the same text; its hidden instance differs
        distinct_prompts=len(
            {
                json.dumps(p.instance, sort_keys=True)
                if getattr(env, "interactive", False)
                else p.prompt
                for p in problems
            }
        ),
        distinct_answers=len(counts),
        best_constant=best,
        best_constant_rate=right[best] / seeds,
        best_constant_score=score[best] / seeds,
        constant_partial=best_partial,
        constant_partial_score=partial[best_partial] / seeds,
        example_rate=(right[example] / seeds) if example in right else 0.0,
        random_score=random_total / random_count if random_count else 0.0,
        random_rate=random_right / random_count if random_count else 0.0,
        random_partial_score=random_partial / random_count if random_count else 0.0,
        problems=problems if keep_problems else [],
    )


def audit_env(
    env: Environment,
    difficulties=AUDIT_DIFFICULTIES,
    seeds: int = AUDIT_SEEDS,
    first_seed: int = 0,
) -> list[LevelAudit]:
    """``audit_level`` at each difficulty the environment can reach."""
    top = env.max_difficulty
    return [
        audit_level(env, d, seeds, first_seed=first_seed)
        for d in difficulties
        if top is None or d <= top
    ]
