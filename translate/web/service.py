"""The page's handlers as plain methods: text and file paths in, HTML strings, file paths and dicts out.

Tested without Gradio. Every handler checks its arguments as the public API does (a script can
call any of them through Gradio's queue), and bounds its work by the size of its input. Models
load lazily, once per process and per settings, and are shared by every visitor.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from ..directions import parse_model_key
from ..engines import ENGINES, engine_class
from ..entities import ner_choice
from ..errors import InputError, ModelNotAvailableError, TranslateError, UsageError
from ..languages import ALTERNATIVE_MODELS, DEFAULT_MODELS, SOURCE_LANGUAGE, TARGET_LANGUAGES, language_name
from ..limits import WEB_BEAM_MAX, beam_problem
from ..pipeline import Settings, Translator
from ..render.page import render_document, render_message
from ..render.report_html import coverage_fragment
from ..types import Document
from .arguments import beam_argument, path_argument, text_argument
from .downloads import Downloads
from .public import describe, public_document, public_model_name
from .server_limits import Limits
from .source import (
    DETECT,
    SourceView,
    find_source,
    page_words,
    source_argument,
    source_note,
    source_view,
    targets_for,
)
from .streaming import Finished, PageUpdate, WatchedTranslator, run_cancellable, stream_translation
from .texts import RELATION_CHOICES, check_languages, compared_message, named_texts
from .uploads import read_glossary, read_upload

# What to paste, by the box that is empty: the Translate tab reads any of the four languages.
ENGLISH_NAMES = "The translations are ready; the glossary's names are marked in English articles only, and this one is not English"
EMPTY_HINT = {"The article": "an article in English, Ukrainian, Russian or Hungarian"}
SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-budapest.txt"


@dataclass
class Options:
    """What a visitor chose under *Advanced options* ("" / None: the server's setting)."""

    engine: str = ""
    beam_size: int | None = None
    models: dict[str, str] = field(default_factory=dict)  # lang -> a model name the page offers


class WebService:
    """The page's handlers. One instance serves every visitor of a process."""

    def __init__(self, settings: Settings | None = None, limits: Limits | None = None, *, ner: str = "auto") -> None:
        self.settings = settings or Settings()
        self.settings.validate()
        self.limits = limits or Limits()
        self.ner_spec = ner
        self._ner: str | None | bool = False  # False: not decided yet
        self._translators: OrderedDict[tuple, Translator] = OrderedDict()
        self._offers: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()
        self.downloads = Downloads(self.limits.keep_files_s)

    # ---- models a visitor may choose (by name; never a path) -----------------------------
    def offers(self, lang: str) -> dict[str, str]:
        """Name shown -> model spec: the configured model, then the default and the alternatives
        that this server has (cached, or downloadable when downloads are allowed)."""
        if lang not in self._offers:
            from ..models import is_offline, resolve

            configured, _ = self.settings.model_spec(lang)
            found = {public_model_name(configured): configured}
            for spec in [DEFAULT_MODELS[lang].model_id, *(c.model_id for c in ALTERNATIVE_MODELS.get(lang, ()))]:
                if spec in found.values():
                    continue
                if not (self.settings.allow_download and not is_offline()):
                    try:
                        resolve(spec, lang=lang, allow_download=False)
                    except ModelNotAvailableError:
                        continue
                found[public_model_name(spec)] = spec
            self._offers[lang] = found
        return self._offers[lang]

    def model_choices(self, lang: str) -> list[str]:
        """The names offered for ``lang``, the configured model first. Only these are accepted."""
        return list(self.offers(lang))

    def engine_choices(self) -> list[str]:
        current = self.settings.resolved_engine()
        return [current, *(e for e in ENGINES if e != current)]

    def default_model(self, lang: str) -> str:
        return public_model_name(self.settings.model_spec(lang)[0])

    # ---- translators ---------------------------------------------------------------------
    def translator(self, options: Options | None = None) -> Translator:
        """The shared Translator for these settings, made on first use (models load on first translation)."""
        settings = self.settings_for(options or Options())
        key = (settings.engine, settings.beam_size, tuple(sorted(settings.models.items())))
        with self._lock:
            translator = self._translators.get(key)
            if translator is None:
                translator = Translator(settings)
                self._translators[key] = translator
                while len(self._translators) > self.limits.max_translators:
                    self._translators.popitem(last=False)
            self._translators.move_to_end(key)
            return translator

    def settings_for(self, options: Options) -> Settings:
        """The server's settings with a visitor's choices, each checked against what the page offers."""
        engine = text_argument(options.engine, "the engine") or self.settings.resolved_engine()
        engine_class(engine)  # raises UsageError, with the choices, for an unknown name
        beam = self.settings.beam_size if options.beam_size is None else int(options.beam_size)
        problem = beam_problem(beam, WEB_BEAM_MAX)
        if problem:
            raise UsageError(problem)
        # The server's models of every direction, with en -> X named by its short key (the page's choices).
        models = {
            key: spec for key, spec in self.settings.models.items() if parse_model_key(key)[0] != SOURCE_LANGUAGE
        }
        models.update({lang: self.settings.model_spec(lang)[0] for lang in TARGET_LANGUAGES})
        if not isinstance(options.models, Mapping):
            raise UsageError("the models must be chosen from the lists")
        for lang, name in options.models.items():
            if not name:
                continue
            # Never let a visitor name a path: only the names offered are accepted.
            if lang not in TARGET_LANGUAGES or not isinstance(name, str) or name not in self.offers(lang):
                raise UsageError(f"model '{name}' is not offered for '{lang}'; choose one from the list")
            models[lang] = self.offers(lang)[name]
        return replace(self.settings, engine=engine, beam_size=beam, models=models)

    # ---- input ---------------------------------------------------------------------------
    def check_text(self, text: object, what: str = "The article") -> str:
        text = text_argument(text, what)
        if not text.strip():
            raise InputError(f"{what} is empty; paste {EMPTY_HINT.get(what, 'an English article')}, upload a .txt or .md file, or load the sample")
        if len(text) > self.limits.max_chars:
            raise InputError(
                f"{what} has {len(text):,} characters; this page accepts at most {self.limits.max_chars:,}. "
                "Shorten it, or translate long texts with the command line: translate FILE"
            )
        from ..text.validation import check_text

        try:
            check_text(text)  # the library's own checks: a lone surrogate is reported with its place
        except InputError as error:
            message = str(error)
            raise InputError(f"{what} {message[len('the input '):]}" if message.startswith("the input ") else message) from None
        return text

    def read_upload(self, path: str | os.PathLike[str] | None, what: str = "the file", limit: int | None = None) -> str:
        """Text of an uploaded file, checked for size and encoding (see :mod:`translate.web.uploads`)."""
        if not path:
            return ""
        return read_upload(path, what, self.limits.max_upload_bytes if limit is None else limit)

    def load_seed(self) -> str:
        return SEED_PATH.read_text(encoding="utf-8")

    def upload_text(self, path: object) -> tuple[str | None, str]:
        """(text for the article box or None to keep it, status HTML) after a file upload."""
        try:
            file = path_argument(path, "The uploaded file")
            if file is None:
                return None, ""
            text = self.read_upload(file, Path(file).name)
            self.check_text(text, "The uploaded file")
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            return None, render_message(describe(error))
        return text, render_message(f"Loaded {Path(file).name}: {len(text):,} characters.", "info")

    def read_glossary(self, path: object) -> tuple[Any, ...]:
        """Glossary entries from an uploaded .json or .csv file; size and entry count are checked before it is parsed."""
        file = path_argument(path, "The glossary")
        if file is None:
            return ()
        limits = self.limits
        return read_glossary(
            file, max_bytes=min(limits.max_upload_bytes, limits.max_glossary_bytes), max_entries=limits.max_glossary_entries
        )

    def glossary_status(self, path: object) -> str:
        """The message shown as soon as a glossary is uploaded."""
        try:
            entries = self.read_glossary(path)
        except Exception as error:
            return render_message(describe(error))
        if not entries:
            return ""
        return render_message(f"Glossary {Path(str(path)).name}: {len(entries):,} names to mark.", "info")

    # ---- translating ---------------------------------------------------------------------
    def translate_page(
        self,
        text: object,
        targets: object,
        engine: object = "",
        beam_size: object = None,
        models: object = None,
        glossary_path: object = None,
        session: str = "",
        source: object = DETECT,
    ) -> Iterator[PageUpdate]:
        """Translate and stream: the view shows each language as soon as it is ready.

        ``source`` is "auto" (identify the language; the note says what was found) or en, uk, ru, hu.
        A glossary that cannot be used stops the run with its message before anything is translated.
        """
        try:
            text = self.check_text(text)
            choice = source_argument(source)
            chosen = models if models is not None else {}
            if not isinstance(chosen, Mapping):
                raise UsageError("the models must be chosen from the lists")
            options = Options(text_argument(engine, "the engine"), beam_argument(beam_size), dict(chosen))
            translator = self.translator(options)
            glossary = self.read_glossary(glossary_path)
            lang, guess = self.find_source(text, choice)
            codes = targets_for(targets, lang, detected=guess is not None)
            translator.check_models(lang, codes)  # a missing model or a pair without one, before anything shows
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(describe(error)), source_note="")
            return
        yield PageUpdate(source_note=render_message(source_note(lang, guess), "info"))

        def finish(document: Document, status: str) -> PageUpdate:
            if lang != SOURCE_LANGUAGE:  # names are recognised in English text only
                if glossary:
                    status += render_message(f"{ENGLISH_NAMES} ({language_name(lang)}).", "info")
                return self.final(document, status, session)
            try:
                document = self.add_entities(document, glossary, translator)
            except TranslateError as error:
                status += render_message(f"The translations are ready, but names could not be marked: {describe(error)}")
            return self.final(document, status, session)

        yield from stream_translation(translator, text, codes, finish, source_lang=lang)

    def find_source(self, text: str, choice: str) -> tuple[str, Any]:
        """(language, the identifier's guess or None when named) of a checked text; a text in another
        script than the named language is refused here, in the page's words."""
        from ..pipeline.translator import check_source

        lang, guess = find_source(text, choice)
        try:
            check_source(text, lang)
        except InputError as error:
            raise InputError(page_words(str(error))) from None
        return lang, guess

    def source_view(self, text: object, choice: object, shown_for: object) -> SourceView:
        """The note and target choices for the text in the box (see :func:`translate.web.source.source_view`).
        Nothing to say for a text the page would refuse: the Translate button says why."""
        try:
            value = text_argument(text, "The article")
            choice = source_argument(choice)
            if len(value) > self.limits.max_chars or (choice == DETECT and not value.strip()):
                return SourceView("")
            return source_view(value, choice, str(shown_for or ""))
        except TranslateError as error:
            return SourceView(describe(error))

    def ner_model(self) -> str | None:
        """The NER model to use, decided once per process (see :func:`ner_choice`)."""
        if self._ner is False:
            self._ner = ner_choice(self.ner_spec, allow_download=self.settings.allow_download)
        return self._ner  # type: ignore[return-value]

    def add_entities(self, document: Document, glossary: Sequence[Any] = (), translator: Translator | None = None) -> Document:
        """Find the entities (NER model and/or glossary) and project them onto every translation."""
        from ..entities import find_entities, phrase_translator

        ner = self.ner_model()
        if ner is None and not glossary:
            return document
        return find_entities(
            document,
            ner=ner,
            glossary=tuple(glossary),
            translate=phrase_translator(translator) if translator is not None else None,
            allow_download=self.settings.allow_download,
        )

    def final(self, document: Document, status: str, session: str = "") -> PageUpdate:
        """The last update of a handler: the whole document (as visitors may see it), its downloads and its JSON."""
        shown = public_document(document)
        return PageUpdate(
            status=status, view=render_document(shown), coverage=coverage_fragment(shown, interactive=True),
            downloads=self.downloads.write(shown, session), document=shown.to_dict(),
        )

    def api_translate(self, text: object, targets: object = TARGET_LANGUAGES, source: object = DETECT) -> dict[str, Any]:
        """The `/translate` endpoint: the JSON document of `translate FILE --format json`, models by name.

        ``source`` "auto" (the default) identifies the language, as the page does: the found language is
        the document's ``source.lang`` and is left out of the targets (none left: English, or uk, ru, hu)."""
        text = self.check_text(text)
        choice = source_argument(source)
        targets = list(targets) if isinstance(targets, tuple) else targets
        lang, guess = self.find_source(text, choice)
        codes = targets_for(targets, lang, detected=guess is not None)
        return public_document(self.translator().translate_document(text, codes, source_lang=lang)).to_dict()

    # ---- comparing any number of texts: translations or independent coverage ----------------
    def compare_texts_page(
        self,
        source: object,
        texts: Sequence[tuple[Any, Any, Any]],
        relation: Any = "auto",
        with_mt: object = False,
        glossary_path: object = None,
        session: str = "",
        back_translate: object = False,
    ) -> Iterator[PageUpdate]:
        """Align any number of (language, name, text) against the English source, each as a translation or as
        independent coverage (``relation``: auto, translation or coverage); the coverage matrix comes with the view.
        ``back_translate``: each text's English machine translation is shown next to it and the coverage
        aligner also compares meaning (model mode)."""
        try:
            source = self.check_text(source, "The English source")
            if not isinstance(texts, Sequence) or isinstance(texts, str):
                raise InputError("no text given; paste at least one Ukrainian, Russian or Hungarian text")
            provided = named_texts(texts, self.check_text)
            check_languages(source, provided)
            if relation not in RELATION_CHOICES:
                raise UsageError(f"relation {relation!r} is not known; choose one of: {', '.join(RELATION_CHOICES)}")
            if not isinstance(back_translate, bool | None):
                raise UsageError("'also translate each text into English' is yes or no")
            glossary, translator, ner = self.compare_tools(with_mt or back_translate, glossary_path)
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(describe(error)))
            return
        yield from self.run_compare(
            source, provided, translator, ner, glossary, str(relation), session,
            lambda document: compared_message(document, list(provided)),
            back_translate=bool(back_translate), forward=bool(with_mt),
        )

    def compare_tools(self, with_mt: object, glossary_path: object) -> tuple[tuple[Any, ...], Translator | None, str | None]:
        """What both compare handlers need besides the texts: the glossary, a translator when asked, the NER model."""
        if not isinstance(with_mt, bool | None):
            raise UsageError("'also show the machine translation' is yes or no")
        glossary = self.read_glossary(glossary_path)
        return glossary, (self.translator() if with_mt else None), self.ner_model()

    def run_compare(
        self,
        source: str,
        provided: Mapping[str, str],
        translator: Translator | None,
        ner: str | None,
        glossary: Sequence[Any],
        relation: str,
        session: str,
        message: Callable[[Document], str],
        *,
        back_translate: bool = False,
        forward: bool = True,
    ) -> Iterator[PageUpdate]:
        """The slow half of both compare handlers: align (translating first if asked), stoppable, then show."""
        waiting = "Aligning…"
        if translator is not None:
            waiting = "Translating the texts into English and aligning…" if back_translate and not forward else (
                "Translating and aligning…"
            )
        yield PageUpdate(status=render_message(waiting, "info"), downloads={})
        from ..compare import compare

        notices: list[str] = []  # what the command line prints on stderr, said on the page after the result

        def work(cancelled: threading.Event) -> Document:
            watched = cast(Translator, WatchedTranslator(translator, cancelled)) if translator is not None else None
            return compare(
                source, dict(provided), translator=watched, ner=ner, glossary=glossary,
                allow_download=self.settings.allow_download, relation=relation,
                back_translate=back_translate and translator is not None, forward=forward, log=notices.append,
            )

        try:
            for step in run_cancellable(work):
                if isinstance(step, Finished):
                    said = "".join(f" Notice: {note.removeprefix('notice: ')}." for note in dict.fromkeys(notices))
                    final = self.final(step.value, render_message(message(step.value) + said, "info"), session)
                else:
                    yield step
        except Exception as error:  # shown in place; the page stays usable
            yield PageUpdate(status=render_message(describe(error)))
            return
        yield final

    # ---- opening a saved document --------------------------------------------------------
    def open_document(self, path: object, session: str = "") -> PageUpdate:
        """Show a JSON document saved earlier (by this page or `translate --format json`)."""
        try:
            file = path_argument(path, "The document")
        except TranslateError as error:
            return PageUpdate(status=render_message(describe(error)))
        if file is None:
            return PageUpdate()
        name = Path(file).name
        try:
            raw = self.read_upload(file, name)
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise TypeError("the file holds no JSON object")
                document = Document.from_dict(data)
                return self.final(document, render_message(f"Opened {name}.", "info"), session)
            except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
                detail = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
                raise InputError(
                    f"{name} is not a document saved by this tool ({detail}); "
                    "give a .json file from the JSON download or 'translate --format json'"
                ) from None
        except TranslateError as error:
            return PageUpdate(status=render_message(describe(error)))
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            return PageUpdate(status=render_message(f"{name} could not be opened: {describe(error)}"))

    def end_session(self, session: str) -> None:
        """The visitor closed the tab: their downloads are deleted."""
        self.downloads.end_session(session)
