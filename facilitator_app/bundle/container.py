"""The bundle's zip container: written canonically, read defensively.

A bundle is an ordinary zip file that any tool can open, but a *canonical* one: members are
stored (not compressed), in a fixed order, with fixed time stamps and no extra fields. Its bytes
are therefore a function of its members alone, which makes two exports of the same data
byte-identical and lets the reader refuse any change to any byte, headers included.

The reader never extracts to disk. It checks the central directory against fixed limits and
naming rules before reading a single member, and reads each member in memory within its
declared size.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator_app.errors import BundleError
from facilitator_app.i18n import msg
from facilitator_app.json_schema import shown_text

# 1980-01-01 00:00:00 in MS-DOS format: the earliest time a zip can hold.
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
_UTF8_NAMES = 0x0800
_VERSION = 20
_MADE_BY_UNIX = (3 << 8) | _VERSION
_REGULAR_FILE = (stat.S_IFREG | 0o644) << 16
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = 0x04034B50, 0x02014B50, 0x06054B50


@dataclass(frozen=True, slots=True)
class Limits:
    """What the reader accepts at most. The defaults hold any real atelier many times over
    (docs/bundle-format.md, "Limits"), and keep verifying the largest file they allow within
    250 MB and 2 s (docs/PERFORMANCE.md, ``limits``)."""

    file_bytes: int = 16 * 1024 * 1024
    members: int = 16
    member_bytes: int = 15 * 1024 * 1024
    compression_ratio: int = 50
    json_depth: int = 16
    string_chars: int = 100_000
    integer_digits: int = 15


def write_container(members: Sequence[tuple[str, bytes]],
                    crcs: Sequence[int] | None = None) -> bytes:
    """The canonical zip of ``members`` (name, content), in the order given; ``crcs``, when
    known, are the members' CRC-32."""
    out = io.BytesIO()
    central = []
    for index, (name, content) in enumerate(members):
        encoded = name.encode("utf-8")
        crc = zlib.crc32(content) if crcs is None else crcs[index]
        offset = out.tell()
        out.write(_LOCAL.pack(_LOCAL_SIG, _VERSION, _UTF8_NAMES, zipfile.ZIP_STORED, _DOS_TIME,
                              _DOS_DATE, crc, len(content), len(content), len(encoded), 0))
        out.write(encoded)
        out.write(content)
        central.append(_CENTRAL.pack(
            _CENTRAL_SIG, _MADE_BY_UNIX, _VERSION, _UTF8_NAMES, zipfile.ZIP_STORED, _DOS_TIME,
            _DOS_DATE, crc, len(content), len(content), len(encoded), 0, 0, 0, 0,
            _REGULAR_FILE, offset) + encoded)
    start = out.tell()
    for record in central:
        out.write(record)
    size = out.tell() - start
    out.write(_END.pack(_END_SIG, 0, 0, len(central), len(central), size, start, 0))
    return out.getvalue()


def _refuse(source: str, rule: str, fr: str, en: str, **params) -> BundleError:
    shown = {k: shown_text(v) if isinstance(v, str) else v for k, v in params.items()}
    return BundleError(source, rule, msg(fr, en, **shown))


def _declared_entries(data: bytes, source: str) -> int:
    """The member count of the end record, read before zipfile parses the whole directory."""
    at = data.rfind(struct.pack("<I", _END_SIG), max(0, len(data) - 65_557))
    if at < 0 or len(data) - at < _END.size:
        raise _refuse(source, "container", "ce n'est pas un fichier zip lisible.",
                      "it is not a readable zip file.")
    return _END.unpack_from(data, at)[4]


def check_name(name: str, source: str) -> None:
    """Refuse member names that could escape a folder or mean different files elsewhere."""
    if "\\" in name:
        raise _refuse(source, "member-path", "l'élément « {name} » contient une barre oblique "
                      "inversée.", "the member '{name}' contains a backslash.", name=name)
    if name.startswith("/"):
        raise _refuse(source, "member-path", "l'élément « {name} » a un chemin absolu.",
                      "the member '{name}' has an absolute path.", name=name)
    if len(name) >= 2 and name[1] == ":" and name[0].isalpha():
        raise _refuse(source, "member-path", "l'élément « {name} » commence par une lettre de "
                      "lecteur.", "the member '{name}' starts with a drive letter.", name=name)
    if ".." in name.split("/"):
        raise _refuse(source, "member-path", "l'élément « {name} » remonte au dossier parent.",
                      "the member '{name}' climbs to the parent folder.", name=name)
    if any(ord(ch) < 32 for ch in name):
        raise _refuse(source, "member-path", "le nom d'un élément contient un caractère de "
                      "contrôle.", "a member's name contains a control character.")


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo], end_of_entries: int,
                  source: str) -> None:
    """Each entry's local header must be where the directory says, and no two entries may
    share bytes (overlapping entries are how some zip bombs and parser confusions work)."""
    previous_end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        at = info.header_offset
        if at < previous_end:
            raise _refuse(source, "overlap", "l'élément « {name} » chevauche un autre élément "
                          "dans le fichier.", "the member '{name}' overlaps another one in the "
                          "file.", name=info.filename)
        if at + _LOCAL.size > len(data) or _LOCAL.unpack_from(data, at)[0] != _LOCAL_SIG:
            raise _refuse(source, "container", "l'en-tête de l'élément « {name} » est introuvable.",
                          "the header of the member '{name}' is missing.", name=info.filename)
        fields = _LOCAL.unpack_from(data, at)
        previous_end = at + _LOCAL.size + fields[9] + fields[10] + info.compress_size
    if previous_end > end_of_entries:
        raise _refuse(source, "overlap", "un élément déborde sur le répertoire de l'archive.",
                      "a member runs into the zip's directory.")


