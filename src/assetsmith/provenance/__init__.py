"""Provenance: signed in-toto statements over every pack file, signers behind one protocol (file,
PKCS#11, AWS KMS, remote), wallet identity, Content Credentials, and verification.

Importing this package is cheap; optional libraries (python-pkcs11, boto3, eth-account,
c2pa-python) are imported by the backend that needs them.
"""

from ..errors import ExtraMissing, SigningFailed, VerificationFailed, WalletError
from .report import Check, VerifyReport
from .signers import Signer, open_signer
from .statement import PROVENANCE_FILE, RUN_FILE

__all__ = [
    "PROVENANCE_FILE",
    "RUN_FILE",
    "Check",
    "ExtraMissing",
    "Signer",
    "SigningFailed",
    "VerificationFailed",
    "VerifyReport",
    "WalletError",
    "open_signer",
]
