"""Plain-text views: full texts, the terminal side-by-side view, the flag summary."""

from __future__ import annotations

from support.documents import fixed_document

from translate.render.text import flag_summary, to_side_by_side, to_text


def test_text_export_names_variant_keys() -> None:
    text = to_text(fixed_document())
    assert "=== Ukrainian (uk-mt) · tiny/en-zle ===" in text
    assert "=== Ukrainian (uk) · provided ===" in text


def test_side_by_side_has_a_block_per_row_with_flags() -> None:
    blocks = to_side_by_side(fixed_document()).split("\n\n")
    assert len(blocks) == 3
    assert blocks[0].splitlines()[0] == "en    │ Trump met Putin in Budapest. They talked."
    assert blocks[1].splitlines()[2] == "uk-mt │ Ціни зросли | A&B.  ⚑ number_mismatch"
    assert blocks[2].splitlines()[3] == "hu    │ "


def test_flag_summary_lists_each_flagged_sentence_then_explains_each_flag() -> None:
    assert flag_summary(fixed_document()) == [
        "uk-mt sentence 3: number_mismatch",
        "number_mismatch: A number in the source sentence does not appear in the translation.",
    ]


def test_side_by_side_names_the_source_language() -> None:
    from dataclasses import replace

    document = replace(fixed_document(), source_lang="ru")
    first = to_side_by_side(document).splitlines()[0]
    assert first.split("│")[0].strip() == "ru"  # the column is as wide as the longest key
def test_side_by_side_names_the_row_only_the_outlets_have() -> None:
    from support.coverage_documents import coverage_document

    out = to_side_by_side(coverage_document())
    assert out.endswith("en        │ (linked to no English sentence)\nru:RIA    │ [3] «В следующий раз в Москве», — сказал Путин.\n"
                        "uk:Pravda │ [2] Зустріч відбулася в Анкориджі.\nhu        │ \n")
    # every sentence numbered as in the report: the English, the outlets'; a translation's not
    assert out.startswith("en        │ [1] Donald Trump met Vladimir Putin in Alaska on Friday.\nru:RIA    │ [1] Путин и Трамп")


def test_an_outlet_s_own_sentences_are_one_line_each_with_their_numbers() -> None:
    from support.coverage_documents import coverage_document, with_a_second_outlet_only_sentence

    document, extra = with_a_second_outlet_only_sentence(coverage_document())
    out = to_side_by_side(document)
    own = out.split("(linked to no English sentence)\n", 1)[1].splitlines()
    assert own[0].startswith("ru:RIA    │ [") and own[1] == f"          │ [{extra.id + 1}] {extra.text}"


def test_an_outlet_sentence_reporting_two_english_sentences_names_the_other() -> None:
    from support.coverage_documents import coverage_document

    out = to_side_by_side(coverage_document())
    # Wrapped at 100 columns, the rest of the line in the same column.
    assert "ru:RIA    │ [1] Путин и Трамп провели переговоры на Аляске, соглашения нет. (also reports: [4] “No\n          │ deal was reached.”)\n" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_the_text_view_of_a_comparison_begins_with_the_english_article() -> None:
    from support.coverage_documents import coverage_document

    document = coverage_document()
    assert to_text(document).startswith(f"=== English (en) · the article ===\n{document.source_text.strip()}\n\n=== Russian (ru:RIA)")
    from dataclasses import replace

    fixed = fixed_document()
    machine = replace(fixed, translations={k: t for k, t in fixed.translations.items() if t.origin != "provided"})
    assert machine.translations and not to_text(machine).startswith("=== English")  # translate's view: the translations


def test_several_report_sentences_of_one_row_are_one_line_each_with_their_numbers() -> None:
    from dataclasses import replace

    from support.coverage_documents import coverage_document

    from translate.types import CoverageLink, LinkEvidence

    document = coverage_document()
    ria = document.translations["ru:RIA"]
    extra = CoverageLink(0, 1, 0.7, LinkEvidence((), (), (), ("talks",), False))
    ria = replace(ria, coverage_links=tuple(sorted((*ria.coverage_links, extra), key=lambda link: (link.target, link.source))))
    out = to_side_by_side(replace(document, translations={**document.translations, "ru:RIA": ria}))
    first = out.split("\n\n")[0].splitlines()
    ria_lines = [line for line in first if line.startswith("ru:RIA") or line.startswith("          │ [")]
    assert ria_lines[0].startswith("ru:RIA    │ [1] Путин и Трамп") and ria_lines[1].startswith("          │ [2] Переговоры длились")
