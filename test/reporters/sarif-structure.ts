/**
 * A structural check of a SARIF 2.1.0 log against the OASIS schema (sarif-schema-2.1.0.json), for the objects the
 * printer emits: each object's allowed and required properties (the schema sets additionalProperties: false on
 * them), enums, integer minimums, plus the cross-references the schema cannot express (ruleIndex -> rule id,
 * relative URIs). Returns the problems as `path: what`; an empty list means the log conforms.
 */

type Json = unknown;

interface ObjectDefinition {
  allowed: string[];
  required?: string[];
  /** property -> definition of its value; `[name]` for an array of them, `{ map: name }` for a dictionary. */
  children?: Record<string, string | [string] | { map: string }>;
  enums?: Record<string, string[]>;
  integersAtLeast?: Record<string, number>;
}

const LEVELS = ["none", "note", "warning", "error"];

const DEFINITIONS: Record<string, ObjectDefinition> = {
  root: {
    allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"],
    required: ["version", "runs"],
    children: { runs: ["run"], properties: "propertyBag" },
    enums: { version: ["2.1.0"] },
  },
  run: {
    allowed: [
      "tool",
      "invocations",
      "conversion",
      "language",
      "versionControlProvenance",
      "originalUriBaseIds",
      "artifacts",
      "logicalLocations",
      "graphs",
      "results",
      "automationDetails",
      "runAggregates",
      "baselineGuid",
      "redactionTokens",
      "defaultEncoding",
      "defaultSourceLanguage",
      "newlineSequences",
      "columnKind",
      "externalPropertyFileReferences",
      "threadFlowLocations",
      "taxonomies",
      "addresses",
      "translations",
      "policies",
      "webRequests",
      "webResponses",
      "specialLocations",
      "properties",
    ],
    required: ["tool"],
    children: {
      tool: "tool",
      invocations: ["invocation"],
      originalUriBaseIds: { map: "artifactLocation" },
      results: ["result"],
      properties: "propertyBag",
    },
    enums: { columnKind: ["utf16CodeUnits", "unicodeCodePoints"] },
  },
  tool: {
    allowed: ["driver", "extensions", "properties"],
    required: ["driver"],
    children: { driver: "toolComponent" },
  },
  toolComponent: {
    allowed: [
      "guid",
      "name",
      "organization",
      "product",
      "productSuite",
      "shortDescription",
      "fullDescription",
      "fullName",
      "version",
      "semanticVersion",
      "dottedQuadFileVersion",
      "releaseDateUtc",
      "downloadUri",
      "informationUri",
      "globalMessageStrings",
      "notifications",
      "rules",
      "taxa",
      "locations",
      "language",
      "contents",
      "isComprehensive",
      "localizedDataSemanticVersion",
      "minimumRequiredLocalizedDataSemanticVersion",
      "associatedComponent",
      "translationMetadata",
      "supportedTaxonomies",
      "properties",
    ],
    required: ["name"],
    children: { rules: ["reportingDescriptor"], properties: "propertyBag" },
  },
  reportingDescriptor: {
    allowed: [
      "id",
      "deprecatedIds",
      "guid",
      "deprecatedGuids",
      "name",
      "deprecatedNames",
      "shortDescription",
      "fullDescription",
      "messageStrings",
      "defaultConfiguration",
      "helpUri",
      "help",
      "relationships",
      "properties",
    ],
    required: ["id"],
    children: {
      shortDescription: "multiformatMessageString",
      fullDescription: "multiformatMessageString",
      help: "multiformatMessageString",
      defaultConfiguration: "reportingConfiguration",
      properties: "propertyBag",
    },
  },
  multiformatMessageString: { allowed: ["text", "markdown", "properties"], required: ["text"] },
  reportingConfiguration: {
    allowed: ["enabled", "level", "rank", "parameters", "properties"],
    enums: { level: LEVELS },
  },
  propertyBag: { allowed: ["*"] },
  result: {
    allowed: [
      "ruleId",
      "ruleIndex",
      "rule",
      "kind",
      "level",
      "message",
      "analysisTarget",
      "locations",
      "guid",
      "correlationGuid",
      "occurrenceCount",
      "partialFingerprints",
      "fingerprints",
      "stacks",
      "codeFlows",
      "graphs",
      "graphTraversals",
      "relatedLocations",
      "suppressions",
      "baselineState",
      "rank",
      "attachments",
      "hostedViewerUri",
      "workItemUris",
      "provenance",
      "fixes",
      "taxa",
      "webRequest",
      "webResponse",
      "properties",
    ],
    required: ["message"],
    children: {
      message: "message",
      locations: ["location"],
      partialFingerprints: { map: "string" },
      properties: "propertyBag",
    },
    enums: { level: LEVELS },
    integersAtLeast: { ruleIndex: -1 },
  },
  message: { allowed: ["text", "markdown", "id", "arguments", "properties"] },
  location: {
    allowed: ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"],
    children: { physicalLocation: "physicalLocation" },
  },
  physicalLocation: {
    allowed: ["address", "artifactLocation", "region", "contextRegion", "properties"],
    children: { artifactLocation: "artifactLocation", region: "region" },
  },
  artifactLocation: { allowed: ["uri", "uriBaseId", "index", "description", "properties"] },
  region: {
    allowed: [
      "startLine",
      "startColumn",
      "endLine",
      "endColumn",
      "charOffset",
      "charLength",
      "byteOffset",
      "byteLength",
      "snippet",
      "message",
      "sourceLanguage",
      "properties",
    ],
    integersAtLeast: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  },
  invocation: {
    allowed: [
      "commandLine",
      "arguments",
      "responseFiles",
      "startTimeUtc",
      "endTimeUtc",
      "exitCode",
      "ruleConfigurationOverrides",
      "notificationConfigurationOverrides",
      "toolExecutionNotifications",
      "toolConfigurationNotifications",
      "exitCodeDescription",
      "exitSignalName",
      "exitSignalNumber",
      "processStartFailureMessage",
      "executionSuccessful",
      "machine",
      "account",
      "processId",
      "executableLocation",
      "workingDirectory",
      "environmentVariables",
      "stdin",
      "stdout",
      "stderr",
      "stdoutStderr",
      "properties",
    ],
    required: ["executionSuccessful"],
    children: { toolExecutionNotifications: ["notification"] },
  },
  notification: {
    allowed: [
      "locations",
      "message",
      "level",
      "threadId",
      "timeUtc",
      "exception",
      "descriptor",
      "associatedRule",
      "properties",
    ],
    required: ["message"],
    children: { locations: ["location"], message: "message", descriptor: "reportingDescriptorReference" },
    enums: { level: LEVELS },
  },
  reportingDescriptorReference: { allowed: ["id", "index", "guid", "toolComponent", "properties"] },
};

