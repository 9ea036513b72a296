"""The built-in stages that live in the pipeline package: spec, materials, geometry, export,
layout, package. Each module exports one stage (`create_stage`), its options class and DEFAULTS;
the work lives in the domain packages. pipeline/plan.py puts them (and the render, originality,
provenance and attest stages of their own packages) in order."""
