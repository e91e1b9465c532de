"""vLLM must start in a process that has loaded Numba (environment kernels do)."""

import pytest


def test_llvmlite_library_object_behaves_like_an_object_for_vars():
    pytest.importorskip("numba")
    import numba  # noqa: F401  (loads llvmlite's lazy library object)
    from llvmlite.binding import ffi

    from rlve_gym.compat import guard_llvmlite_for_vllm

    guard_llvmlite_for_vllm()
    guard_llvmlite_for_vllm()  # idempotent
    with pytest.raises(AttributeError):
        ffi.lib.__dict__  # noqa: B018
    with pytest.raises(TypeError):
        vars(ffi.lib)
    # ordinary symbol lookup still works
    assert ffi.lib.LLVMPY_GetVersionInfo is not None
