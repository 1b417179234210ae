"""Coverage links: many-to-many, any order, evidence and score, abstaining; and their figures on the gold set."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from support.coverage_gold import STORIES, coverage_stories, evaluate_coverage, gold_facts, story_document

from translate.alignment import CoverageParams, align_coverage
from translate.alignment.coverage import decide
from translate.alignment.facts import fact_count
from translate.alignment.link_model import FEATURES, LinkModel, features, link_model

ENGLISH = [
    "Hungary's Prime Minister Viktor Orban called for a quick ceasefire to speed up peace talks with Russia.",
    "The United States announced new security aid for Ukraine worth $2.3 billion.",
    "The weather in Kyiv was warm.",
]
UKRAINIAN = [
    "США оголосили про нову допомогу у сфері безпеки для України на суму 2,3 млрд доларів.",
    "Орбан закликав до швидкого припинення вогню, щоб прискорити мирні переговори з Росією.",
    "Орбан прибув до Києва.",  # names alone: no link
]


def test_links_are_non_monotone_with_evidence_and_a_sentence_may_have_none() -> None:
    links = align_coverage(ENGLISH, UKRAINIAN, "en", "uk")
    assert [(link.source, link.target) for link in links] == [(1, 0), (0, 1)]
    aid, ceasefire = links
    assert aid.evidence.numbers == ("$2.3 billion",) and "US" in aid.evidence.places
    assert {"ceasefire", "talks", "peace"} <= set(ceasefire.evidence.terms)
    assert all(0 < link.score <= 1 for link in links)


def test_entity_ids_are_anchors_and_evidence() -> None:
    links = align_coverage(
        ENGLISH, UKRAINIAN, "en", "uk",
        source_entities=[{"E1", "E2"}, {"E3"}, {"E4"}], target_entities=[{"E3"}, {"E1"}, {"E1", "E4"}],
    )
    assert "E1" in links[-1].evidence.names


def _model_threshold(threshold: float) -> CoverageParams:
    return CoverageParams(model=replace(link_model(), threshold=threshold))


def test_a_high_threshold_abstains() -> None:
    assert align_coverage(ENGLISH, UKRAINIAN, "en", "uk", params=_model_threshold(1.0)) == ()


def test_names_alone_are_never_a_link_whatever_the_threshold() -> None:
    every = align_coverage(ENGLISH, UKRAINIAN, "en", "uk", params=_model_threshold(0.0))
    assert 2 not in {link.target for link in every}  # "Орбан прибув до Києва.": Orbán and Kyiv, no fact
    assert {(1, 0), (0, 1)} <= {(link.source, link.target) for link in every}


def test_one_sentence_may_report_two_english_sentences() -> None:
    english = ["Orban asked for a ceasefire before peace talks.", "The ceasefire would speed up the peace talks, Orban said."]
    target = ["Орбан попросив про припинення вогню, яке прискорить мирні переговори."]
    assert {link.source for link in align_coverage(english, target, "en", "uk")} == {0, 1}


def test_units_international_words_and_dates_are_shared_facts() -> None:
    english = ["The talks lasted three hours.", "Trump called the meeting extremely productive on Friday.", "Putin left."]
    russian = ["Встреча в пятницу была продуктивной, сказал Трамп.", "Переговоры длились несколько часов.", "Путин уехал."]
    links = align_coverage(english, russian, "en", "ru")
    assert [(link.source, link.target) for link in links] == [(1, 0), (0, 1)]
    productive, hours = links
    assert {"constructive", "Friday", "meeting"} <= set(productive.evidence.terms)  # a weekday in words, not its key
    # Hours on both sides but no amount in common ("three hours", "несколько часов"): the unit is shared, not a number.
    assert hours.evidence.numbers == () and hours.evidence.terms == ("amounts in hours", "duration", "talks")


# ---- the gold set (tests/data/coverage) -------------------------------------------------------------
# Measured when these floors were set (bench/eval_coverage.py), model-free, --ner none, English-only
# glossaries, the shipped link model (fitted on all 75 development stories): precision / recall uk 0.87/0.36,
# ru 0.83/0.37, hu 0.86/0.35; mention F1 en 0.99, uk 0.98, ru 0.97, hu 0.98. The honest figures
# (--loo: the model fitted on 74 stories, the 75th scored) are lower; see the bench.
LINK_FLOORS = {"uk": (0.85, 0.34), "ru": (0.81, 0.35), "hu": (0.84, 0.34)}
MENTION_FLOORS = {"en": 0.97, "uk": 0.96, "ru": 0.96, "hu": 0.96}
# Mention F1 of one story in each language, where its annotation differs from what a glossary of names can
# find: the Crimean bridge story's English writes its bodies in lower case ("investigative committee") and its
# annotator counts "Кримський міст" (Crimean bridge) as the Kerch Bridge, not as Crimea.
MENTION_FLOOR_OF_STORY = {
    "crimean-bridge-explosion-2022": 0.25,
    # Its annotator counts "Київської області" apart from Kyiv (the annexation story's counts the region as
    # its town): Hungarian 0.84 with the glossary.
    "bucha-massacre-2022": 0.8,
    # "Дугина" is Darya Dugina and the genitive of Alexander Dugin: without the first name next to it, the
    # surname goes to one of them (Russian 0.76).
    "dugina-car-bomb-2022": 0.7,
    # "atomerőmű" alone, the plant's name without the town, is counted by the tool and not by the annotator
    # (Hungarian 0.79).
    "zaporizhzhia-iaea-visit-2022": 0.75,
    # Its annotator counts ЦКЛ and ЦКБ, the acronyms of the hospital's Ukrainian and Russian names, as the
    # Central Clinical Hospital, and "Szovjetunió" inside the Soviet Communist Party's name as the Soviet
    # Union in one text and not in another (Ukrainian 0.85).
    "gorbachev-death-2022": 0.8,
}
# Share of right links of one story, where its annotation links nothing the anchors can tell apart: the
# English quotes Putin naming the four annexed regions, and every outlet's sentence on the signing lists
# the same four; the annotator links none of them to the quote (2 of 9 right with the shipped model).
# Peskov's quote runs over two English sentences ("have de facto ended today", "The grain deal has ceased"):
# the grain deal's annotator links the outlets' "de facto ended" sentences to the first only, the tool to the
# second, which shares "grain deal" (2 of 7 right).
LINK_FLOOR_OF_STORY = {"annexation-four-regions-2022": 0.2, "black-sea-grain-deal-collapse-2023": 0.25}


def test_coverage_figures_on_the_gold_stories() -> None:
    counts = evaluate_coverage(STORIES)
    for lang, (precision, recall) in LINK_FLOORS.items():
        assert counts[lang].precision >= precision, (lang, counts[lang])
        assert counts[lang].recall >= recall, (lang, counts[lang])
    for lang, floor in MENTION_FLOORS.items():
        assert counts[lang].mention_f1 >= floor, (lang, counts[lang])


@pytest.mark.parametrize("slug", STORIES)
def test_each_story_has_mentions_found_and_precise_links(slug: str) -> None:
    counts = evaluate_coverage((slug,))
    for lang in ("uk", "ru", "hu"):
        assert counts[lang].mention_f1 >= MENTION_FLOOR_OF_STORY.get(slug, 0.85), (lang, counts[lang])
    links = sum(counts[lang].predicted for lang in ("uk", "ru", "hu"))
    right = sum(counts[lang].correct for lang in ("uk", "ru", "hu"))
    # One story's precision ranges 0.33-1.0 on 2-24 links (docs/coverage.md): on three links one is a third.
    # Every story draws a right link; from five links on, at least two in five are right.
    assert right >= 1 and (links < 5 or right / links >= LINK_FLOOR_OF_STORY.get(slug, 0.4)), (slug, counts)


def test_the_bench_scores_the_links_compare_draws() -> None:
    story = coverage_stories(("trump-putin-alaska-summit-2025",))[0]
    document = story_document(story, relation="coverage")
    _story, _document, facts = gold_facts(story.slug)
    for text in story.texts:
        assert document.translations[text.key].coverage_links == decide(facts[text.key])


def test_more_shared_facts_make_a_link_more_likely() -> None:
    model = link_model()
    scores = [0.3, 0.1]
    one = model.probability(features(scores, 0, frozenset({"w:talks", "e:E1"}), frozenset()))
    two = model.probability(features(scores, 0, frozenset({"w:talks", "w:ceasefire", "e:E1"}), frozenset()))
    assert 0 < one < two < 1
    # The same pair (the same score and lead) as a report sentence's second candidate, or with one of its
    # facts the story's setting, is less likely.
    assert model.probability(features([0.5, 0.3, 0.1], 1, frozenset({"w:talks", "w:ceasefire", "e:E1"}), frozenset())) < two
    assert model.probability(features(scores, 0, frozenset({"w:talks", "w:ceasefire", "e:E1"}), frozenset({"w:talks"}))) < two
    # The same pair as the first sentence of both texts (two news leads tell the story's main fact) is more likely.
    assert model.probability(features(scores, 0, frozenset({"w:talks", "e:E1"}), frozenset(), leads=True)) > one


def test_a_report_that_leads_with_the_english_lead_fact_is_linked_more_surely() -> None:
    english = ["Russia and Ukraine agreed on Friday to exchange prisoners, officials said.",
               "The talks lasted two hours.", "Turkey hosted the meeting in Istanbul."]
    deal, place = "Россия и Украина договорились об обмене пленными.", "Переговоры прошли в Стамбуле."
    first = {(link.source, link.target): link.score for link in align_coverage(english, [deal, place], "en", "ru")}
    second = {(link.source, link.target): link.score for link in align_coverage(english, [place, deal], "en", "ru")}
    assert first[(0, 0)] > second.get((0, 1), 0.0)


def test_the_shipped_link_model_is_the_fit_of_the_development_stories() -> None:
    """Changing an anchor, a feature or the gold set without refitting (bench/eval_coverage.py --fit) fails here."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("eval_coverage", Path(__file__).resolve().parents[2] / "bench" / "eval_coverage.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_coverage", bench)  # its dataclass looks its module up there
    spec.loader.exec_module(bench)
    fitted, shipped = bench.fit(bench.link_rows(STORIES), ""), link_model()
    assert fitted.weights == pytest.approx(shipped.weights, abs=1e-4) and fitted.bias == pytest.approx(shipped.bias, abs=1e-4)
    assert fitted.threshold == pytest.approx(shipped.threshold, abs=1e-4)


