"""The exception tree and the exit codes every command uses.

Each exception pairs :class:`TeiencodeError` with the builtin it resembles, so
callers may catch either. Exit codes are a fixed table, never counts.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1  # documents invalid or failed
EXIT_USAGE = 2  # bad options, missing files
EXIT_WARNINGS = 3  # warnings under --strict
EXIT_UNREADABLE = 4  # input could not be read at all


class TeiencodeError(Exception):
    """Base of every error teiencode raises on purpose.

    ``file``/``line``/``column`` say where, ``hint`` what to do about it.
    """

    exit_code = EXIT_INVALID

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.hint = hint

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line, self.column) if p is not None)
        text = f"{where}: {self.message}" if where else self.message
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(TeiencodeError, OSError):
    """An input could not be read: missing, binary, undecodable, too large."""

    exit_code = EXIT_UNREADABLE


class OutputError(TeiencodeError, OSError):
    """An output could not be written: a folder that cannot be created, no
    permission, a file in the way, a full disk."""

    exit_code = EXIT_USAGE


class ReadError(TeiencodeError, ValueError):
    """A page could not be read into the model."""


class RegisterError(TeiencodeError, ValueError):
    """A register file (TEI or CSV) is malformed or inconsistent."""


class XMLInputError(TeiencodeError, ValueError):
    """XML that is malformed or unsafe (entities, DTDs, XInclude)."""


class ValidationFailed(TeiencodeError, ValueError):
    """A document is not valid; ``diagnostics`` lists why."""

    def __init__(self, message: str, diagnostics: list, **kwargs: object) -> None:  # type: ignore[type-arg]
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.diagnostics = diagnostics


class PublishError(TeiencodeError, RuntimeError):
    """A stylesheet failed on a document."""
