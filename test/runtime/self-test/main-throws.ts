// Harness self-test: a program whose main() rejects; the runner must report the error, not crash.
import { failOnPurpose } from "./failure";

export async function main(_baseUrl: string): Promise<never> {
  failOnPurpose();
}
