"""Typed errors of the core. Each says, in a sentence a person understands, what is wrong.

Messages are :class:`~facilitator_app.i18n.Message` objects, rendered in French or English when
shown. The command line prints ``str(error)`` and exits with ``error.exit_code``; the UI shows the
same sentence under a translated headline chosen by the error's type.
"""

from __future__ import annotations

import errno

from facilitator_app.i18n import Message, msg

# What the system says of a file it refused, in both languages (its own text is in the
# system's language, often English inside a French sentence).
_OS_REASONS = {
    errno.ENOSPC: ("le disque est plein", "the disk is full"),
    errno.EDQUOT: ("le quota de disque est atteint", "the disk quota is reached"),
    errno.EACCES: ("accès refusé", "permission denied"),
    errno.EPERM: ("opération non permise", "operation not permitted"),
    errno.EROFS: ("le support est en lecture seule", "the medium is read-only"),
    errno.ENOENT: ("fichier ou dossier introuvable", "no such file or folder"),
    errno.EISDIR: ("c'est un dossier", "it is a folder"),
    errno.ENOTDIR: ("une partie du chemin n'est pas un dossier",
                    "part of the path is not a folder"),
    errno.EIO: ("erreur de lecture ou d'écriture du disque", "the disk failed to read or write"),
    errno.EEXIST: ("un fichier de ce nom existe déjà", "a file of that name already exists"),
    errno.ENAMETOOLONG: ("nom de fichier trop long", "file name too long"),
    errno.EBUSY: ("fichier ou support occupé", "file or medium busy"),
    errno.EMFILE: ("trop de fichiers ouverts", "too many open files"),
    errno.ENFILE: ("trop de fichiers ouverts", "too many open files"),
    errno.ELOOP: ("trop de liens symboliques", "too many symbolic links"),
    errno.EFBIG: ("fichier trop gros pour ce support", "file too large for this medium"),
    errno.ENODEV: ("le support n'est plus disponible (retiré ?)",
                   "the medium is no longer there (removed?)"),
    errno.ENXIO: ("le support n'est plus disponible (retiré ?)",
                  "the medium is no longer there (removed?)"),
}
# Windows: the file is open in another program (a report still open in Excel).
_WINDOWS_SHARING = {32, 33}


def os_reason(exc: OSError) -> Message:
    """Why the system refused a file, as a few words in the messages' language: the usual
    causes are translated; any other keeps the system's own words."""
    if getattr(exc, "winerror", None) in _WINDOWS_SHARING:
        return msg("le fichier est ouvert dans un autre programme (Excel ?)",
                   "the file is open in another program (Excel?)")
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if known is not None:
        return msg(*known)
    own = exc.strerror or str(exc) or type(exc).__name__
    return msg("{own}", "{own}", own=own)


class FacilitatorError(Exception):
    """Base of every error the core raises on purpose."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message.render()


class CatalogueError(FacilitatorError):
    """A catalogue file is malformed. ``location`` names the place inside ``source``."""

    exit_code = 2

    def __init__(self, source: str, location: str | Message, problem: Message) -> None:
        self.source, self.location, self.problem = source, location, problem
        if location:
            super().__init__(msg("{source}, {location} : {problem}",
                                 "{source}, {location}: {problem}",
                                 source=source, location=location, problem=problem))
        else:
            super().__init__(msg("{source} : {problem}", "{source}: {problem}",
                                 source=source, problem=problem))


class StoreError(FacilitatorError):
    """The local database cannot be used."""

    exit_code = 3


class StoreNewerError(StoreError):
    """The database was written by a newer version of the application."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        self.path, self.found, self.supported = path, found, supported
        super().__init__(msg(
            "{path} a été écrit par une version plus récente de facilitator-app (schéma {found}, "
            "cette version connaît jusqu'au schéma {supported}) : mettez l'application à jour. "
            "Le fichier n'a pas été modifié.",
            "{path} was written by a newer version of facilitator-app (schema {found}; this "
            "version knows up to schema {supported}): update the application. "
            "The file was not changed.",
            path=path, found=found, supported=supported))


