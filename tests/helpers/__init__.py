"""Checkers shared by every test suite: the Khronos glTF-Validator and USD's validators."""
