"""NumberSearchWithOneLie: find a hidden integer in [1, N] with yes/no questions about sets of
numbers, when at most one answer may be a lie (Ulam's searching game).

Each turn the model either asks whether the number lies in a set it writes as ranges ("ask 1-40
57 90-99" reveals yes or no), or gives its one final answer ("answer 73"): right solves the
episode (reward 1), wrong ends it (reward 0). Exactly one of the answers to the model's
questions may be false: the instance fixes which question (counted among the well-formed ones)
gets the false answer, or none, and the model is not told.

Turn limit: q(N) questions and the answer. q(N) is the least number of questions that always
suffices against one lie: Pelc (1987) proved it is the least q with N (q + 1) <= 2^q for even N,
and N (q + 1) + (q - 1) <= 2^q for odd N (Berlekamp's volume bound, with a correction). The
scripted policy keeps the numbers that contradict no answer (A) and those that contradict one
(B); a question holds a of A and b of B, chosen to balance the volumes |A| (r + 1) + |B| of the
two outcomes (r = questions left), and among the small states (at most 16 numbers left) it takes
an exactly optimal split, found by search. ``turn_limit`` is the exact worst case of this policy
over every way the answers can go (a search over (|A|, |B|) states), one more turn for the
answer; the tests check that it equals Pelc's q(N) + 1 for every N up to 600 and at every level
up to 100 (and it does for every N up to 2,000).

Difficulty schedule:

    d          0     1     2     3     5     10      20  ...  d
    N        200   250   400   650  1450   5200   20200  ...  200 + 50 d^2
    turns     13    13    14    15    16     18      20  ...  q(N) + 1

The range grows quadratically, so the limit grows like log2 N + log2 log2 N; already at d = 0 a
blind final answer is right one time in 200, and binary search that trusts every answer fails
whenever the lie falls on one of its questions.
"""

from __future__ import annotations

from functools import cache

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._plans import next_planned_action
from rlve_gym.interactive import InteractiveEnvironment, Outcome

#: states with at most this many numbers left are split by an exact search
EXACT_STATE_SIZE = 16
MAX_RANGES = 200


def volume(clean: int, lied: int, questions: int) -> int:
    """Berlekamp's volume of a state: each clean number can still absorb the lie at any of the
    remaining questions or nowhere; each number already charged with the lie, only nowhere."""
    return clean * (questions + 1) + lied


def volume_bound(clean: int, lied: int) -> int:
    """The fewest questions the volume bound allows: the least q with volume <= 2^q."""
    q = max(0, (clean + lied).bit_length() - 1)  # 2^q >= clean + lied is needed anyway
    q = max(q, volume(clean, lied, q).bit_length() - 1)  # volume grows with q: still a bound
    while volume(clean, lied, q) > 1 << q:
        q += 1
    return q


def _outcomes(clean: int, lied: int, clean_in: int, lied_in: int):
    """(clean, lied) after a yes and after a no to a question holding ``clean_in`` clean and
    ``lied_in`` lied numbers."""
    yes = (clean_in, lied_in + clean - clean_in)
    no = (clean - clean_in, lied - lied_in + clean_in)
    return yes, no


@cache
def fewest_questions(clean: int, lied: int) -> int:
    """The exact minimax number of questions from a (clean, lied) state (small states only)."""
    if clean + lied <= 1:
        return 0
    q = max(volume_bound(clean, lied), 1)
    while True:
        half, total = 2 ** (q - 1), volume(clean, lied, q)
        for clean_in in range(clean + 1):
            low = max(0, total - half - clean - clean_in * (q - 1))
            high = min(lied, half - clean - clean_in * (q - 1))
            for lied_in in range(low, high + 1):
                outcomes = _outcomes(clean, lied, clean_in, lied_in)
                if (clean, lied) in outcomes:
                    continue
                if all(c + li == 0 or fewest_questions(c, li) <= q - 1 for c, li in outcomes):
                    return q
        q += 1


@cache
def _needed(clean: int, lied: int) -> int:
    if clean + lied <= 1:
        return 0
    if clean + lied <= EXACT_STATE_SIZE:
        return fewest_questions(clean, lied)
    return volume_bound(clean, lied)


@cache
def best_split(clean: int, lied: int) -> tuple[int, int]:
    """How many clean and lied numbers the policy's next question holds: the outcomes' worst
    need (exact for small states, the volume bound otherwise), then their worst volume, as small
    as possible; ties go to fewer clean, then fewer lied numbers."""
    q = max(volume_bound(clean, lied), 1)
    target = volume(clean, lied, q) // 2
    if clean + lied <= EXACT_STATE_SIZE:
        pairs = [(c, li) for c in range(clean + 1) for li in range(lied + 1)]
    else:
        centre = (target - clean) // (q - 1) if q > 1 else 0
        pairs = []
        for c in sorted({0, clean, *(min(clean, max(0, centre + k)) for k in range(-1, 2))}):
            li = min(lied, max(0, target - clean - c * (q - 1)))
            pairs += [(c, x) for x in sorted({li, min(lied, li + 1), max(0, li - 1)})]
    best = None
    for c, li in pairs:
        outcomes = _outcomes(clean, lied, c, li)
        if (clean, lied) in outcomes:
            continue
        key = (
            max(_needed(*o) for o in outcomes),
            max(volume(*o, q - 1) for o in outcomes),
            c,
            li,
        )
        if best is None or key < best:
            best = key
    return best[2], best[3]


@cache
def _worst_questions(clean: int, lied: int) -> int:
    if clean + lied <= 1:
        return 0
    outcomes = _outcomes(clean, lied, *best_split(clean, lied))
    return 1 + max(_worst_questions(*o) for o in outcomes if sum(o) >= 1)


