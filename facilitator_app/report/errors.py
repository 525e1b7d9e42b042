"""Typed errors of the report (beside those of :mod:`facilitator_app.errors`): a failure to
write is an :class:`~facilitator_app.errors.ExportError`; these are the report's own."""

from __future__ import annotations

from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import Message, msg


class ReportError(FacilitatorError):
    """The report could not be made; no output file was changed."""

    exit_code = 8


class ReportCancelled(ReportError):
    """The person cancelled the report; nothing was written and earlier files are intact."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__(msg("Rapport annulé : aucun fichier n'a été écrit ni modifié.",
                             "Report cancelled: no file was written or changed."))


class ReportSourceError(ReportError):
    """The source broke its contract (order of contributions, unknown engagement)."""

    def __init__(self, detail: Message) -> None:
        self.detail = detail
        super().__init__(msg("Les données du rapport sont incohérentes : {detail}",
                             "The report's data are inconsistent: {detail}", detail=detail))