def test_the_shipped_model_matches_this_version_s_features() -> None:
    model = link_model()
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURES)
    assert 0 < model.threshold < 1
    with pytest.raises(ValueError, match=r"refit it with: python bench/eval_coverage.py --fit$"):
        LinkModel.from_dict({**model.to_dict(), "features": list(FEATURES[:-1])})
    assert LinkModel.from_dict(model.to_dict()) == model


def test_a_term_both_quote_is_one_more_fact() -> None:
    assert fact_count(frozenset({"w:deal", "Q:deal", "q"})) == 2
    english = ["The leaders met in Alaska.", "\u201cThere\u2019s no deal until there\u2019s a deal,\u201d he said.", "Trump flew home."]
    links = align_coverage(english, ["\u00ab\u041d\u0435\u0442 \u0441\u0434\u0435\u043b\u043a\u0438, \u043f\u043e\u043a\u0430 \u043d\u0435\u0442 \u0441\u0434\u0435\u043b\u043a\u0438\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d."], "en", "ru")
    assert [(link.source, link.target) for link in links] == [(1, 0)]
    assert links[0].evidence.quote and links[0].evidence.terms == ("deal",)


def test_model_mode_links_what_the_anchors_cannot_and_keeps_their_links() -> None:
    import pytest

    from translate.alignment import align_coverage

    source = [
        "Donald Trump met Vladimir Putin in Budapest on Thursday.",
        "The negotiations ended without any agreement on a ceasefire.",
        "Ukrainian officials expressed disappointment with the outcome.",
    ]
    target = ["Трамп встретился с Путиным в Будапеште в четверг.", "Стороны разошлись, так ничего и не решив.", "Погода была хорошей."]
    back = ["Trump met Putin in Budapest on Thursday.", "The negotiations ended with no agreement about a ceasefire.", "The weather was good."]
    free = align_coverage(source, target, "en", "ru")
    model = align_coverage(source, target, "en", "ru", back=back)
    assert [(link.source, link.target) for link in free] == [(0, 0)] and free[0].evidence.similarity is None
    assert [(link.source, link.target) for link in model] == [(0, 0), (1, 1)]  # the weather report stays alone
    assert model[0].score == free[0].score and model[0].evidence.names == free[0].evidence.names
    assert model[1].evidence.similarity == model[1].score and model[1].score > 0.4
    with pytest.raises(ValueError, match=r"^2 back-translations for 3 sentences; give one per sentence$"):
        align_coverage(source, target, "en", "ru", back=back[:2])


