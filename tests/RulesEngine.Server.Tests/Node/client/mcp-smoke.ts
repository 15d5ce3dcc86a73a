// The official MCP TypeScript SDK against the server's streamable-HTTP endpoint: list the tools and resources, call
// diagnose (the SDK validates structuredContent against the tool's outputSchema itself) and read an article resource.
// Usage: node out/client/mcp-smoke.js MCP_URL FILE...   (prints one JSON line)
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, ...files] = process.argv.slice(2);
const client = new Client({ name: "triage-tests", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL(url ?? "")));

const tools = await client.listTools();
const diagnosis = await client.callTool({
  name: "diagnose",
  arguments: { inputs: files.map((file) => ({ name: basename(file), content: readFileSync(file, "utf8") })) },
});
const resources = await client.listResources();
const article = await client.readResource({ uri: "kb://articles/3474524" });
const structured = diagnosis.structuredContent as { findings?: { article?: string }[] } | undefined;

console.log(JSON.stringify({
  tools: tools.tools.map((t) => ({ name: t.name, outputSchema: t.outputSchema?.type ?? null })),
  isError: diagnosis.isError ?? false,
  topArticle: structured?.findings?.[0]?.article ?? null,
  resources: resources.resources.map((r) => r.uri),
  articleMimeType: article.contents[0]?.mimeType ?? null,
}));
await client.close();
