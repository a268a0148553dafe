/**
 * Any suppression directive (ignore-*, disable, enable) anywhere in a file's text: both languages' prefilters
 * parse such a file, so that its parse errors are reported before an unused-ignore would be.
 */
export const IGNORE_DIRECTIVE = /sentry-ai-codemod-(?:ignore|disable|enable)/;
