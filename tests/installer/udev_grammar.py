"""A syntax check of udev rules files: each rule's keys, attributes, operators and quoted values.

`udevadm verify` exists only from systemd 254 (Debian 12 has 252, and CI has no udev at all), so the
installer's rules are checked here against the grammar of udev(7) as systemd 252's rules parser
applies it: which keys exist, which take an `{attribute}`, which are match-only (`==`, `!=`) and which
are assignments (`=`, `+=`, `-=`, `:=`), values always in double quotes, tokens separated by commas,
and MODE an octal number. `problems(text)` returns one "line N: ..." per defect; empty means valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MATCH = frozenset({"==", "!="})
ASSIGN = frozenset({"=", "+=", "-=", ":="})


@dataclass(frozen=True)
class Key:
    """What udev accepts for one key."""

    ops: frozenset[str]
    attr: str  # "required", "optional" or "none"


def _key(ops: frozenset[str] | set[str], attr: str = "none") -> Key:
    return Key(frozenset(ops), attr)


KEYS: dict[str, Key] = {
    # match-only keys
    **{k: _key(MATCH) for k in ("ACTION", "DEVPATH", "KERNEL", "SUBSYSTEM", "DRIVER", "KERNELS")},
    **{k: _key(MATCH) for k in ("SUBSYSTEMS", "DRIVERS", "TAGS", "RESULT")},
    "ATTRS": _key(MATCH, "required"),
    "CONST": _key(MATCH, "required"),
    "TEST": _key(MATCH, "optional"),
    "PROGRAM": _key(MATCH | {"="}),
    # keys that match or assign
    "NAME": _key(MATCH | {"=", ":="}),
    "SYMLINK": _key(MATCH | ASSIGN),
    "TAG": _key(MATCH | ASSIGN),
    "ENV": _key(MATCH | {"=", "+=", ":="}, "required"),
    "ATTR": _key(MATCH | {"=", ":="}, "required"),
    "SYSCTL": _key(MATCH | {"=", ":="}, "required"),
    # assignment-only keys
    **{k: _key({"=", ":="}) for k in ("OWNER", "GROUP", "MODE")},
    "SECLABEL": _key({"=", ":=", "+="}, "required"),
    "OPTIONS": _key({"=", "+=", ":="}),
    "RUN": _key({"=", "+=", ":="}, "optional"),
    "IMPORT": _key({"=", "+=", ":="}, "optional"),
    "LABEL": _key({"="}),
    "GOTO": _key({"="}),
}

_TOKEN = re.compile(
    r"""\s*(?P<key>[A-Z_]+)(?:\{(?P<attr>[^}]*)\})?\s*(?P<op>==|!=|\+=|-=|:=|=)\s*"""
    r"""(?P<value>e?"(?:[^"\\]|\\.)*")\s*"""
)
_MODE = re.compile(r"^[0-7]{3,4}$")


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line number, rule text) with comments and blank lines dropped, `\\` continuations joined."""
    out: list[tuple[int, str]] = []
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        out.append((start, pending + line))
        pending = ""
    if pending:
        out.append((start, pending))
    return out


def rule_problems(rule: str) -> list[str]:
    """Defects of one rule (one logical line)."""
    found: list[str] = []
    pos = 0
    tokens = 0
    while pos < len(rule):
        match = _TOKEN.match(rule, pos)
        if match is None:
            found.append(f"cannot parse from column {pos + 1}: {rule[pos : pos + 30]!r}")
            break
        tokens += 1
        found.extend(_token_problems(match))
        pos = match.end()
        if pos < len(rule):
            if rule[pos] != ",":
                found.append(f"missing ',' after {match.group('key')}")
                break
            pos += 1
            if not rule[pos:].strip():
                found.append("trailing ','")
                break
    if not tokens and not found:
        found.append("empty rule")
    return found


def _token_problems(match: re.Match[str]) -> list[str]:
    key, attr, op, value = match.group("key", "attr", "op", "value")
    spec = KEYS.get(key)
    if spec is None:
        return [f"unknown key {key}"]
    found = []
    if attr is None and spec.attr == "required":
        found.append(f"{key} needs an attribute in braces, e.g. {key}{{name}}")
    if attr is not None and spec.attr == "none":
        found.append(f"{key} takes no attribute")
    if attr is not None and not attr.strip():
        found.append(f"{key} has an empty attribute")
    if op not in spec.ops:
        found.append(f"{key} does not take the operator {op} (only {' '.join(sorted(spec.ops))})")
    text = value.lstrip("e")[1:-1]
    if key == "MODE" and op in ASSIGN and not _MODE.match(text):
        found.append(f'MODE must be an octal number such as "0660", not {value}')
    if key in ("OWNER", "GROUP") and not text:
        found.append(f"{key} is empty")
    return found


def problems(text: str) -> list[str]:
    """Every defect of a rules file as "line N: ..."; empty when the file is valid."""
    return [f"line {number}: {p}" for number, rule in logical_lines(text) for p in rule_problems(rule)]
