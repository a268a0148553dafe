import { ATTR } from "../../core/conventions";
import { yieldsList } from "../../core/field-path";
import type { ProjectInfo } from "../../core/types";
import type { FieldPath, ResponseShape, UsageShape } from "../../sdks/types/calls";
import { compareVersions } from "../project";
import { recordedValue } from "./content-gate";
import type { Attribute, EmitContext } from "./emit-context";
import type { RequestSite } from "./find-request-sites";
import { isTypeScriptFile } from "./parse";
import { usageForMajor } from "./span-attributes";
import { type DeclaredReads, readDeclaredPath, readPath } from "./read-path";
import { isRecorded } from "../../core/content-recording";

/** What a request span reads from the call's result: response fields and token usage, for the SDK version installed. */

/** Where the response payload is read from: the result, or its `payload` field. */
export function payloadRoot(site: RequestSite, resultRoot: string, quote: string): string {
  const payload = site.operation.response.payload;
  return payload ? readPath(resultRoot, payload, quote) : resultRoot;
}

/**
 * The result's attributes. `reads` reads the payload's loosely typed fields through consts; without it (a stream's
 * final object) they are read through an inline type assertion in TypeScript.
 */
export function responseAttributes(
  site: RequestSite,
  resultRoot: string,
  context: EmitContext,
  reads?: DeclaredReads,
): Attribute[] {
  const response: ResponseShape = site.operation.response;
  const quote = context.style.quote;
  const root = payloadRoot(site, resultRoot, quote);
  const declared = isTypeScriptFile(context.sourceFile.fileName) ? response.declaredTypes : undefined;
  const read = (path: FieldPath): string => (reads ? reads.read(path) : readDeclaredPath(root, path, quote, declared));
  const json = (code: string): string => {
    context.usesJsonHelper = true;
    return `${context.jsonHelper}(${code})`;
  };
  const asList = (path: FieldPath): string => (yieldsList(path) ? json(read(path)) : json(`[${read(path)}]`));

  const attributes: Attribute[] = [];
  const add = (key: string, code: string): void => {
    if (!isRecorded(key, context.options)) return;
    attributes.push({ key, code: recordedValue(key, code, context) });
  };
  if (response.model) add(ATTR.responseModel, read(response.model));
  if (response.id) add(ATTR.responseId, read(response.id));
  if (response.text) add(ATTR.responseText, asList(response.text));
  else if (response.textIsResult) add(ATTR.responseText, json(`[${root}]`));
  if (response.toolCalls) add(ATTR.responseToolCalls, json(read(response.toolCalls)));
  if (response.finishReasons) add(ATTR.finishReasons, asList(response.finishReasons));

  const usage = usageFor(site, response, context.project);
  if (usage) {
    const input =
      usage.input && (usage.inputAlsoCounts ? tokenSum(read, usage.input, usage.inputAlsoCounts) : read(usage.input));
    if (input) add(ATTR.inputTokens, input);
    const output =
      usage.output &&
      (usage.outputAlsoCounts ? tokenSum(read, usage.output, usage.outputAlsoCounts) : read(usage.output));
    if (output) add(ATTR.outputTokens, output);
    if (usage.total) add(ATTR.totalTokens, read(usage.total));
    else if (usage.totalIsSum && usage.input && usage.output) {
      add(
        ATTR.totalTokens,
        tokenSum(read, usage.input, [
          ...(usage.inputAlsoCounts ?? []),
          usage.output,
          ...(usage.outputAlsoCounts ?? []),
        ]),
      );
    }
  }
  return attributes;
}

/** The usage field names for the project's installed version of the SDK. */
function usageFor(site: RequestSite, response: ResponseShape, project: ProjectInfo): UsageShape | undefined {
  const major = site.sdk.modules.map((module) => project.sdkMajors[module]).find((value) => value !== undefined);
  const olderVersion = response.usageBeforeVersion;
  const version = olderVersion && project.sdkVersions?.[olderVersion.module];
  const byVersion =
    olderVersion && version !== undefined && compareVersions(version, olderVersion.version) < 0
      ? olderVersion.usage
      : response.usage;
  // An older major's field names take precedence over an older version's.
  return usageForMajor(byVersion, response.usageBeforeMajor, major);
}

/**
 * `base + extra1 + extra2`, undefined when `base` is missing: a missing count is no count, never NaN or 0.
 */
function tokenSum(read: (path: FieldPath) => string, base: FieldPath, extras: FieldPath[]): string {
  const baseRead = read(base);
  const parts = [baseRead, ...extras.map((path) => `(${read(path)} ?? 0)`)];
  return `${baseRead} == null ? undefined : ${parts.join(" + ")}`;
}
