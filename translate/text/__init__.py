"""Text processing that needs no model: segmentation, transliteration, protected spans, validation."""
