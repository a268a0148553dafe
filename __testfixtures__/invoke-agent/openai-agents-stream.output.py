"""openai-agents: `Runner.run_streamed` returns at once and the run goes on in a task; its span ends with the run."""
import json
import sentry_sdk
from agents import Agent, Runner


def _sentry_field(value, *steps):
    """value.a.b, value["a"]["b"] for dicts, value[0] for an int step; None when a step is missing."""
    try:
        for step in steps:
            if isinstance(step, int):
                value = value[step]
            else:
                value = value.get(step) if isinstance(value, dict) else getattr(value, step, None)
        return value
    except Exception:
        return None


def _sentry_json(value, as_list=False, text_as_is=False):
    """Span data as JSON; None for None, an empty or all-None list, or what cannot be serialised."""
    if text_as_is and isinstance(value, str):
        return value
    items = value if isinstance(value, (list, tuple)) else [value]
    if all(item is None for item in items):
        return None
    try:
        return json.dumps(items if as_list else value, default=lambda item: item.model_dump() if hasattr(item, "model_dump") else str(item))
    except Exception:
        return None


def _sentry_user_messages(value):
    """A run's input as messages: a str is the user's one message, a list the messages as given."""
    return [{"role": "user", "content": value}] if isinstance(value, str) else value


def _sentry_set(span, key, value):
    """span.set_data for a value read at run time; skipped when it is None."""
    if value is not None:
        span.set_data(key, value)


def _sentry_records_ai_content(kind):
    """Whether the app's Sentry settings allow AI prompts ("inputs") or responses ("outputs") in spans."""
    try:
        client = sentry_sdk.get_client() if hasattr(sentry_sdk, "get_client") else sentry_sdk.Hub.current.client
        collection = client.options.get("data_collection")
        if isinstance(collection, dict) and (collection.get("provided_by_user") or "send_default_pii" not in client.options):
            return bool((collection.get("gen_ai") or {}).get(kind, True))
        return bool(client.options.get("send_default_pii"))
    except Exception:
        return False


class _SentryRunStream:
    """A run going on in an asyncio task after its call returned (a streamed agent run): its span ends when the
    task is done: completed (the result is recorded then), failed (errored) or cancelled, read or not."""

    def __init__(self, span, record):
        self.span, self.record = span, record

    def start(self, request):
        try:
            if not hasattr(sentry_sdk, "new_scope"):
                return request()
            with sentry_sdk.new_scope() as scope:
                scope.span = self.span  # the task copies the context: the run's spans nest under this one
                return request()
        except BaseException:
            self.span.set_status("internal_error")
            self.span.finish()
            raise

    def watch(self, result, task_attributes):
        task = next((getattr(result, name) for name in task_attributes if getattr(result, name, None) is not None), None)
        if hasattr(task, "add_done_callback"):
            task.add_done_callback(lambda task: self.done(task, result))
        else:
            self.span.finish()  # not a run this knows: end now rather than never
        return result

    def done(self, task, result):
        try:
            if not task.cancelled() and task.exception() is not None:
                self.span.set_status("internal_error")
            elif not task.cancelled():
                self.record(self.span, result)
        except Exception:
            pass
        self.span.finish()


def _sentry_run_stream(span, request, record, *task_attributes):
    """request() (a call that starts a run in the background) made with the span current; the span ends with the run."""
    run = _SentryRunStream(span, record)
    return run.watch(run.start(request), task_attributes)


def _sentry_record_agent_run(span, result):
    """What a finished run's result says, read like a response."""
    _sentry_set(span, "gen_ai.response.text", _sentry_json(_sentry_field(result, "final_output"), as_list=True) if _sentry_records_ai_content("outputs") else None)
    _sentry_set(span, "gen_ai.usage.input_tokens", _sentry_field(result, "context_wrapper", "usage", "input_tokens"))
    _sentry_set(span, "gen_ai.usage.output_tokens", _sentry_field(result, "context_wrapper", "usage", "output_tokens"))
    _sentry_set(span, "gen_ai.usage.total_tokens", _sentry_field(result, "context_wrapper", "usage", "total_tokens"))


assistant = Agent(name="Assistant", instructions="You only respond in haikus.", model="gpt-4.1")


async def streamed(question):
    span = sentry_sdk.start_span(op="gen_ai.invoke_agent", name="invoke_agent Assistant")
    span.set_data("gen_ai.operation.name", "invoke_agent")
    span.set_data("gen_ai.agent.name", "Assistant")
    span.set_data("gen_ai.request.model", "gpt-4.1")
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_user_messages(question)) if _sentry_records_ai_content("inputs") else None)
    span.set_data("gen_ai.response.streaming", True)
    result = _sentry_run_stream(span, lambda: Runner.run_streamed(assistant, question), _sentry_record_agent_run, "run_loop_task", "_run_impl_task")
    async for event in result.stream_events():
        print(event.type)
    return result.final_output


async def runner_keywords(agent: Agent, question):
    span = sentry_sdk.start_span(op="gen_ai.invoke_agent", name=f"invoke_agent {agent.name}")
    span.set_data("gen_ai.operation.name", "invoke_agent")
    _sentry_set(span, "gen_ai.agent.name", agent.name)
    span.set_data("gen_ai.response.streaming", True)
    try:
        _sentry_input = question.strip()
    except BaseException:
        span.set_status("internal_error")
        span.finish()
        raise
    _sentry_set(span, "gen_ai.request.messages", _sentry_json(_sentry_user_messages(_sentry_input)) if _sentry_records_ai_content("inputs") else None)
    streamed = _sentry_run_stream(span, lambda: Runner.run_streamed(starting_agent=agent, input=_sentry_input, max_turns=3), _sentry_record_agent_run, "run_loop_task", "_run_impl_task")
    async for event in streamed.stream_events():
        if event.type == "raw_response_event":
            print(event.data)
    return streamed


async def inline(question):
    # not assigned to a name: the stream outlives the statement, reported for manual work
    async for event in Runner.run_streamed(assistant, question).stream_events():
        print(event.type)
