"""PolyaUrnEventProbability: the chance that a Polya urn shows given colours at given steps.

An urn holds balls of T colours with given starting counts. At every step one ball is drawn
uniformly at random, put back, and D more balls of its colour are added. The solver is told a
few (step, colour) events, at steps that need not be consecutive, and gives the probability that
all of them happen, as a fraction p/q in lowest terms.

Solver. The draws of a Polya urn are exchangeable: the probability of any particular sequence of
colours depends only on how many balls of each colour it contains, not on their order. So the
steps that carry no event can be summed out, and the events can be moved to steps 1, 2, ..., E:
the answer is the product, over the events in order, of (balls of the event's colour so far) /
(all balls so far), each factor adding D to both counts. O(E) exact fraction operations. The tests
check this against summing over every colour sequence up to the last event step.

Instances: the events sit at distinct steps chosen among the first `horizon` steps, so some
steps between them carry no event (a gap that only exchangeability bridges cheaply), and there
are at least two events.

Difficulty schedule (every count drawn from [1, max_count]; D from [1, max_added]; the number of
events uniform in [2, max_events]):

    d             0   1   2   3   4  ...  10  ...  20  ...  d
    colours       2   2   3   3   3  ...   5  ...   8  ...  2 + (d + 1) // 3
    max_count     5   6   7   8   9  ...  15  ...  25  ...  5 + d
    max_added     3   3   4   4   5  ...   8  ...  13  ...  3 + d // 2
    max_events    3   3   4   4   5  ...   8  ...  13  ...  3 + d // 2
    horizon       6   7   8   9  10  ...  16  ...  26  ...  6 + d

Level 0 has two colours and up to three events within six steps: an exhaustive sum is already
tedious, the product is short. More colours, events and steps make both the fractions and the
temptation to sum over the free steps grow.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym import Environment
from rlve_gym.answers import parse_fraction


def event_probability(counts: list[int], added: int, events: list[list[int]]) -> Fraction:
    """P(every (step, colour) event happens); colours are 1-based, events sorted by step."""
    balls = list(counts)
    total = sum(balls)
    probability = Fraction(1)
    for _, colour in events:
        probability *= Fraction(balls[colour - 1], total)
        balls[colour - 1] += added
        total += added
    return probability


class PolyaUrnEventProbability(Environment):
    description = (
        "Probability that a Polya urn (draw, return, add D of the same colour) draws given "
        "colours at given steps, as a reduced fraction"
    )
    answer_kind = "rational"
    answer_example = "1000003/1000004"
    catalog_name = "PolyaModel"

    def schedule(self, difficulty):
        return {
            "colours": 2 + (difficulty + 1) // 3,
            "max_count": 5 + difficulty,
            "max_added": 3 + difficulty // 2,
            "max_events": 3 + difficulty // 2,
            "horizon": 6 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        colours = sizes["colours"]
        counts = [rng.randint(1, sizes["max_count"]) for _ in range(colours)]
        added = rng.randint(1, sizes["max_added"])
        horizon = sizes["horizon"]
        how_many = rng.randint(2, min(sizes["max_events"], horizon - 1))
        steps = sorted(rng.sample(range(1, horizon + 1), how_many))
        events = [[step, rng.randint(1, colours)] for step in steps]
        return {"counts": counts, "added": added, "events": events}

    def solve(self, instance):
        return event_probability(instance["counts"], instance["added"], instance["events"])

    def format_answer(self, answer):
        return f"{answer.numerator}/{answer.denominator}"

    def render(self, instance):
        counts, added, events = instance["counts"], instance["added"], instance["events"]
        start = ", ".join(f"{n} of colour {c}" for c, n in enumerate(counts, start=1))
        listed = "\n".join(f"- at step {step} the drawn ball has colour {c}" for step, c in events)
        return (
            f"An urn holds balls of {len(counts)} colours, numbered 1 to {len(counts)}. At the "
            f"start it holds {start}.\n"
            "The urn is used step after step (steps 1, 2, 3, ...). At each step one ball is drawn "
            "uniformly at random from all balls in the urn; it is put back, and "
            f"{added} more ball{'s' if added > 1 else ''} of the same colour "
            f"{'are' if added > 1 else 'is'} added to the urn.\n"
            "Consider these events (nothing is required at the other steps):\n"
            f"{listed}\n"
            "For example, starting from 1 ball of colour 1 and 1 of colour 2 and adding 1 ball "
            "per step, the probability that the balls drawn at steps 1 and 2 both have colour 1 "
            "is 1/2 * 2/3 = 1/3.\n"
            "What is the probability that all of the events above happen? Answer with a fraction "
            "p/q in lowest terms (q > 0)."
        )

    def parse(self, text, instance):
        digits = 6 * len(instance["events"]) + 4
        return parse_fraction(text, max_digits=digits)

    def near_misses(self, problem):
        inst = problem.instance
        counts, added, events = inst["counts"], inst["added"], inst["events"]
        answer = event_probability(counts, added, events)
        misses = {
            self.format_answer(event_probability(counts, 0, events)),  # draws with replacement
            self.format_answer(event_probability(counts, added + 1, events)),
            self.format_answer(event_probability(counts, added, events[:-1])),
        }
        misses.discard(self.format_answer(answer))
        return sorted(misses)
