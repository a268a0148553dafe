"""Runs the streaming helpers of streaming.output.py (only its `_sentry*` definitions, so no SDK is needed)
against stand-ins shaped like openai's and anthropic's Python `Stream` (a `_iterator` generator that
`__iter__`/`__next__` read) and stream managers. Exits non-zero with the failed check's message.
usage: python3 check_helpers.py [GENERATED_FILE.py]"""
import ast
import asyncio
import gc
import json
import pathlib
import sys
import types

# The hand-written target by default, or the file given (the engine's own output for streaming.input.py).
SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("streaming.output.py")).read_text()
helpers = {"json": json}
module = ast.parse(SOURCE)
module.body = [
    node for node in module.body
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name.lower().startswith("_sentry")
]
exec(compile(module, "streaming.output.py", "exec"), helpers)
# The engine's output asks sentry-sdk whether to record responses (--record-outputs auto); there is none here:
# say yes, so the checks below see what the helpers record (test/python/runtime.test.ts checks the answer no).
if "_sentry_records_ai_content" in helpers:
    helpers["_sentry_records_ai_content"] = lambda kind: True
h = types.SimpleNamespace(**helpers)


class Span:
    def __init__(self):
        self.data, self.status, self.timestamp, self.finishes = {}, None, None, 0

    def set_data(self, key, value):
        assert self.timestamp is None, "set_data on a finished span"
        self.data[key] = value

    def set_status(self, status):
        self.status = status

    def finish(self):
        self.finishes += 1
        self.timestamp = self.timestamp or 1.0


class Stream:
    """Like openai._streaming.Stream: iteration goes through `self._iterator`."""

    def __init__(self, chunks, fail_after=None):
        self._iterator = self._stream(chunks, fail_after)

    @staticmethod
    def _stream(chunks, fail_after):
        for index, chunk in enumerate(chunks):
            if index == fail_after:
                raise ConnectionError("connection lost")
            yield chunk

    def __iter__(self):
        for item in self._iterator:
            yield item

    def __next__(self):
        return self._iterator.__next__()


class AsyncStream:
    def __init__(self, chunks):
        async def stream():
            for chunk in chunks:
                yield chunk
        self._iterator = stream()

    async def __aiter__(self):
        async for item in self._iterator:
            yield item


def chunk(content=None, finish=None, usage=None, choices=True):
    return {
        "id": "c1",
        "model": "gpt-4o-2024",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}] if choices else [],
        "usage": usage,
    }


CHUNKS = [chunk("Hel"), chunk("lo"), chunk(finish="stop"), chunk(usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}, choices=False)]


def check_whole_stream():
    span = Span()
    original = Stream(CHUNKS)
    stream = h._sentry_stream(span, lambda: original, h._SentryOpenAIChatChunks())
    assert stream is original
    assert span.finishes == 0
    received = list(stream)
    assert received == CHUNKS and received[0] is CHUNKS[0]
    assert span.finishes == 1 and span.status is None, span.__dict__
    assert span.data["gen_ai.response.text"] == '["Hello"]', span.data
    assert span.data["gen_ai.response.finish_reasons"] == '["stop"]'
    assert (span.data["gen_ai.usage.input_tokens"], span.data["gen_ai.usage.total_tokens"]) == (3, 5)


def check_next_calls():
    span = Span()
    stream = h._sentry_stream(span, lambda: Stream(CHUNKS), h._SentryOpenAIChatChunks())
    assert next(stream) is CHUNKS[0]
    assert list(stream) == CHUNKS[1:]
    assert span.finishes == 1


def check_break_then_dropped():
    span = Span()
    stream = h._sentry_stream(span, lambda: Stream(CHUNKS), h._SentryOpenAIChatChunks())
    for _ in stream:
        break
    assert span.finishes == 0  # still open while the app holds the stream
    del stream
    gc.collect()
    assert span.finishes == 1 and span.status is None, span.__dict__
    assert span.data["gen_ai.response.text"] == '["Hel"]'


def check_failure_half_way():
    span = Span()
    stream = h._sentry_stream(span, lambda: Stream(CHUNKS, fail_after=2), h._SentryOpenAIChatChunks())
    received = []
    try:
        for item in stream:
            received.append(item)
        raise AssertionError("the error did not reach the app")
    except ConnectionError:
        pass
    assert received == CHUNKS[:2]
    assert span.finishes == 1 and span.status == "internal_error"


def check_failed_request():
    span = Span()

    def request():
        raise TimeoutError("no answer")

    try:
        h._sentry_stream(span, request, h._SentryOpenAIChatChunks())
        raise AssertionError("the error did not reach the app")
    except TimeoutError:
        pass
    assert span.finishes == 1 and span.status == "internal_error"


def check_async_stream():
    span = Span()
    stream = h._sentry_stream(span, lambda: AsyncStream(CHUNKS), h._SentryOpenAIChatChunks())

    async def read():
        return [item async for item in stream]

    assert asyncio.run(read()) == CHUNKS
    assert span.finishes == 1


def check_anthropic_events():
    collect = h._SentryAnthropicEvents()
    for event in [
        {"type": "message_start", "message": {"id": "m1", "model": "claude", "usage": {"input_tokens": 13, "output_tokens": 1, "cache_read_input_tokens": 15, "cache_creation_input_tokens": 16}}},
        {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "Hi "}},
        {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "there"}},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 14}},
    ]:
        collect.add(event)
    data = collect.data()
    assert data["gen_ai.response.text"] == '["Hi there"]', data
    assert (data["gen_ai.usage.input_tokens"], data["gen_ai.usage.output_tokens"], data["gen_ai.usage.total_tokens"]) == (44, 14, 58), data


def check_stream_block():
    class Manager:
        def __init__(self):
            self.exited = None
            self.stream = types.SimpleNamespace(current_message_snapshot={
                "id": "m1", "model": "claude", "stop_reason": "end_turn",
                "content": [{"type": "text", "text": "Hi"}],
                "usage": {"input_tokens": 1, "output_tokens": 2},
            })

        def __enter__(self):
            return self.stream

        def __exit__(self, *exc):
            self.exited = exc
            return False

    span, manager = Span(), Manager()
    with h._sentry_stream_block(span, manager, h._sentry_record_anthropic_message) as stream:
        assert stream is manager.stream
    assert manager.exited == (None, None, None)
    assert span.data["gen_ai.response.text"] == '["Hi"]' and span.data["gen_ai.usage.total_tokens"] == 3, span.data
    try:
        with h._sentry_stream_block(Span(), Manager(), h._sentry_record_anthropic_message):
            raise KeyError("app error")
    except KeyError:
        pass
    else:
        raise AssertionError("the block's error was swallowed")


for name, check in list(globals().items()):
    if name.startswith("check_") and callable(check):
        check()
        print("ok", name)
