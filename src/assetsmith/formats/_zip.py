"""The zip writer behind USDZ and reproducible packs: deterministic, streaming, no zip64.

Written by hand rather than with `zipfile` because USDZ needs each file's data 64-byte aligned
(padding in the local header's extra field only) and because every byte must be reproducible.
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Callable

import deflate

from assetsmith.errors import OutputError

DOS_EPOCH = (0, (0 << 9) | (1 << 5) | 1)  # (time, date) of 1980-01-01 00:00:00
_PAD_HEADER_ID = 0x1986  # the extra-field id Pixar's own USDZ writer pads with
_LIMIT = 0xFFFFFFFF
_MADE_BY_UNIX = (3 << 8) | 20  # host "Unix", so readers honour the permission bits


def dos_datetime(epoch: int | None) -> tuple[int, int]:
    """(time, date) DOS fields for a Unix time (UTC), clamped to the DOS range; None -> 1980."""
    if epoch is None:
        return DOS_EPOCH
    t = time.gmtime(min(max(int(epoch), 315532800), 4354819198))  # 1980-01-01 .. 2107-12-31
    return (
        (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2),
        ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday,
    )


class ZipWriter:
    """Append entries through `write(bytes)`, then `finish()` writes the central directory."""

    def __init__(
        self,
        write: Callable[[bytes | bytearray], object],
        *,
        dos_time: tuple[int, int] = DOS_EPOCH,
        align: int = 0,
    ) -> None:
        self._write = write
        self._dos_time = dos_time
        self._align = align
        self._offset = 0
        self._central: list[bytes] = []

    def _emit(self, data: bytes | bytearray) -> None:
        self._write(data)
        self._offset += len(data)

    def add(
        self, name: str, data: bytes, *, deflate_level: int | None = None, mode: int = 0o644
    ) -> None:
        """Add one file; `deflate_level=None` stores it uncompressed."""
        raw_name = name.encode("utf-8")
        flags = 0 if raw_name.isascii() else 0x0800  # bit 11: the name is UTF-8
        crc = zlib.crc32(data)
        payload: bytes | bytearray
        if deflate_level is None:
            method, version, payload = 0, 10, data
        else:
            # Raw DEFLATE, as zip wants, by libdeflate: smaller than zlib at each level, faster at 6.
            method, version, payload = 8, 20, deflate.deflate_compress(data, deflate_level)
        if len(data) >= _LIMIT or self._offset >= _LIMIT or len(self._central) >= 0xFFFF:
            raise OutputError("The archive is too large for a zip without zip64.")
        extra = self._padding(30 + len(raw_name))
        t, d = self._dos_time
        common = struct.pack(
            "<HHHHHIII", version, flags, method, t, d, crc, len(payload), len(data)
        )
        header = (
            struct.pack("<I", 0x04034B50) + common + struct.pack("<HH", len(raw_name), len(extra))
        )
        self._central.append(
            struct.pack("<IH", 0x02014B50, _MADE_BY_UNIX)
            + common
            + struct.pack(
                "<HHHHHII", len(raw_name), 0, 0, 0, 0, (0o100000 | mode) << 16, self._offset
            )
            + raw_name
        )
        self._emit(header + raw_name + extra)
        self._emit(payload)

    def _padding(self, header_len: int) -> bytes:
        if not self._align:
            return b""
        pad = -(self._offset + header_len) % self._align
        if pad == 0:
            return b""
        if pad < 4:  # an extra field is at least its 4-byte header
            pad += self._align
        return struct.pack("<HH", _PAD_HEADER_ID, pad - 4) + bytes(pad - 4)

    def finish(self) -> None:
        """Write the central directory and the end record."""
        start = self._offset
        directory = b"".join(self._central)
        self._emit(directory)
        n = len(self._central)
        self._emit(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, n, n, len(directory), start, 0))
