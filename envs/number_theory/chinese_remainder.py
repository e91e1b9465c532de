"""ChineseRemainder: any non-negative solution of a solvable system of congruences.

The solver sees k congruences x = r_i (mod m_i) whose moduli need not be pairwise coprime (so the
textbook CRT formula does not apply directly; pairs that share a factor must agree on it). The
system is built from a hidden solution, so it is always solvable. Every x congruent to the
smallest solution modulo L = lcm(m_1, ..., m_k) is right; to keep answers bounded, the prompt
asks for one below a stated power of ten (a few digits more than L has, so there is real freedom).

Difficulty schedule (k congruences, moduli drawn from [2, max_modulus]):

    d              0   1   2   3   4   5   6  ...  10  ...  20  ...  d
    congruences    3   3   3   4   4   4   5  ...   6  ...   9  ...  3 + d // 3
    max_modulus   29  40  53  68  85 104 125  ... 229  ... 629  ...  8 + 4e + e^2, e = d + 3

Level 0 starts at three congruences with moduli up to 29: with two moduli up to 8 the answer
was one of a few dozen numbers and a fixed guess (or the format example) was right on one seed
in ten.

The moduli are redrawn (a bounded number of times, then two consecutive integers are used)
when one of them is a multiple of all the others, since then that congruence alone decides x;
the hidden solution is at least the largest modulus, so no residue shown is itself an answer.
More congruences make the combination longer; larger moduli make the arithmetic harder and the
answer longer (about k * log10(max_modulus) digits), which stays polynomial in d.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int
from rlve_gym.kernels.number_theory import crt

#: how many more digits than lcm(moduli) has the accepted range allows
EXTRA_DIGITS = 2
MAX_ATTEMPTS = 20


class ChineseRemainder(Environment):
    description = (
        "Any non-negative solution (below a stated bound) of a solvable system of congruences"
    )
    answer_kind = "single_int"
    multiple_valid_answers = True
    answer_example = "23"
    catalog_name = "CRT"

    def schedule(self, difficulty):
        shifted = difficulty + 3
        return {
            "congruences": 2 + shifted // 3,
            "max_modulus": 8 + 4 * shifted + shifted * shifted,
        }

    def generate_instance(self, rng, sizes):
        count, top = sizes["congruences"], sizes["max_modulus"]
        for _ in range(MAX_ATTEMPTS):
            moduli = rng.sample(range(2, top + 1), min(count, top - 1))
            lcm = crt([0] * len(moduli), moduli)[1]
            if lcm > max(moduli):
                break
        else:  # consecutive integers are coprime, so their lcm exceeds both
            moduli, lcm = [top - 1, top], (top - 1) * top
        # at least the largest modulus: copying a residue from the prompt is never right
        hidden = rng.randint(max(moduli), lcm - 1)
        residues = [hidden % m for m in moduli]
        return {"residues": residues, "moduli": moduli, "max_digits": len(str(lcm)) + EXTRA_DIGITS}

    def solve(self, instance):
        return crt(instance["residues"], instance["moduli"])[0]

    def render(self, instance):
        lines = "\n".join(
            f"x = {r} (mod {m})"
            for r, m in zip(instance["residues"], instance["moduli"], strict=True)
        )
        digits = instance["max_digits"]
        return (
            "Find a non-negative integer x that satisfies all of these congruences "
            "(x = r (mod m) means that x and r leave the same remainder when divided by m):\n"
            f"{lines}\n\n"
            "The moduli are not necessarily pairwise coprime, but the system has a solution. "
            f"Any x with 0 <= x < 10^{digits} (at most {digits} decimal digits) that satisfies every "
            "congruence is accepted. Answer with that single integer, e.g. 23."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=instance["max_digits"] + 1)

    def check(self, instance, answer, reference):
        if answer < 0:
            return Verdict.wrong("x must be non-negative")
        if answer >= 10 ** instance["max_digits"]:
            return Verdict.wrong(f"x must be below 10^{instance['max_digits']}")
        for r, m in zip(instance["residues"], instance["moduli"], strict=True):
            if (answer - r) % m:
                return Verdict.wrong(f"x does not satisfy x = {r} (mod {m})")
        return Verdict.right()

    def near_misses(self, problem):
        x, lcm = crt(problem.instance["residues"], problem.instance["moduli"])
        bound = 10 ** problem.instance["max_digits"]
        return [str(x + 1), str(x - lcm), str(x + bound // lcm * lcm + lcm)]