def test_an_anchor_in_most_english_sentences_is_the_setting_not_a_fact() -> None:
    english = ["The flood hit the town on Monday.", "Flood waters rose overnight.", "The flood cut power to homes.",
               "The flood forced an evacuation."]
    report = ["Повінь тривала."]  # the flood, nothing else
    every = _model_threshold(0.0)
    counted = align_coverage(english, report, "en", "uk", params=replace(every, background=1.0))
    setting = align_coverage(english, report, "en", "uk", params=replace(every, background=0.5))
    assert len(counted) == 4  # the flood is a fact of each English sentence
    assert setting == ()  # the flood is in every English sentence: the story's setting, no fact of one


def test_links_do_not_depend_on_the_order_of_a_set() -> None:
    # Scores were sums over a set of anchors: their last bits, and a link at the threshold, moved with the
    # hash seed of the process (the Moskva story's Meduza text had two links or three).
    script = (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from support.coverage_gold import gold_facts\n"
        "from translate.alignment.coverage import candidates, decide\n"
        "story, _d, facts = gold_facts('moskva-cruiser-sinking-2022')\n"
        "for key, f in sorted(facts.items()):\n"
        "    print(key, [(l.source, l.target, l.score.hex()) for l in decide(f)])\n"
        "    print([[c.score.hex() for c in ranked] for ranked in candidates(f)])\n"
    )
    root = Path(__file__).resolve().parents[2]
    runs = [
        subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}).stdout
        for seed in ("0", "1", "2")
    ]
    assert runs[0] and runs[0] == runs[1] == runs[2]


def test_a_headline_left_before_the_lead_does_not_cost_the_leads_link() -> None:
    from translate.alignment.coverage import decide
    from translate.alignment.facts import pair_facts
    from translate.compare import entity_ids

    story, document, facts = gold_facts("orban-kyiv-visit-2024")
    source = [s.text for s in document.sentences]
    leads = [text for text in story.texts if (0, 0) in {(link.source, link.target) for link in decide(facts[text.key])}]
    assert leads
    for text in leads:
        headed = pair_facts(source, ["Новини дня", *text.lines], "en", text.lang, source_entities=entity_ids(document, "en", len(source)),
                            target_entities=[set(), *entity_ids(document, text.key, len(text.lines))])
        assert (0, 1) in {(link.source, link.target) for link in decide(headed)}, text.key
