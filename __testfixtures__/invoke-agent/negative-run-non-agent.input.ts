// Negative: `.run()` on objects that are not agents (a job queue, a statement, a class from a package).
class JobQueue {
  async run(job: string): Promise<void> {
    console.log(job);
  }
}

interface Statement {
  run(...params: unknown[]): { changes: number };
}

const queue = new JobQueue();

export async function work(statement: Statement) {
  await queue.run("nightly");
  return statement.run(1, 2);
}
