"""The names ``teiencode`` exports are the functions and classes they say,
whichever of its packages have been imported already."""

from __future__ import annotations

import importlib
import inspect

import teiencode


def test_every_exported_name_is_a_function_or_class_even_after_its_package_is_imported() -> None:
    for package in ("read", "entities", "tei", "validate", "publish", "build", "pipeline"):
        importlib.import_module(f"teiencode.{package}")  # binds the package on teiencode
    for name in teiencode.__all__:
        if name == "__version__":
            continue
        value = getattr(teiencode, name)
        assert not inspect.ismodule(value), f"teiencode.{name} is a module"
        assert callable(value), name
