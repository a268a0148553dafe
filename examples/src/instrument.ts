// Loaded first (see server.ts) so Sentry can hook into Node before anything else is required.
import * as Sentry from "@sentry/node";

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV ?? "development",
  release: process.env.SUPPORT_DESK_RELEASE,
  // Trace every request in development; sample in production.
  tracesSampleRate: process.env.NODE_ENV === "production" ? 0.2 : 1.0,
  // Record prompts and model responses on gen_ai spans (SDK v11 replaced sendDefaultPii with dataCollection).
  dataCollection: { genAI: { inputs: true, outputs: true } },
});
