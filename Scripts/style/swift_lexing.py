"""Splits a line of Swift into code, string literals and comments, for the style checks
(check_layout.py reads the code, count_literals.py the string literals). Standard library only."""


def pieces(line, state):
    """Yields ("code", character) and ("string", contents) for `line`, skipping comments;
    `state["block"]` carries a block comment left open from one line to the next."""
    i, n = 0, len(line)
    while i < n:
        if state["block"]:
            end = line.find("*/", i)
            if end < 0:
                return
            state["block"], i = False, end + 2
        elif line.startswith("/*", i):
            state["block"], i = True, i + 2
        elif line.startswith("//", i):
            return
        elif line[i] == '"':
            end = i + 1
            while end < n and line[end] != '"':
                end += 2 if line[end] == "\\" else 1
            yield "string", line[i + 1 : end]
            i = end + 1
        else:
            yield "code", line[i]
            i += 1
