"""Defaults that IT sets for every user of a machine, in one TOML file it deploys.

The file lives where only administrators write (``/etc/facilitator-app/defaults.toml``,
``%ProgramData%\\facilitator-app\\defaults.toml``, ``/Library/Application Support/
facilitator-app/defaults.toml``), or where ``$FACILITATOR_APP_DEFAULTS`` names it. Every key is
optional; what is set there replaces the built-in default, and what a person chooses (the command
line, then their own preferences) still wins over it.

A file that cannot be read, or that holds an unknown key or a value of the wrong kind, is refused
as a whole with a sentence naming the file and the key: the application then runs on its
built-in defaults and says so (window, standard error, log), and ``facilitator-app defaults``
shows the same sentence to IT. It never half-applies a file.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitator_app import APP_NAME
from facilitator_app.errors import DefaultsError, FacilitatorError, os_reason
from facilitator_app.i18n import LANGUAGES, Message, msg

log = logging.getLogger(__name__)

ENV_DEFAULTS = "FACILITATOR_APP_DEFAULTS"
FILENAME = "defaults.toml"
MAX_BYTES = 256 * 1024
_FINGERPRINT = re.compile(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}\Z")
_reported: set[str] = set()


@dataclass(frozen=True)
class TrustedKeyDefault:
    """An installation key every central store opened on this machine trusts."""

    fingerprint: str
    facilitators: tuple[str, ...] = ()


@dataclass(frozen=True)
class MachineDefaults:
    """The machine's defaults; ``None`` where the file says nothing (or there is no file)."""

    path: Path
    found: bool = False
    language: str | None = None
    catalogue: Path | None = None
    data_dir: Path | None = None
    central_store: str | None = None
    require_known_keys: bool = False
    trusted_keys: tuple[TrustedKeyDefault, ...] = ()
    problem: Message | None = field(default=None, compare=False)

    def items(self) -> list[tuple[str, str]]:
        """Each setting and its value as shown by ``facilitator-app defaults``."""
        keys = ", ".join(k.fingerprint + (f" ({', '.join(k.facilitators)})" if k.facilitators
                                          else "") for k in self.trusted_keys)
        return [("language", self.language or "—"),
                ("catalogue", str(self.catalogue) if self.catalogue else "—"),
                ("data_dir", str(self.data_dir) if self.data_dir else "—"),
                ("organiser.central_store", self.central_store or "—"),
                ("organiser.require_known_keys", "true" if self.require_known_keys else "false"),
                ("organiser.trusted_keys", keys or "—")]

    def register_trusted_keys(self, store) -> list[str]:
        """Register the machine's trusted keys in a central store that does not trust them yet;
        the fingerprints registered. A store that refuses the write (a read-only role, a locked
        file) raises :class:`FacilitatorError` saying so."""
        if not self.trusted_keys:
            return []
        added = []
        try:
            trusted = {k.fingerprint for k in store.keys() if k.status == "trusted"}
            for key in self.trusted_keys:
                if key.fingerprint not in trusted:
                    store.trust_key(key.fingerprint, list(key.facilitators),
                                    note=f"machine defaults ({self.path})")
                    added.append(key.fingerprint)
        except FacilitatorError:
            raise
        except Exception as exc:  # noqa: BLE001 - the database's refusal, said in a sentence
            log.warning("machine's trusted keys not registered: %s", exc)
            raise FacilitatorError(msg(
                "Les clés de confiance des réglages de la machine n'ont pas pu être enregistrées "
                "dans la base centrale ({detail}).", "The trusted keys of the machine's defaults "
                "could not be registered in the central store ({detail}).",
                detail=str(getattr(exc, "orig", exc))[:200])) from None
        return added


def defaults_path() -> Path:
    """Where this machine's defaults file is looked for."""
    chosen = os.environ.get(ENV_DEFAULTS)
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("ProgramData") or r"C:\ProgramData")
    elif sys.platform == "darwin":
        base = Path("/Library/Application Support")
    else:
        base = Path("/etc")
    return base / APP_NAME / FILENAME


# The machine's own file, read once per process: the data folder, the language, the catalogue
# and the organisers' settings come from one version of it, even if IT rewrites it meanwhile.
_read_once: dict[Path, MachineDefaults | DefaultsError] = {}


