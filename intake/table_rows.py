"""A table row (HTML or Word) → the lines an advisor reads.

Forms put a label in one cell and the answer in the next: that row reads "Label: answer", and an
answer of several lines (an address, a list of children) keeps its lines, indented under the label
so that they stay with it. A row of a table with a header row, or of three or more cells, reads
"a | b | c" (a "Name | DOB" header over "Liam | 01/02/2015" is a record, not a label and its value).
"""

from __future__ import annotations

CONTINUATION = "    "


def _lines(cell: str) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()]


def row_lines(cells: list[str], records: bool = False) -> list[str]:
    """The lines of one row. `records`: the row belongs to a table with a header row."""
    filled = [c for c in cells if c.strip()]
    if len(filled) == 2 and not records and len(_lines(filled[0])) == 1:
        label = filled[0].strip().rstrip(":").rstrip()
        first, *rest = _lines(filled[1])
        return [f"{label}: {first}", *(CONTINUATION + line for line in rest)]
    if len(filled) >= 2:
        return [" | ".join(", ".join(_lines(c)) for c in filled)]
    return filled[0].splitlines() if filled else []   # a layout cell: its lines and blank lines
