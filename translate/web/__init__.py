"""The web page: handlers (``service``), progressive updates (``streaming``), downloads, the Gradio app,
the Compare tab's form (``compare_form``) and its texts (``texts``).

Importing this package does not import Gradio; ``build_app`` and ``serve`` do.
"""

from .app import build_app, serve
from .service import Limits, Options, WebService, ner_choice
from .streaming import PageUpdate, describe, stream_translation

__all__ = ["Limits", "Options", "PageUpdate", "WebService", "build_app", "describe", "ner_choice", "serve", "stream_translation"]