class StoreForeignError(StoreError):
    """The file is not a facilitator-app database."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(msg(
            "{path} n'est pas une base de données de facilitator-app ; il n'a pas été modifié.",
            "{path} is not a facilitator-app database; it was not changed.", path=path))


class CentralStoreMissingError(StoreError):
    """There is no central store where one was to be opened, and none is to be created."""

    def __init__(self, path: str, message: Message | None = None) -> None:
        self.path = path
        super().__init__(message or msg(
            "Il n'y a pas de base centrale à {path} : fusionnez d'abord des paquets "
            "(facilitator-app merge … --into {path}).",
            "There is no central store at {path}: merge bundles first "
            "(facilitator-app merge … --into {path}).", path=path))


class NotCentralStoreError(StoreError):
    """What was given as the central store is not one: a file that is not a database (text,
    JSON, a bundle), a folder, a URL of no supported database or a malformed one, or a
    facilitator's local store (``kind``: ``other``, ``folder``, ``url`` or ``local``). It was
    not changed."""

    def __init__(self, path: str, kind: str = "other") -> None:
        self.path, self.kind = path, kind
        if kind == "local":
            message = msg(
                "{path} n'est pas une base centrale : c'est sans doute la base locale d'un "
                "animateur ; elle n'a pas été modifiée. Indiquez la base centrale des "
                "organisateurs (un autre fichier SQLite, ou une URL postgresql://…).",
                "{path} is not a central store: it is probably a facilitator's local "
                "database; it was not changed. Give the organisers' central store (another "
                "SQLite file, or a postgresql://… URL).", path=path)
        elif kind == "url":
            message = msg(
                "La base centrale {path} n'a pas pu être ouverte (adresse mal formée) : "
                "vérifiez son adresse (par exemple postgresql://utilisateur@serveur:5432/base).",
                "The central store {path} could not be opened (malformed address): check its "
                "address (for example postgresql://user@server:5432/database).", path=path)
        elif kind == "folder":
            message = msg(
                "{path} est un dossier, pas une base centrale : indiquez un fichier SQLite "
                "(par exemple {path}/central.sqlite) ou une URL postgresql://….",
                "{path} is a folder, not a central store: give a SQLite file (for example "
                "{path}/central.sqlite) or a postgresql://… URL.", path=path)
        else:
            message = msg(
                "{path} n'est pas une base centrale (ni un fichier SQLite, ni une URL "
                "postgresql://…) ; elle n'a pas été modifiée.",
                "{path} is not a central store (neither a SQLite file nor a postgresql://… "
                "URL); it was not changed.", path=path)
        super().__init__(message)


class StoreCorruptError(StoreError):
    """SQLite's check failed, or the file is not a database at all."""

    def __init__(self, path: str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(msg(
            "{path} est endommagé ({detail}) ; restaurez-le depuis une sauvegarde.",
            "{path} is damaged ({detail}); restore it from a backup.", path=path, detail=detail))


class StoreLockedError(StoreError):
    """Another running instance already writes to this database."""

    def __init__(self, path: str, owner: str) -> None:
        self.path, self.owner = path, owner
        super().__init__(msg(
            "{path} est déjà ouvert par une autre fenêtre de facilitator-app ({owner}) ; "
            "fermez-la d'abord.",
            "{path} is already open in another facilitator-app window ({owner}); "
            "close that one first.", path=path, owner=owner))


class MigrationError(StoreError):
    """A schema upgrade failed; the database was left as it was before the upgrade."""

    def __init__(self, path: str, version: int, detail: str, backup: str | None) -> None:
        self.path, self.version, self.detail, self.backup = path, version, detail, backup
        if backup is None:  # a database server's store: its transaction was rolled back
            super().__init__(msg(
                "La mise à niveau de {path} vers le schéma {version} a échoué ({detail}) ; "
                "elle a été annulée : la base est inchangée.",
                "Upgrading {path} to schema {version} failed ({detail}); it was rolled back: "
                "the database is unchanged.", path=path, version=version, detail=detail))
            return
        super().__init__(msg(
            "La mise à niveau de {path} vers le schéma {version} a échoué ({detail}) ; la base "
            "est inchangée et une copie se trouve dans {backup}.",
            "Upgrading {path} to schema {version} failed ({detail}); the database is unchanged "
            "and a copy is at {backup}.", path=path, version=version, detail=detail, backup=backup))


class CentralStoreDatabaseError(StoreError):
    """The central store's database refused to create or upgrade its tables (e.g. no right to
    create a table): its own words are given, for whoever runs the server."""

    def __init__(self, path: str, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(msg(
            "La base centrale {path} n’a pas pu être préparée : le serveur de base de données "
            "a refusé l’opération (« {detail} »). Rien n’a été fusionné ; transmettez ce "
            "message à la personne qui gère le serveur.",
            "The central store {path} could not be prepared: the database server refused the "
            "operation (\"{detail}\"). Nothing was merged; pass this message on to whoever "
            "runs the server.", path=path, detail=" ".join(detail.split())[:300]))


# What NotFoundError may name, in each language, with the French agreement of "introuvable".
_KINDS = {
    "run": ("Atelier tenu introuvable", "Run not found"),
    "contribution": ("Contribution introuvable", "Contribution not found"),
    "bundle": ("Paquet introuvable", "Bundle not found"),
    "conflict": ("Conflit introuvable", "Conflict not found"),
    "version": ("Version introuvable", "Version not found"),
}


class NotFoundError(FacilitatorError):
    """A run, contribution, bundle, conflict or version named by its key does not exist."""

    def __init__(self, kind: str, key: str) -> None:
        self.kind, self.key = kind, key
        fr, en = _KINDS[kind]
        super().__init__(msg(fr + " : {key}", en + ": {key}", key=key))


class ConflictChangedError(FacilitatorError):
    """A conflict changed between the moment the organiser looked at it and their choice
    (another organiser's merge brought a version or a later revision): nothing was resolved."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(msg(
            "Le conflit de la contribution {key} a changé depuis son affichage (une autre fusion "
            "y a apporté une version) : rien n'est résolu. Relisez ses versions, puis choisissez "
            "de nouveau.",
            "The conflict of contribution {key} changed since it was shown (another merge "
            "brought a version to it): nothing was resolved. Read its versions again, then "
            "choose again.", key=key))


# What SQLite says when it refuses a write, in both languages (its own words are English).
_SQLITE_REASONS = (
    ("database or disk is full", ("le disque est plein", "the disk is full")),
    ("readonly database", ("la base est en lecture seule", "the database is read-only")),
    ("disk i/o error", ("erreur de lecture ou d'écriture du disque",
                        "the disk failed to read or write")),
    ("database is locked", ("la base est occupée par un autre programme",
                            "the database is busy in another program")),
    ("malformed", ("le fichier de la base est endommagé", "the database file is damaged")),
    ("file is not a database", ("le fichier n'est pas une base de données",
                                "the file is not a database")),
    ("unable to open database file", ("le fichier de la base ne peut pas être ouvert",
                                      "the database file cannot be opened")),
    ("not authorized", ("l'écriture n'est pas autorisée", "writing is not authorised")),
)


def sqlite_reason(text: str) -> Message:
    """Why SQLite refused, as a few words in the messages' language (its own words, given
    after them, when it is not one of the usual causes)."""
    lowered = text.lower()
    for words, (fr, en) in _SQLITE_REASONS:
        if words in lowered:
            return msg(fr, en)
    return msg("{own}", "{own}", own=text)


class StoreWriteError(StoreError):
    """The disk or the database refused a write (full, read-only, removed, damaged); nothing
    of it was written."""

    def __init__(self, path: str, detail: str | Message) -> None:
        self.path, self.detail = path, detail
        # Said wherever it happens (the command line, the start): the capture window adds
        # that what was typed stays in memory and is tried again.
        super().__init__(msg(
            "Impossible d'enregistrer dans {path} ({detail}) : rien de cette opération n'y a été "
            "écrit, ce qui y était déjà est intact.",
            "Cannot save to {path} ({detail}): nothing of this operation was written there, and "
            "what it held already is intact.", path=path, detail=detail))


class BundleError(FacilitatorError):
    """A bundle was refused. ``rule`` names the rule it broke (see docs/bundle-format.md), e.g.
    ``member-path`` or ``signature``; the message says it in a sentence."""

    exit_code = 4

    def __init__(self, source: str, rule: str, problem: Message) -> None:
        self.source, self.rule, self.problem = source, rule, problem
        super().__init__(msg("{source} refusé ({rule}) : {problem}",
                             "{source} rejected ({rule}): {problem}",
                             source=source, rule=rule, problem=problem))


class BundleNewerError(BundleError):
    """The bundle uses a format version this application does not know yet."""

    def __init__(self, source: str, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(source, "format-version", msg(
            "il a été écrit par une version plus récente de facilitator-app (format {found}, "
            "cette version lit jusqu'au format {supported}) ; mettez l'application à jour.",
            "it was written by a newer version of facilitator-app (format {found}; this version "
            "reads up to format {supported}); update the application.",
            found=found, supported=supported))


class ExportError(FacilitatorError):
    """A bundle or a copy could not be written; any earlier file at the destination is intact."""

    exit_code = 5

    def __init__(self, path: str, detail: str | Message) -> None:
        self.path, self.detail = path, detail
        super().__init__(msg(
            "Impossible d'écrire {path} ({detail}) ; aucun fichier partiel n'a été laissé et un "
            "fichier précédent à cet endroit est intact.",
            "Cannot write {path} ({detail}); no partial file was left and any earlier file there "
            "is intact.", path=path, detail=detail))


class SheetError(FacilitatorError):
    """A capture workbook does not fit its template; ``sheet`` and ``cell`` say where."""

    exit_code = 6

    def __init__(self, source: str, sheet: str, cell: str, problem: Message) -> None:
        self.source, self.sheet, self.cell, self.problem = source, sheet, cell, problem
        if cell:
            super().__init__(msg("{source}, feuille « {sheet} », cellule {cell} : {problem}",
                                 "{source}, sheet '{sheet}', cell {cell}: {problem}",
                                 source=source, sheet=sheet, cell=cell, problem=problem))
        else:
            super().__init__(msg("{source}, feuille « {sheet} » : {problem}",
                                 "{source}, sheet '{sheet}': {problem}",
                                 source=source, sheet=sheet, problem=problem))


class DefaultsError(FacilitatorError):
    """The machine-wide defaults file deployed by IT is refused (as a whole)."""

    exit_code = 2

    def __init__(self, source: str, problem: Message) -> None:
        self.source, self.problem = source, problem
        super().__init__(msg("Les réglages de la machine ({source}) sont ignorés : {problem}",
                             "The machine's defaults ({source}) are ignored: {problem}",
                             source=source, problem=problem))
