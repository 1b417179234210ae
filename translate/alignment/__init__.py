"""Sentence alignment of a document and its translation, and vecalign-style scoring.

* :mod:`.anchors`: numbers, places, names and punctuation per sentence;
* :mod:`.costs`: the cost of a bead (lengths, priors, anchors, model overlap);
* :mod:`.search`: :func:`align`, the monotone dynamic programme, and :func:`check_links`;
* :mod:`.scoring`: :func:`score` and :func:`score_many`, as vecalign's ``score.py``;
* :mod:`.relation`: translation or independent coverage? (:func:`classify_relation`);
* :mod:`.coverage`: :func:`align_coverage`, many-to-many links to an independent report, with evidence;
* :mod:`.similarity`: :func:`similarities`, the model mode of coverage (English sentence against the
  back-translation of a report sentence);
* :mod:`.lexicon`: general news terms in the four languages, anchors for coverage;
* :mod:`.cldr_terms`: months, weekdays and languages by their CLDR names, anchors for coverage;
* :mod:`.cognates`: international words across scripts (productive, продуктивна), anchors for coverage;
* :mod:`.quotes`: quoted passages of a sentence and of a text whose quotations run across sentences;
* :mod:`.report`: :func:`coverage_report`, what each coverage text reports and how it differs.

Costs add up per bead:

* a prior per bead type (Gale and Church's, so drops and 2-2 need evidence);
* a length cost: Gale and Church's normal model of the character-length ratio, with the
  expected ratio taken from the document itself, shrunk towards a per-language-pair prior;
* lexical anchors: numbers (``1,000`` = ``1 000`` = ``1.000`` = ``1000``; ``3.5`` = ``3,5``),
  names compared through :mod:`translate.text.transliteration`, CLDR territory names
  (Ukraine/Україна/Украина/Ukrajna) and a few city names, and question marks, exclamation
  marks, quotes and parentheses; shared anchors lower a bead's cost, unshared raise it;
* in "model" mode, when a ``translate`` callable is given, the character n-gram overlap
  (Dice, chrF-like) of the machine-translated source with the target, as Bleualign does.
"""

from ..text.numbers import numbers
from .coverage import COVERAGE_PARAMS, CoverageParams, align_coverage
from .link_model import link_model_id
from .relation import classify_relation, relation_evidence
from .report import coverage_report
from .scoring import AlignmentScore, score, score_many
from .search import BEAD_TYPES, MODE_LENGTHS, MODE_MODEL, Alignment, align, check_links
from .similarity import similarities

# The alignment mode recorded for a coverage text (its links are coverage links, not beads): anchors
# only, or anchors and the similarity of back-translations (model mode).
MODE_COVERAGE = "coverage"
MODE_COVERAGE_MODEL = "coverage+model"

__all__ = [
    "Alignment",
    "AlignmentScore",
    "MODE_LENGTHS",
    "MODE_MODEL",
    "BEAD_TYPES",
    "align",
    "score",
    "score_many",
    "check_links",
    "numbers",
    "COVERAGE_PARAMS",
    "MODE_COVERAGE",
    "MODE_COVERAGE_MODEL",
    "CoverageParams",
    "align_coverage",
    "classify_relation",
    "coverage_report",
    "link_model_id",
    "relation_evidence",
    "similarities",
]
