// Tool functions of another module (used by openai-run-tools-function-reference).
export async function lookUpOrder({ id }: { id: string }) {
  return { id, status: "shipped" };
}
