import ts from "typescript";

/**
 * Picks identifiers for generated code that clash with nothing the file already names anywhere, so a
 * generated `const` or callback parameter can never shadow a variable the moved code reads.
 */
export class NameAllocator {
  private readonly taken = new Set<string>();

  constructor(sourceFile?: ts.SourceFile) {
    if (!sourceFile) return;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) this.taken.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  /** A copy for one generated scope: names reserved there do not leak into sibling scopes. */
  fork(): NameAllocator {
    const copy = new NameAllocator();
    for (const name of this.taken) copy.taken.add(name);
    return copy;
  }

  isTaken(name: string): boolean {
    return this.taken.has(name);
  }

  /** `preferred`, else `preferred2`, `preferred3`...; the name is then reserved. */
  allocate(preferred: string, alternatives: string[] = []): string {
    for (const candidate of [preferred, ...alternatives]) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    for (let suffix = 2; ; suffix++) {
      const candidate = `${preferred}${suffix}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}
