"""The outcome of a verification: every check, what holds and what fails, naming files."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Check:
    """One verified fact. `status`: ok | fail | untrusted (a valid signature by a key not in the
    keyring) | unchecked (could not be checked here, e.g. an optional library is missing)."""

    name: str
    status: str
    detail: str
    file: str | None = None

    @property
    def ok(self) -> bool:
        """Anything but a failure (untrusted and unchecked are not failures)."""
        return self.status != "fail"


@dataclass
class VerifyReport:
    """All checks of one target (a pack folder, a pack.zip, a job folder or a single file)."""

    target: str
    kind: str
    checks: list[Check] = field(default_factory=list)
    keyid: str | None = None
    trusted: bool = False
    wallet: str | None = None

    def add(
        self, name: str, ok: bool, detail: str, file: str | None = None, status: str | None = None
    ) -> Check:
        """Record one check (status ok/fail from `ok` unless given)."""
        c = Check(name, status or ("ok" if ok else "fail"), detail, file)
        self.checks.append(c)
        return c

    def merge(self, other: VerifyReport, prefix: str = "") -> None:
        """Append another report's checks (files prefixed) and identity facts."""
        for c in other.checks:
            self.checks.append(
                Check(c.name, c.status, c.detail, f"{prefix}{c.file}" if c.file else c.file)
            )
        self.keyid = self.keyid or other.keyid
        self.trusted = self.trusted or other.trusted
        self.wallet = self.wallet or other.wallet

    @property
    def ok(self) -> bool:
        """True when at least one check ran and none failed."""
        return all(c.ok for c in self.checks) and bool(self.checks)

    @property
    def failures(self) -> list[Check]:
        """The checks that failed."""
        return [c for c in self.checks if not c.ok]

    @property
    def failed_files(self) -> set[str]:
        """The files named by failed checks."""
        return {c.file for c in self.failures if c.file}

    def to_dict(self) -> dict:
        """JSON-ready form (CLI --json, HTTP API)."""
        return {
            "target": self.target,
            "kind": self.kind,
            "ok": self.ok,
            "keyid": self.keyid,
            "trusted": self.trusted,
            "wallet": self.wallet,
            "checks": [asdict(c) for c in self.checks],
        }
