import type { DataDeletionInfo } from "./data-deletion.type.ts";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const list = (tag: "ol" | "ul", items: string[]) => `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</${tag}>`;

/** The self-contained HTML page (no scripts, no external assets) Google Play links to. */
export function deleteDataPage(info: DataDeletionInfo): string {
  const support = escapeHtml(info.supportUrl);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}code{background:#f3f3f3;padding:0 .25rem}</style>
</head>
<body>
<h1>${escapeHtml(info.title)}</h1>
<h2>In the app or on the website</h2>
${list("ol", info.steps)}
<p>Apps and integrations do the same with <code>${escapeHtml(info.apiEndpoint)}</code> (authenticated, with the password).</p>
<h2>What is deleted</h2>
${list("ul", info.deleted)}
<h2>What is kept</h2>
${list("ul", info.retained)}
<h2>Cannot log in?</h2>
<p>Contact support at <a href="${support}">${support}</a> and ask us to delete your account; we delete it for you.</p>
</body>
</html>
`;
}
