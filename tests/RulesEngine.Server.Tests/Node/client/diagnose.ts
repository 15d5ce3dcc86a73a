// A client generated from the served OpenAPI document (openapi-typescript types, openapi-fetch calls) diagnoses a
// ticket against a running server: tsc checks this file against the generated types, node runs it.
// Usage: node out/client/diagnose.js BASE_URL API_KEY FILE...   (prints one JSON line)
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/triage.js";

const [baseUrl, apiKey, ...files] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl, headers: { "X-Api-Key": apiKey } });

const { data, error, response } = await client.POST("/v1/diagnose", {
  body: {
    inputs: files.map((file) => ({ name: basename(file), content: readFileSync(file, "utf8") })),
    now: "2026-11-28T10:30:00Z",
  },
});
if (data === undefined) {
  console.log(JSON.stringify({ status: response.status, error }));
  process.exit(1);
}

// Typed fields: a schema change that drops or retypes them fails tsc, not only this run.
const top: components["schemas"]["ReportFinding"] | undefined = data.findings[0];
const status: "confirmed" | "suspected" | undefined = top?.status;
const evidenceLines: number[] = top?.evidence.map((e) => e.line) ?? [];
console.log(JSON.stringify({
  status: response.status,
  article: top?.article,
  findingStatus: status,
  evidenceLines,
  answerStartsWith: (data.answer ?? "").slice(0, 20),
  factsTotal: data.facts_total,
}));
