"""Runs one program for real and prints what Sentry would have received.

usage: python runner.py PROGRAM.py BASE_URL

The program defines `main(base_url)` (plain or async). It runs inside a root transaction `runtime-test`
(op `test`) with the real sentry-sdk, whose transport keeps envelopes in memory: nothing leaves the
machine. Sentry's own integrations stay off (default_integrations=False, auto_enabling_integrations=False)
so every gen_ai span comes from the codemod, except httpx's, which shows where the SDK's HTTP calls ran.
The last stdout line is the report: {"result", "error", "stdout", "spans"}.
With sentry-sdk 3.x (.venv-test-sdk3/) the root is a span of the same name and op, every span is sent as a
span envelope item, and SEND_DEFAULT_PII=0 becomes data_collection={"gen_ai": {inputs, outputs: False}}.
"""
import asyncio
import contextlib
import faulthandler
from datetime import datetime
import importlib.util
import inspect
import io
import json
import os
import sys
import traceback

import sentry_sdk
from sentry_sdk.integrations import DidNotEnable

try:
    from sentry_sdk.integrations.httpx import HttpxIntegration
except DidNotEnable:  # .venv-test-sdk3/ has no httpx (openai and anthropic use httpx2)
    HttpxIntegration = None
from sentry_sdk.transport import Transport

ENVELOPES = []


class MemoryTransport(Transport):
    """Keeps every envelope in this process."""

    def capture_envelope(self, envelope):
        ENVELOPES.append(envelope)

    def flush(self, timeout, callback=None):
        pass

    def kill(self):
        pass


def load(path):
    spec = importlib.util.spec_from_file_location("program", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans_of(envelopes):
    """Every span sent, as flat records in start order. sentry-sdk 2.x sends the root and plain child spans in the
    transaction event, and spans whose op starts with `gen_ai.` in a span-v2 item of the same envelope."""
    spans = []
    for envelope in envelopes:
        for item in envelope.items:
            payload = item.payload.json
            if item.type == "transaction":
                spans.append(record(payload["contexts"]["trace"], payload.get("transaction")))
                spans.extend(record(span, span.get("description")) for span in payload.get("spans", []))
            elif item.type == "span":
                spans.extend(record_v2(span) for span in payload.get("items", []))
    return sorted(spans, key=lambda span: span["start"] or 0)


def seconds(timestamp):
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp() if isinstance(timestamp, str) else timestamp


def record(span, name):
    return {
        "start": seconds(span.get("start_timestamp")),
        "end": seconds(span.get("timestamp")),
        "spanId": span.get("span_id"),
        "parentSpanId": span.get("parent_span_id"),
        "op": span.get("op"),
        "name": name,
        "status": span.get("status"),
        "data": span.get("data") or {},
    }


def record_v2(span):
    attributes = {key: entry.get("value") for key, entry in (span.get("attributes") or {}).items()}
    return {
        "start": span.get("start_timestamp"),
        "end": span.get("end_timestamp"),
        "spanId": span.get("span_id"),
        "parentSpanId": span.get("parent_span_id"),
        "op": attributes.pop("sentry.op", None),
        "name": span.get("name"),
        "status": span.get("status"),
        "data": attributes,
    }


SDK3 = int(sentry_sdk.VERSION.split(".")[0]) >= 3


def root_span():
    if SDK3:
        return sentry_sdk.start_span(name="runtime-test", attributes={"sentry.op": "test"})
    return sentry_sdk.start_transaction(op="test", name="runtime-test")


def main():
    program, base_url = sys.argv[1], sys.argv[2]
    # A run that hangs prints every thread's stack and exits before the test's own timeout kills it silently.
    faulthandler.dump_traceback_later(float(os.environ.get("RUN_WATCHDOG_SECONDS", "140")), exit=True)
    # What the codemod's `--record-inputs auto` asks at run time; SEND_DEFAULT_PII=0 turns it off.
    content = os.environ.get("SEND_DEFAULT_PII", "1") == "1"
    privacy = {"data_collection": {"gen_ai": {"inputs": content, "outputs": content}}} if SDK3 else {"send_default_pii": content}
    sentry_sdk.init(
        dsn="http://public@127.0.0.1:9/1",  # never contacted: the transport below keeps everything
        transport=MemoryTransport,
        traces_sample_rate=1.0,
        default_integrations=False,
        auto_enabling_integrations=False,
        integrations=[HttpxIntegration()] if HttpxIntegration else [],
        **privacy,
    )
    output = io.StringIO()
    report = {"result": None, "error": None}
    with root_span():
        try:
            with contextlib.redirect_stdout(output):
                value = load(program).main(base_url)
                if inspect.isawaitable(value):
                    value = asyncio.run(value)
            report["result"] = value
        except BaseException:  # reported, the test decides
            report["error"] = traceback.format_exc()
    sentry_sdk.flush()
    report["stdout"] = output.getvalue()
    report["spans"] = spans_of(ENVELOPES)
    sys.stdout.write("\n" + json.dumps(report, default=repr) + "\n")
    sys.stdout.flush()
    # The report is out: skip the interpreter's teardown, where a library's exit hooks (litellm flushes its
    # logging worker there) have been seen to hang on a loaded CI machine with the report still unflushed.
    os._exit(0)


if __name__ == "__main__":
    main()