def read_members(data: bytes, source: str, expected: Sequence[str],
                 limits: Limits = Limits()) -> dict[str, bytes]:
    """The members of a bundle, in memory, after every container rule has been checked.

    ``expected`` is the exact set of member names of the format; the archive must also be the
    canonical serialisation of its members."""
    if len(data) > limits.file_bytes:
        raise _refuse(source, "file-size", "le fichier fait {size} octets, plus que les {limit} "
                      "permis.", "the file is {size} bytes, more than the {limit} allowed.",
                      size=len(data), limit=limits.file_bytes)
    if _declared_entries(data, source) > limits.members:
        raise _refuse(source, "member-count", "le fichier contient plus de {limit} éléments.",
                      "the file holds more than {limit} members.", limit=limits.members)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        end_of_entries = archive.start_dir
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError,
            struct.error, UnicodeDecodeError, IndexError, OverflowError) as exc:
        raise _refuse(source, "container", "ce n'est pas un fichier zip lisible ({detail}).",
                      "it is not a readable zip file ({detail}).", detail=str(exc)[:120]) from None
    if len(infos) > limits.members:
        raise _refuse(source, "member-count", "le fichier contient plus de {limit} éléments.",
                      "the file holds more than {limit} members.", limit=limits.members)
    seen: dict[str, str] = {}
    for info in infos:
        name = info.orig_filename
        check_name(name, source)
        if name in seen.values():
            raise _refuse(source, "member-duplicate", "l'élément « {name} » apparaît deux fois.",
                          "the member '{name}' appears twice.", name=name)
        folded = name.casefold()
        if folded in seen:
            raise _refuse(source, "member-duplicate", "les éléments « {a} » et « {b} » ne "
                          "diffèrent que par la casse.", "the members '{a}' and '{b}' differ "
                          "only in case.", a=seen[folded], b=name)
        seen[folded] = name
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(source, "member-type", "l'élément « {name} » est un lien symbolique.",
                          "the member '{name}' is a symbolic link.", name=name)
        if info.flag_bits & 0x1:
            raise _refuse(source, "member-type", "l'élément « {name} » est chiffré.",
                          "the member '{name}' is encrypted.", name=name)
    for info in infos:  # sizes first, so that a bomb is called a bomb
        name = info.orig_filename
        if info.file_size > limits.member_bytes:
            raise _refuse(source, "member-size", "l'élément « {name} » ferait {size} octets, plus "
                          "que les {limit} permis.", "the member '{name}' would be {size} bytes, "
                          "more than the {limit} allowed.", name=name, size=info.file_size,
                          limit=limits.member_bytes)
        if info.file_size > 1024 * 1024 and \
                info.file_size > limits.compression_ratio * max(info.compress_size, 1):
            raise _refuse(source, "compression-ratio", "l'élément « {name} » grossirait "
                          "{ratio} fois à la décompression : c'est une bombe de décompression.",
                          "the member '{name}' expands {ratio} times: it is a decompression "
                          "bomb.", name=name, ratio=info.file_size // max(info.compress_size, 1))
    for info in infos:
        name = info.orig_filename
        if info.compress_type != zipfile.ZIP_STORED:
            raise _refuse(source, "compression-method", "l'élément « {name} » est compressé ; "
                          "les éléments d'un paquet sont stockés tels quels.",
                          "the member '{name}' is compressed; a bundle's members are stored as "
                          "they are.", name=name)
    _check_layout(data, infos, end_of_entries, source)
    names = [info.orig_filename for info in infos]
    missing = [n for n in expected if n not in names]
    if missing:
        raise _refuse(source, "members", "il manque {names}.", "{names} is missing.",
                      names=", ".join(missing))
    extra = [n for n in names if n not in expected]
    if extra:
        raise _refuse(source, "members", "il contient des éléments étrangers au format : "
                      "{names}.", "it holds {names}, which has no place in a bundle.",
                      names=", ".join(extra))
    members = {}
    for info in infos:
        try:
            with archive.open(info) as stream:
                content = stream.read(info.file_size + 1)
        except (zipfile.BadZipFile, ValueError, EOFError, OSError, NotImplementedError,
                zlib.error, struct.error, OverflowError) as exc:
            raise _refuse(source, "container", "l'élément « {name} » est illisible ({detail}).",
                          "the member '{name}' is unreadable ({detail}).", name=info.filename,
                          detail=str(exc)[:120]) from None
        if len(content) != info.file_size:
            raise _refuse(source, "member-size", "l'élément « {name} » n'a pas la taille "
                          "annoncée.", "the member '{name}' is not the size it declares.",
                          name=info.filename)
        members[info.orig_filename] = content
    # zipfile has checked each member's CRC-32 as it read it: the canonical form reuses them.
    crcs = {info.orig_filename: info.CRC for info in infos}
    if write_container([(n, members[n]) for n in expected], [crcs[n] for n in expected]) != data:
        raise _refuse(source, "canonical", "le fichier a été modifié en dehors de son contenu "
                      "(en-têtes, dates, ordre ou octets ajoutés) : il n'est plus tel que "
                      "l'application l'a écrit.", "the file was changed outside its content "
                      "(headers, dates, order or added bytes): it is no longer as the "
                      "application wrote it.")
    return members
