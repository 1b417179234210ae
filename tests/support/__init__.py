"""Shared test helpers: tiny real models, scripted engine doubles, the JSON contract checker."""