export function sarifStructureProblems(log: Json): string[] {
  const problems: string[] = [];
  check(log, "root", "$", problems);
  crossCheck(log as SarifLike, problems);
  return problems;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function check(value: Json, definitionName: string, path: string, problems: string[]): void {
  if (definitionName === "string") {
    if (typeof value !== "string") problems.push(`${path}: expected a string`);
    return;
  }
  if (!isObject(value)) {
    problems.push(`${path}: expected an object (${definitionName})`);
    return;
  }
  const definition = DEFINITIONS[definitionName];
  if (!definition.allowed.includes("*")) {
    for (const key of Object.keys(value)) {
      if (!definition.allowed.includes(key)) problems.push(`${path}.${key}: not allowed on ${definitionName}`);
    }
  }
  for (const key of definition.required ?? []) {
    if (!(key in value)) problems.push(`${path}.${key}: required on ${definitionName}`);
  }
  if (definitionName === "message" && typeof value.text !== "string" && typeof value.id !== "string") {
    problems.push(`${path}: a message needs text or id`);
  }
  if (definitionName === "propertyBag" && "tags" in value) {
    const tags = value.tags;
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== "string") || new Set(tags).size !== tags.length) {
      problems.push(`${path}.tags: expected distinct strings`);
    }
  }
  for (const [key, allowedValues] of Object.entries(definition.enums ?? {})) {
    if (key in value && !allowedValues.includes(value[key] as string))
      problems.push(`${path}.${key}: ${String(value[key])} not in enum`);
  }
  for (const [key, minimum] of Object.entries(definition.integersAtLeast ?? {})) {
    const number = value[key];
    if (key in value && (!Number.isInteger(number) || (number as number) < minimum)) {
      problems.push(`${path}.${key}: expected an integer >= ${minimum}`);
    }
  }
  for (const [key, child] of Object.entries(definition.children ?? {})) {
    if (!(key in value)) continue;
    const childValue = value[key];
    if (Array.isArray(child)) {
      if (!Array.isArray(childValue)) problems.push(`${path}.${key}: expected an array`);
      else childValue.forEach((item, index) => check(item, child[0], `${path}.${key}[${index}]`, problems));
    } else if (typeof child === "string") {
      check(childValue, child, `${path}.${key}`, problems);
    } else if (!isObject(childValue)) {
      problems.push(`${path}.${key}: expected a dictionary`);
    } else {
      for (const [entry, entryValue] of Object.entries(childValue))
        check(entryValue, child.map, `${path}.${key}.${entry}`, problems);
    }
  }
}

interface SarifLike {
  runs?: Array<{
    tool?: { driver?: { rules?: Array<{ id: string }> } };
    originalUriBaseIds?: Record<string, { uri?: string }>;
    results?: Array<{
      ruleId?: string;
      ruleIndex?: number;
      locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string } } }>;
    }>;
  }>;
}

/** What the schema leaves to the spec: rule references resolve, URIs are relative references to a declared base. */
function crossCheck(log: SarifLike, problems: string[]): void {
  (log.runs ?? []).forEach((run, runIndex) => {
    const rules = run.tool?.driver?.rules ?? [];
    const bases = run.originalUriBaseIds ?? {};
    for (const [id, base] of Object.entries(bases)) {
      if (!base.uri?.endsWith("/"))
        problems.push(`runs[${runIndex}].originalUriBaseIds.${id}: a base URI must end with "/"`);
    }
    (run.results ?? []).forEach((result, index) => {
      const path = `runs[${runIndex}].results[${index}]`;
      if (result.ruleIndex !== undefined && rules[result.ruleIndex]?.id !== result.ruleId) {
        problems.push(`${path}.ruleIndex: does not point at rule ${result.ruleId}`);
      }
      for (const location of result.locations ?? []) {
        const artifact = location.physicalLocation?.artifactLocation;
        const uri = artifact?.uri ?? "";
        if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith("/") || /[\s\\]/.test(uri)) {
          problems.push(`${path}: uri ${uri} is not a relative URI reference`);
        }
        if (artifact?.uriBaseId && !(artifact.uriBaseId in bases))
          problems.push(`${path}: uriBaseId ${artifact.uriBaseId} is not declared`);
      }
    });
  });
}
