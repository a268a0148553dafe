// @sentry/nextjs is not installed here; it re-exports @sentry/node's span API, which is what the outputs use.
declare module "@sentry/nextjs" {
  export * from "@sentry/node";
}
