"""The check digit of the price or weight inside an in-store EAN-13 (GS1 General Specifications 7.9.2-7.9.4).

biip has the same function, but importing biip loads its GS1 prefix tables (about 22 MB and 0.1 s),
and every weight label from the scale needs this check. Keeping the ten-line algorithm here lets the
till load biip only for the rare GS1 element strings and UPC-E codes; tests pin it to biip's answer
for every 4- and 5-digit value.
"""

from __future__ import annotations

from typing import Final

_TWO_MINUS: Final = (0, 2, 4, 6, 8, 9, 1, 3, 5, 7)
_THREE: Final = (0, 3, 6, 9, 2, 5, 8, 1, 4, 7)
_FIVE_PLUS: Final = (0, 5, 1, 6, 2, 7, 3, 8, 4, 9)
_FIVE_MINUS: Final = (0, 5, 9, 4, 8, 3, 7, 2, 6, 1)
_FOUR_DIGIT: Final = (_TWO_MINUS, _TWO_MINUS, _THREE, _FIVE_MINUS)
_FIVE_DIGIT: Final = (_FIVE_PLUS, _TWO_MINUS, _FIVE_MINUS, _FIVE_PLUS, _TWO_MINUS)


def price_weight_check_digit(value: str) -> int:
    """The check digit of a 4- or 5-digit price or weight; ValueError for anything else."""
    if not (value.isascii() and value.isdigit()) or len(value) not in (4, 5):
        raise ValueError(f"expected 4 or 5 digits, got {value!r}")
    digits = [int(c) for c in value]
    if len(value) == 4:
        return (sum(w[d] for d, w in zip(digits, _FOUR_DIGIT, strict=True)) * 3) % 10
    result = (10 - sum(w[d] for d, w in zip(digits, _FIVE_DIGIT, strict=True)) % 10) % 10
    return _FIVE_MINUS.index(result)
