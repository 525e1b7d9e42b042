"""Catalogues: which ateliers an event holds and which engagements each reviews.

A catalogue comes from the built-in resource, a JSON file or an Excel workbook made from the
template; all three go through the same validation (:func:`catalogue_from_dict`), so an error
always names its file and its place in it.
"""

from facilitator_app.catalogue.model import (
    BUILTIN_CATALOGUE_ID,
    builtin_catalogue,
    catalogue_from_dict,
    catalogue_sha256,
    catalogue_to_dict,
    load_json_catalogue,
)
from facilitator_app.catalogue.files import load_catalogue

__all__ = [
    "BUILTIN_CATALOGUE_ID",
    "builtin_catalogue",
    "catalogue_from_dict",
    "catalogue_sha256",
    "catalogue_to_dict",
    "load_catalogue",
    "load_json_catalogue",
]
