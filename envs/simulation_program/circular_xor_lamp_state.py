"""CircularXorLampState: the state of one lamp after T steps of a circular XOR update.

N lamps stand in a circle, numbered 1..N clockwise, each ON or OFF. At every step all lamps
change at once: a lamp becomes ON exactly when it and the next lamp clockwise had different
states. The solver says whether lamp K is ON or OFF after T steps. Writing ON = 1, one step is
x_i <- x_i + x_{i+1} (mod 2), so after T steps x_K = sum over j of C(T, j) x_{K+j} (indices
mod N), and C(T, j) is odd exactly when the bits of j are a subset of the bits of T (Lucas): the
reference adds up the 2^popcount(T) lamps that count, the tests replay the steps one by one.

The answer is one of two words, so the generator first picks ON or OFF with equal chance and
then draws an instance with that answer (a lamp whose coefficient is odd is flipped when the
draw disagrees; an instance where every coefficient is even - N a power of two and T >= N makes
every lamp OFF - is redrawn). Scores are binary.

Difficulty schedule (N drawn from [min_lamps, max_lamps], T from [2, max_steps], K from 1..N):

    d            0    1    2    3  ...    10  ...    20  ...  d
    min_lamps    6    6    7    7  ...    11  ...    16  ...  6 + d // 2
    max_lamps    8    9   10   11  ...    18  ...    28  ...  8 + d
    max_steps   40   90  160  250  ...  1440  ...  4840  ...  10 (d + 2)^2

Level 0 can still be simulated by hand (T up to 40 on 6-8 lamps); the number of steps grows
quadratically, so soon only the binomial-parity view keeps the work small.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_choice

ANSWERS = ("ON", "OFF")
REDRAWS = 30


def lamp_coefficients(lamps: int, steps: int, lamp: int) -> list[int]:
    """Parity (0/1) with which each 0-based lamp's initial state enters lamp ``lamp`` (0-based)
    after ``steps`` steps: one per submask j of ``steps``, at lamp (lamp + j) mod N."""
    parity = [0] * lamps
    j = steps
    while True:
        parity[(lamp + j) % lamps] ^= 1
        if j == 0:
            break
        j = (j - 1) & steps
    return parity


def lamp_after(states: list[int], steps: int, lamp: int) -> int:
    """State (1 = ON) of 1-based ``lamp`` after ``steps`` steps."""
    parity = lamp_coefficients(len(states), steps, lamp - 1)
    return sum(p & s for p, s in zip(parity, states, strict=True)) % 2


class CircularXorLampState(Environment):
    description = "ON or OFF: one lamp's state after T steps where each lamp becomes the XOR of itself and its clockwise neighbour"
    answer_kind = "string"
    binary_outcome = True
    answer_example = "OFF"
    catalog_name = "LampChanging"

    def schedule(self, difficulty):
        return {
            "min_lamps": 6 + difficulty // 2,
            "max_lamps": 8 + difficulty,
            "max_steps": 10 * (difficulty + 2) ** 2,
        }

    def generate_instance(self, rng, sizes):
        wanted = rng.randint(0, 1)
        for _ in range(REDRAWS):
            n = rng.randint(sizes["min_lamps"], sizes["max_lamps"])
            steps = rng.randint(2, sizes["max_steps"])
            lamp = rng.randint(1, n)
            parity = lamp_coefficients(n, steps, lamp - 1)
            if any(parity):
                break
        else:  # fewer than N steps: each lamp enters at most once, lamp K itself always
            steps = n - 1
            parity = lamp_coefficients(n, steps, lamp - 1)
        on_share = rng.uniform(0.2, 0.8)
        states = [int(rng.random() < on_share) for _ in range(n)]
        if lamp_after(states, steps, lamp) != wanted:
            flip = rng.choice([i for i in range(n) if parity[i]])
            states[flip] ^= 1
        return {"states": states, "steps": steps, "lamp": lamp}

    def solve(self, instance):
        on = lamp_after(instance["states"], instance["steps"], instance["lamp"])
        return "ON" if on else "OFF"

    def render(self, instance):
        states = instance["states"]
        n = len(states)
        listing = " ".join(f"{i}:{'ON' if s else 'OFF'}" for i, s in enumerate(states, start=1))
        return (
            f"{n} lamps stand in a circle, numbered 1 to {n} clockwise; the next lamp clockwise "
            f"after lamp i is lamp i+1, and after lamp {n} comes lamp 1. Each lamp is ON or OFF.\n"
            "Time advances in steps, and at every step all lamps change at the same moment: a "
            "lamp becomes ON if it and the next lamp clockwise had different states just before "
            "the step, and OFF if they had the same state.\n"
            "For example, 3 lamps 1:ON 2:OFF 3:OFF become 1:ON 2:OFF 3:ON after one step.\n\n"
            f"At time 0 the lamps are (lamp:state): {listing}\n\n"
            f"Is lamp {instance['lamp']} ON or OFF after {instance['steps']} steps? "
            "Answer with the single word ON or OFF."
        )

    def parse(self, text, instance):
        return parse_choice(text, ANSWERS)

    def near_misses(self, problem):
        return ["OFF" if problem.answer == "ON" else "ON", problem.answer + " " + problem.answer]
