/** Small Markdown builders shared by the generated clinical documentation. */
import type { Provenance } from "./provenance";
import { sourceById } from "./sources/registry";

/** Table cells cannot hold a pipe or a line break. */
const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** A Markdown table with padded columns, laid out as the repository's formatter lays it out. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_, col) => Math.max(3, ...all.map((row) => [...row[col]!].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, col) => text + " ".repeat(widths[col]! - [...text].length)).join(" | ")} |`;
  const [head, ...body] = all;
  return [line(head!), line(widths.map((w) => "-".repeat(w))), ...body.map(line)];
}

/** Source tags, with practice defaults labelled so they are not read as evidence. */
export function citation(item: Pick<Provenance, "sources" | "evidence">): string {
  const tags = `[${item.sources.join(", ")}]`;
  return item.evidence === "practice-default" ? `${tags} _(practice default)_` : tags;
}

/** A "Sources" list with the title and address of every source cited by the items, in first-cited order. */
export function sourceList(items: readonly Pick<Provenance, "sources">[]): string[] {
  const ids = [...new Set(items.flatMap((i) => i.sources))];
  return ids.map((id) => {
    const s = sourceById(id);
    if (!s) throw new Error(`Cannot list unregistered source ${id}`);
    return s.url === null ? `- ${id} — ${s.title}` : `- ${id} — ${s.title} <${s.url}>`;
  });
}
