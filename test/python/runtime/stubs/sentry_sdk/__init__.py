"""A stand-in for sentry-sdk 2.x's span API that is strict about the signatures the generated code uses.

sentry-sdk 2.x: `start_span(**kwargs)` builds `Span(**kwargs)`, whose parameters are op, name (2.15+),
description (deprecated), origin, status, sampled, ... and no `attributes` (that is the 3.x API);
`Span.set_data(key, value)`; the span is a context manager. Span data must be primitives (the SDK's own
AI integrations turn everything else into JSON strings). Every span is recorded in SPANS.
"""

SPANS = []
_active = []

_SPAN_PARAMETERS = {
    "trace_id", "span_id", "parent_span_id", "same_process_as_parent", "sampled", "op", "description", "hub",
    "status", "containing_transaction", "start_timestamp", "scope", "origin", "name", "only_if_parent",
}


class Span:
    def __init__(self, op=None, name=None, origin="manual"):
        self.op = op
        self.name = name
        self.origin = origin
        self.data = {}
        self.parent = _active[-1] if _active else None
        self.finished = False

    def set_data(self, key, value):
        if not isinstance(key, str):
            raise TypeError("span data keys are strings")
        if self.finished:
            raise RuntimeError("set_data(%r) on a finished span" % key)
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise TypeError("span data %r should be a primitive, got %s" % (key, type(value).__name__))
        self.data[key] = value

    def __enter__(self):
        _active.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        _active.pop()
        self.finished = True
        return False


def start_span(**kwargs):
    unknown = sorted(set(kwargs) - _SPAN_PARAMETERS)
    if unknown:
        raise TypeError("Span.__init__() got an unexpected keyword argument %r" % unknown[0])
    if "description" in kwargs:
        raise AssertionError("the generated code should use name=, description= is deprecated since 2.15")
    if not isinstance(kwargs.get("op"), str) or not isinstance(kwargs.get("name"), str):
        raise AssertionError("op and name should be strings: %r" % (kwargs,))
    span = Span(kwargs["op"], kwargs["name"], kwargs.get("origin", "manual"))
    SPANS.append(span)
    return span
