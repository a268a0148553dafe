// Local module imported by main-throws.ts, so the self-test also covers the runner following
// relative imports when it transpiles a program.
export function failOnPurpose(): never {
  throw new TypeError("program failed on purpose");
}
