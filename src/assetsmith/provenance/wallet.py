"""Wallet identity: the creator's Ethereum address and its EIP-712 authorisation of a signing key.

The wallet signs typed data saying "key K may sign assets for wallet W until T"; we never hold the
wallet's private key. Packs carry that authorisation, and verification recovers the address from
it (eth-account) and checks it names the pack's signing key and is inside its validity window.
"""

from __future__ import annotations

import json
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from ..errors import WalletError, import_extra
from ..formats.atomic import write_json
from ..settings import Settings
from .paths import wallet_path

DOMAIN = {"name": "assetsmith", "version": "1"}
TYPES = {
    "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"}],
    "KeyAuthorization": [
        {"name": "wallet", "type": "address"},
        {"name": "keyId", "type": "string"},
        {"name": "algorithm", "type": "string"},
        {"name": "notBefore", "type": "uint64"},
        {"name": "expires", "type": "uint64"},
        {"name": "statement", "type": "string"},
    ],
}
_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")


def _import_eth(module: str, what: str) -> ModuleType:
    """An eth-* module of the provenance extra, imported without its side effect on the interpreter:
    py_ecc (under eth-account) raises the recursion limit to 100,000 when first imported, and with
    that limit json.loads of a deeply nested document (an API body, a model's reply) overflows the
    C stack and kills the process instead of raising RecursionError."""
    limit = sys.getrecursionlimit()
    try:
        return import_extra(module, "provenance", what)
    finally:
        sys.setrecursionlimit(limit)


def iso(ts: int | float) -> str:
    """UTC ISO-8601 time (seconds) of a Unix timestamp."""
    return datetime.fromtimestamp(int(ts), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def checksum_address(address: str) -> str:
    """Return the address if it is a valid EIP-55 checksummed address; WalletError otherwise.

    All-lowercase or all-uppercase addresses carry no checksum, so a typo in them cannot be
    caught: they are refused too."""
    address = address.strip()
    if not _ADDRESS.match(address):
        raise WalletError(
            f"'{address[:60]}' is not an Ethereum address (0x and 40 hex digits).",
            "Copy the address from your wallet.",
        )
    utils = _import_eth("eth_utils", "Checking a wallet address")
    body = address[2:]
    if body == body.lower() or body == body.upper():
        raise WalletError(
            "The wallet address has no EIP-55 checksum (it is all one case).",
            "Copy the mixed-case (checksummed) address from your wallet.",
        )
    if not utils.is_checksum_address(address):
        raise WalletError(
            "The wallet address fails its EIP-55 checksum: it has a typo.",
            "Copy the address from your wallet again.",
        )
    return address


def authorization_request(
    wallet: str, keyid: str, algorithm: str, *, not_before: int, expires: int
) -> dict:
    """The EIP-712 typed data the wallet signs (eth_signTypedData_v4's argument)."""
    wallet = checksum_address(wallet)
    return {
        "types": TYPES,
        "primaryType": "KeyAuthorization",
        "domain": DOMAIN,
        "message": {
            "wallet": wallet,
            "keyId": keyid,
            "algorithm": algorithm,
            "notBefore": int(not_before),
            "expires": int(expires),
            "statement": f"Key {keyid} may sign assets for wallet {wallet} until {iso(expires)}.",
        },
    }


def recover_signer(typed: dict, signature: str) -> str:
    """The address that made `signature` over the typed data (eth-account)."""
    account = _import_eth("eth_account", "Checking a wallet signature")
    encode_typed_data = _import_eth(
        "eth_account.messages", "Checking a wallet signature"
    ).encode_typed_data

    try:
        return account.Account.recover_message(
            encode_typed_data(full_message=typed), signature=signature
        )
    except Exception as exc:  # eth-account raises many types for malformed input
        raise WalletError(
            f"The wallet signature cannot be read ({type(exc).__name__}).",
            "Paste the full 0x... signature your wallet returned.",
        ) from None


def check_authorization(
    auth: dict, *, keyid: str | None = None, now: float | None = None
) -> list[str]:
    """Problems with an authorisation `{typedData, signature}` (empty list: it holds).

    Checks the structure, that the recovered address is the wallet, that it names `keyid`
    (when given), and that `now` lies in [notBefore, expires]."""
    try:
        typed, sig = auth["typedData"], auth["signature"]
        msg = typed["message"]
        expected = authorization_request(
            msg["wallet"],
            msg["keyId"],
            msg["algorithm"],
            not_before=msg["notBefore"],
            expires=msg["expires"],
        )
    except (KeyError, TypeError, ValueError):
        return ["the wallet authorisation is malformed"]
    except WalletError as exc:
        return [exc.message]
    if typed != expected:
        return ["the wallet authorisation is not the assetsmith KeyAuthorization form"]
    problems = []
    try:
        signer = recover_signer(typed, sig)
    except WalletError as exc:
        return [exc.message]
    if signer != msg["wallet"]:
        problems.append(
            f"the authorisation was signed by {signer}, not by the wallet {msg['wallet']}"
        )
    if keyid is not None and msg["keyId"] != keyid:
        problems.append(f"the wallet authorised key {msg['keyId']}, not the signing key {keyid}")
    now = time.time() if now is None else now
    if now > msg["expires"]:
        problems.append(f"the wallet authorisation expired at {iso(msg['expires'])}")
    if now < msg["notBefore"]:
        problems.append(f"the wallet authorisation is not valid before {iso(msg['notBefore'])}")
    return problems


def load_wallet(settings: Settings) -> dict | None:
    """The wallet file's content, or None when no wallet is linked."""
    path = wallet_path(settings)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text())
        checksum_address(data["address"])
        return data
    except (ValueError, KeyError, TypeError):
        raise WalletError(
            "The wallet file is damaged.", "Run `assetsmith link-wallet` again."
        ) from None


def save_wallet(settings: Settings, data: dict) -> Path:
    """Write the wallet file atomically."""
    path = wallet_path(settings)
    write_json(path, data)
    return path


def creator_block(settings: Settings, keyid: str) -> dict | None:
    """The pack's creator identity: the linked wallet and its valid authorisation of `keyid`.

    None when no wallet is linked. WalletError when one is linked but no authorisation of this
    key holds now: a pack is never signed with an identity claim that would not verify."""
    data = load_wallet(settings)
    if data is None:
        return None
    found = [
        a
        for a in data.get("authorizations", [])
        if a.get("typedData", {}).get("message", {}).get("keyId") == keyid
    ]
    if not found:
        raise WalletError(
            f"The wallet {data['address']} has not authorised the signing key {keyid}.",
            f"Run `assetsmith link-wallet {data['address']}` to authorise it.",
        )
    best = max(found, key=lambda a: a["typedData"]["message"]["expires"])
    problems = check_authorization(best, keyid=keyid)
    if problems:
        raise WalletError(
            f"The wallet authorisation of the signing key does not hold: {problems[0]}.",
            f"Run `assetsmith link-wallet {data['address']}` to renew it.",
        )
    return {"wallet": data["address"], "authorization": best}
