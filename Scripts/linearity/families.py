"""Inputs that once took quadratic time, at any size (shared by check.py and the tests' figures).

Each family repeats one French pattern that used to make a stage rescan what it had
already seen: elision chains in the tokenizer, straight quotation marks without a
sentence end, a JSON dump saved as text, chains of reported speech and of `selon`.
"""

import json

UNITS = {
    # Consecutive elisions: one ICU word of thousands of apostrophes.
    "elisions": lambda i: "l'",
    # Straight double quotes in one endless sentence (no final punctuation).
    "straight-quotes": lambda i: f'il dit "oui {i}" puis ',
    # A JSON dump saved as .txt: straight quotes, colons and commas, no sentence end.
    "json-dump": lambda i: json.dumps({"id": f"d{i}", "text": "Le ministre a dit oui", "n": i}) + ", ",
    # Chains of reported speech: X a déclaré que Y a déclaré que …
    "declared-that": lambda i: f"Pierre Martin{i % 7} a déclaré que ",
    # Chains of source phrases: selon X, selon Y, …
    "according-to": lambda i: f"selon Pierre Martin{i % 7}, ",
}


def text(family: str, size: int) -> str:
    """About `size` bytes of the family's pattern (ending with a period)."""
    unit = UNITS[family]
    parts = []
    total = 0
    i = 0
    while total < size:
        part = unit(i)
        parts.append(part)
        total += len(part.encode())
        i += 1
    return "".join(parts) + "fin."
