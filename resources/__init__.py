"""Translations, icons, templates and the sample workshop, shipped inside the package as
``stormboard.resources`` (setup.py maps this folder there; ADR 0130). No code lives here."""
