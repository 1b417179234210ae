"""Size and range limits shared by the library, the command line and the web page.

One number each, so that the three front doors refuse the same inputs with the same words.
"""

from __future__ import annotations

MAX_TEXT_CHARS = 2_000_000  # characters of one article or one batch record's text
MAX_FILE_BYTES = 8 * 1024 * 1024  # one article file read by the command line
MAX_GLOSSARY_BYTES = 4 * 1024 * 1024  # one glossary file

BEAM_MIN = 1
BEAM_MAX = 32  # library and command line
DEFAULT_BEAM = 4

# The web page serves many visitors from one machine: tighter bounds per request.
WEB_BEAM_MAX = 8
WEB_MAX_CHARS = 20_000
WEB_MAX_UPLOAD_BYTES = 1024 * 1024
WEB_MAX_GLOSSARY_ENTRIES = 1000
WEB_MAX_GLOSSARY_BYTES = 256 * 1024  # bounds the work of reading one glossary on the page


def beam_problem(beam: int, maximum: int = BEAM_MAX) -> str | None:
    """Why ``beam`` is not a usable beam size (None when it is)."""
    if not BEAM_MIN <= beam <= maximum:
        return f"beam size {beam} is out of range; choose {BEAM_MIN} to {maximum} ({DEFAULT_BEAM} is the default)"
    return None
