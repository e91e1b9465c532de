"""Work-arounds for clashes between third-party packages that rlve-gym brings together."""

from __future__ import annotations


def guard_llvmlite_for_vllm() -> None:
    """Let vLLM's engine start in a process that has loaded Numba.

    On start-up vLLM (0.32, CPU platform) walks every module in ``sys.modules`` and calls
    ``vars()`` on module attributes. llvmlite's lazy library object (loaded with Numba, which
    environment kernels use) answers *any* attribute, ``__dict__`` included, with a function
    wrapper, so ``vars()`` returns a non-dict and the engine fails with "'_lib_fn_wrapper' object
    has no attribute 'get'". Here the wrapper refuses dunder names, as an ordinary object does.
    Idempotent; a no-op when llvmlite is not installed.
    """
    try:
        from llvmlite.binding import ffi
    except ImportError:
        return
    wrapper = getattr(ffi, "_lib_wrapper", None)
    if wrapper is None or getattr(wrapper, "_rlve_guarded", False):
        return
    lazy_getattr = wrapper.__getattr__

    def guarded_getattr(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return lazy_getattr(self, name)

    wrapper.__getattr__ = guarded_getattr
    wrapper._rlve_guarded = True
