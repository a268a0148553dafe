import { dynamicStartArguments, spanEnding, type SentryApi } from "./sentry-api";

/**
 * The helper behind a run that goes on in the background after its call returns (see StatementPlan.runStream):
 * `_sentry_run_stream(span, lambda: <call>, <recorder>, <task attributes>)` makes the call with the span
 * current, so the run's task (which copies the context when it is created) and the model calls in it nest under
 * the span, and ends the span when that task is done. The result the app gets is the SDK's own, untouched.
 */
export function runStreamHelperLines(api: SentryApi): string[] {
  const sentry = api.module;
  const ending = spanEnding(api, "self.span");
  return [
    "class _SentryRunStream:",
    '    """A run going on in an asyncio task after its call returned (a streamed agent run): its span ends when the',
    '    task is done: completed (the result is recorded then), failed (errored) or cancelled, read or not."""',
    "",
    "    def __init__(self, span, record):",
    "        self.span, self.record = span, record",
    "",
    "    def start(self, request):",
    "        try:",
    `            if not hasattr(${sentry}, "new_scope"):`,
    "                return request()",
    `            with ${sentry}.new_scope() as scope:`,
    "                scope.span = self.span  # the task copies the context: the run's spans nest under this one",
    "                return request()",
    "        except BaseException:",
    `            ${ending.fail}`,
    `            ${ending.end}`,
    "            raise",
    "",
    "    def watch(self, result, task_attributes):",
    "        task = next((getattr(result, name) for name in task_attributes if getattr(result, name, None) is not None), None)",
    '        if hasattr(task, "add_done_callback"):',
    "            task.add_done_callback(lambda task: self.done(task, result))",
    "        else:",
    `            ${ending.end}  # not a run this knows: end now rather than never`,
    "        return result",
    "",
    "    def done(self, task, result):",
    "        try:",
    "            if not task.cancelled() and task.exception() is not None:",
    `                ${ending.fail}`,
    "            elif not task.cancelled():",
    "                self.record(self.span, result)",
    "        except Exception:",
    "            pass",
    `        ${ending.end}`,
    "",
    "",
    "def _sentry_run_stream(span, request, record, *task_attributes):",
    '    """request() (a call that starts a run in the background) made with the span current; the span ends with the run."""',
    "    run = _SentryRunStream(span, record)",
    "    return run.watch(run.start(request), task_attributes)",
  ];
}

/**
 * `_sentry_coroutine_in_span(<call>, op, name, data, read)`: takes the place of a coroutine passed on rather than
 * awaited (`asyncio.gather`, `create_task`); the arguments were evaluated once, where they were. Its span is
 * opened in a scope of its own, so coroutines run side by side get sibling spans.
 */
export function coroutineHelperLines(api: SentryApi): string[] {
  const sentry = api.module;
  return [
    "async def _sentry_coroutine_in_span(coro, op, name, data, read):",
    '    """Awaits coro (a call passed on, not awaited where it is made) in its own span: data first, read(result) after."""',
    `    with ${sentry}.new_scope(), ${sentry}.start_span(${dynamicStartArguments(api, "op", "name")}) as span:`,
    "        for key, value in data.items():",
    "            _sentry_set(span, key, value)",
    "        result = await coro",
    "        for key, value in read(result).items():",
    "            _sentry_set(span, key, value)",
    "        return result",
  ];
}