def turn_limit(n: int) -> int:
    """The policy's most questions over every answer sequence with at most one lie, plus the
    answer."""
    return _worst_questions(n, 0) + 1


# ---- sets of numbers as sorted lists of disjoint [low, high] ranges


def _size(ranges: list[list[int]]) -> int:
    return sum(high - low + 1 for low, high in ranges)


def _take(ranges: list[list[int]], count: int) -> list[list[int]]:
    """The ``count`` smallest numbers."""
    out = []
    for low, high in ranges:
        if count <= 0:
            break
        out.append([low, min(high, low + count - 1)])
        count -= high - low + 1
    return out


def _drop(ranges: list[list[int]], count: int) -> list[list[int]]:
    """All but the ``count`` smallest numbers."""
    out = []
    for low, high in ranges:
        if count >= high - low + 1:
            count -= high - low + 1
            continue
        out.append([low + max(count, 0), high])
        count = 0
    return out


def _union(*parts: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for low, high in sorted(r for part in parts for r in part):
        if out and low <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], high)
        else:
            out.append([low, high])
    return out


def _ranges_text(ranges: list[list[int]]) -> str:
    return " ".join(f"{low}" if low == high else f"{low}-{high}" for low, high in ranges)


def _plan(n: int):
    """The scripted policy as a generator: yields actions, receives True (yes) / False (no)."""
    clean, lied = [[1, n]], []
    while _size(clean) + _size(lied) > 1:
        clean_in, lied_in = best_split(_size(clean), _size(lied))
        asked = _union(_take(clean, clean_in), _take(lied, lied_in))
        if (yield "ask " + _ranges_text(asked)):
            clean, lied = (
                _take(clean, clean_in),
                _union(_take(lied, lied_in), _drop(clean, clean_in)),
            )
        else:
            clean, lied = (
                _drop(clean, clean_in),
                _union(_drop(lied, lied_in), _take(clean, clean_in)),
            )
    only = (clean or lied or [[1, 1]])[0][0]
    while True:
        yield f"answer {only}"


class NumberSearchWithOneLie(InteractiveEnvironment):
    description = "Find a hidden integer in [1, N] with yes/no set questions when one answer may be a lie, within Pelc's optimal number of questions"
    action_example = "ask 1-10 15"
    max_answer_chars = 400_000
    max_action_chars = 3_000

    def schedule(self, difficulty):
        return {"range": 200 + 50 * difficulty**2}

    def generate_instance(self, rng, sizes):
        n = sizes["range"]
        limit = turn_limit(n)
        return {
            "range": n,
            "hidden": rng.randint(1, n),
            "lie_at": rng.randint(0, limit - 1),  # 0: no lie; k: the k-th question's answer
            "turn_limit": limit,
        }

    def render(self, instance):
        n, limit = instance["range"], instance["turn_limit"]
        return (
            f"I am thinking of an integer from 1 to {n}. Find it. At most one of my answers in "
            "this game is a lie (maybe none), and I do not say which.\n"
            "Each turn, either ask whether my number is in a set of numbers, written as ranges "
            "and single numbers separated by spaces (for example: ask 1-10 15 30-32 asks whether "
            "it is one of 1 to 10, 15, or 30 to 32), and I answer yes or no; or give your final "
            f"answer by writing: answer X. The first answer ends the game: you win if X is my "
            f"number. You have at most {limit} turns in all."
        )

    def parse_action(self, text, instance):
        words = text.replace(",", " ").split()
        verb = words[0].lower() if words else ""
        if verb == "answer":
            if len(words) != 2 or not words[1].isdigit() or len(words[1]) > 12:
                raise ParseError("write: answer X, with X a whole number")
            return "answer", int(words[1])
        if verb != "ask":
            raise ParseError("write: ask followed by ranges such as 1-10 15, or answer X")
        if len(words) == 1:
            raise ParseError("ask needs at least one number or range")
        if len(words) > MAX_RANGES + 1:
            raise ParseError(f"at most {MAX_RANGES} ranges in one question")
        ranges = []
        for word in words[1:]:
            low, dash, high = word.partition("-")
            high = high if dash else low
            if not (low.isdigit() and high.isdigit()) or max(len(low), len(high)) > 12:
                raise ParseError(f"{word[:20]!r} is not a number or a range like 3-17")
            ranges.append((int(low), int(high)))
        return "ask", ranges

    def initial_state(self, instance):
        return {"history": [], "questions": 0}

    def apply(self, instance, state, action):
        verb, value = action
        n = instance["range"]
        if verb == "answer":
            if value == instance["hidden"]:
                return Outcome(f"{value} is my number. Solved.", solved=True)
            return Outcome(f"{value} is not my number. The game is over.", over=True)
        for low, high in value:
            if not 1 <= low <= high <= n:
                shown = f"{low}-{high}" if low != high else f"{low}"
                return Outcome(
                    f"{shown} is not a range within 1..{n} (low <= high); the question is not "
                    "answered."
                )
        state["questions"] += 1
        truth = any(low <= instance["hidden"] <= high for low, high in value)
        reply = truth != (state["questions"] == instance["lie_at"])
        canonical = "ask " + _ranges_text(_union([list(r) for r in value]))
        state["history"].append((canonical, reply))
        return Outcome("yes." if reply else "no.")

    def policy(self, instance, state, actions):
        return next_planned_action(state, lambda: _plan(instance["range"]), state["history"])

    def random_action(self, instance, state, rng):
        n = instance["range"]
        if rng.random() < 0.15:
            return f"answer {rng.randint(1, n)}"
        low = rng.randint(1, n)
        return f"ask {low}-{rng.randint(low, n)}"