def load_defaults(path: Path | None = None) -> MachineDefaults:
    """The defaults in ``path`` (default: :func:`defaults_path`, read once per process); empty
    when there is no file.

    Raises :class:`DefaultsError` naming the file and the key when the file is refused."""
    if path is not None:
        return _read(path)
    path = defaults_path()
    if path not in _read_once:
        try:
            _read_once[path] = _read(path)
        except DefaultsError as exc:
            _read_once[path] = exc
    found = _read_once[path]
    if isinstance(found, DefaultsError):
        raise DefaultsError(found.source, found.problem)
    return found


def forget_defaults() -> None:
    """Read the machine's file again at the next call (tests; a long-lived process)."""
    _read_once.clear()


def _read(path: Path) -> MachineDefaults:
    try:
        with open(path, "rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return MachineDefaults(path)
    except OSError as exc:
        raise DefaultsError(str(path), msg("le fichier ne peut pas être lu ({detail}).",
                                           "the file cannot be read ({detail}).",
                                           detail=os_reason(exc))) from None
    if len(raw) > MAX_BYTES:
        raise DefaultsError(str(path), msg(
            "le fichier dépasse {n} Ko ; un fichier de réglages n'en a pas besoin.",
            "the file is larger than {n} KB; a settings file does not need that much.",
            n=MAX_BYTES // 1024))
    import tomllib  # only when there is a file: most machines have none

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DefaultsError(str(path), msg("le fichier n'est pas encodé en UTF-8.",
                                           "the file is not encoded in UTF-8.")) from None
    except tomllib.TOMLDecodeError as exc:
        raise DefaultsError(str(path), msg("le fichier n'est pas du TOML valide ({detail}).",
                                           "the file is not valid TOML ({detail}).",
                                           detail=str(exc))) from None
    return _interpret(path, data)


def machine_defaults(path: Path | None = None) -> MachineDefaults:
    """The defaults to apply: those of the file, or none at all (with ``problem`` saying why)
    when the file is refused, so that a mistake of IT never stops a workshop."""
    try:
        return load_defaults(path)
    except DefaultsError as exc:
        if str(exc) not in _reported:  # once per process, not at every call
            _reported.add(str(exc))
            log.warning("%s", exc)
        return MachineDefaults(defaults_path() if path is None else path, found=True,
                               problem=exc.message)


# -- reading the file ----------------------------------------------------------------------

_TOP = {"language", "catalogue", "data_dir", "organiser"}
_ORGANISER = {"central_store", "require_known_keys", "trusted_keys"}
_KEY = {"fingerprint", "facilitators"}


def _interpret(path: Path, data: dict[str, Any]) -> MachineDefaults:
    source = str(path)
    _only(source, "", data, _TOP)
    organiser = data.get("organiser", {})
    if not isinstance(organiser, dict):
        raise _wrong(source, "organiser", msg("une section [organiser]", "an [organiser] section"))
    _only(source, "organiser.", organiser, _ORGANISER)

    language = _text(source, "language", data)
    if language is not None and language not in LANGUAGES:
        raise DefaultsError(source, msg(
            "« language » vaut « {value} » ; les langues possibles sont {known}.",
            "'language' is '{value}'; the possible languages are {known}.",
            value=language, known=", ".join(LANGUAGES)))
    catalogue = _text(source, "catalogue", data)
    data_dir = _text(source, "data_dir", data)
    central = _text(source, "organiser.central_store", organiser, "central_store")
    require = organiser.get("require_known_keys", False)
    if not isinstance(require, bool):
        raise _wrong(source, "organiser.require_known_keys", msg("true ou false", "true or false"))
    if central and "://" in central and _has_password(central):
        raise DefaultsError(source, msg(
            "« organiser.central_store » contient un mot de passe : ce fichier est lisible par "
            "tous les utilisateurs ; utilisez un fichier de mots de passe (~/.pgpass).",
            "'organiser.central_store' holds a password: this file is readable by every user; "
            "use a password file (~/.pgpass)."))
    return MachineDefaults(
        path, found=True, language=language,
        catalogue=_located(source, "catalogue", path, catalogue) if catalogue else None,
        data_dir=_absolute(source, "data_dir", data_dir) if data_dir else None,
        central_store=(central if "://" in central
                       else str(_located(source, "organiser.central_store", path, central)))
        if central else None,
        require_known_keys=require,
        trusted_keys=_trusted_keys(source, organiser.get("trusted_keys", [])))


def _trusted_keys(source: str, value: Any) -> tuple[TrustedKeyDefault, ...]:
    name = "organiser.trusted_keys"
    if not isinstance(value, list):
        raise _wrong(source, name, msg("une liste de tables [[organiser.trusted_keys]]",
                                       "a list of [[organiser.trusted_keys]] tables"))
    keys = []
    for index, entry in enumerate(value, 1):
        where = f"{name}[{index}]"
        if not isinstance(entry, dict):
            raise _wrong(source, where, msg("une table", "a table"))
        _only(source, where + ".", entry, _KEY)
        fingerprint = (_text(source, where + ".fingerprint", entry, "fingerprint") or "").upper()
        if not _FINGERPRINT.match(fingerprint):
            raise DefaultsError(source, msg(
                "« {key} » n'est pas une empreinte de clé (attendu : quatre groupes de quatre "
                "chiffres hexadécimaux, par exemple 3F2A-9C1B-77D0-E4A5).",
                "'{key}' is not a key fingerprint (expected four groups of four hexadecimal "
                "digits, e.g. 3F2A-9C1B-77D0-E4A5).", key=where + ".fingerprint"))
        names = entry.get("facilitators", [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise _wrong(source, where + ".facilitators", msg("une liste de noms",
                                                              "a list of names"))
        keys.append(TrustedKeyDefault(fingerprint, tuple(n.strip() for n in names if n.strip())))
    return tuple(keys)


def _only(source: str, prefix: str, table: dict[str, Any], known: set[str]) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise DefaultsError(source, msg(
            "la clé « {key} » est inconnue (clés possibles ici : {known}).",
            "the key '{key}' is unknown (keys possible here: {known}).",
            key=prefix + unknown[0], known=", ".join(sorted(known))))


def _text(source: str, name: str, table: dict[str, Any], key: str | None = None) -> str | None:
    value = table.get(key or name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _wrong(source, name, msg("un texte non vide", "a non-empty text"))
    return value.strip()


def _wrong(source: str, name: str, expected: Message) -> DefaultsError:
    return DefaultsError(source, msg("« {key} » doit être {expected}.",
                                     "'{key}' must be {expected}.", key=name, expected=expected))


def _expanded(value: str) -> str:
    """``~`` and environment variables (``$HOME``, ``%LOCALAPPDATA%``) of the user running."""
    return os.path.expanduser(os.path.expandvars(value))


def _unexpanded(source: str, name: str, value: str) -> str:
    """``value`` with the user's variables expanded; refused when one is not set (a path would
    silently become relative to wherever the application was started)."""
    expanded = _expanded(value)
    if re.search(r"\$\w|\$\{|%\w+%", expanded):
        raise DefaultsError(source, msg(
            "« {key} » utilise une variable d'environnement qui n'existe pas ici ({value}).",
            "'{key}' uses an environment variable that does not exist here ({value}).",
            key=name, value=value))
    return expanded


def _absolute(source: str, name: str, value: str) -> Path:
    """A folder of each user: absolute once ``~`` and variables are expanded."""
    path = Path(_unexpanded(source, name, value))
    if not path.is_absolute():
        raise DefaultsError(source, msg(
            "« {key} » doit être un chemin absolu (ou commencer par ~ ou une variable comme "
            "$HOME ou %LOCALAPPDATA%) : « {value} ».",
            "'{key}' must be an absolute path (or start with ~ or a variable such as $HOME or "
            "%LOCALAPPDATA%): '{value}'.", key=name, value=value))
    return path


def _located(source: str, name: str, defaults_file: Path, value: str) -> Path:
    """A path of the file: relative ones are read from the defaults file's folder."""
    path = Path(_unexpanded(source, name, value))
    return path if path.is_absolute() else defaults_file.parent / path


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).password is not None
    except (ArgumentError, ValueError):
        return ":" in url.split("://", 1)[1].split("@", 1)[0] if "@" in url else False
