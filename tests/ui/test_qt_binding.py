"""Guards against defects of the Qt binding itself that would crash the app."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig = Signal(object)


def test_emitting_a_signal_keeps_the_reference_count_of_true():
    # PySide6 6.12.0 returned True from Signal.emit() without a reference of
    # its own: every emit made from Python took one away, and after some
    # hundreds of broadcasts the interpreter aborted ("bool_dealloc").
    emitter = _Emitter()
    received = []
    emitter.sig.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):  # few enough not to abort on a broken binding
        emitter.sig.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) > before - 100  # a broken binding loses all 200
