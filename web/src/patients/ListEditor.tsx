import type { ReactNode } from "react";

interface ListEditorProps<T> {
  legend: string;
  itemNoun: string;
  items: T[];
  blank: T;
  onChange: (items: T[]) => void;
  renderRow: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
}

/** Edits a list of rows (allergies, conditions, medications): add, change, remove. */
export function ListEditor<T>({ legend, itemNoun, items, blank, onChange, renderRow }: ListEditorProps<T>) {
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.length === 0 && <p className="muted">None recorded.</p>}
      {items.map((item, index) => (
        // Rows have no identity of their own until saved; position is the identity while editing.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="list-row" key={index}>
          {renderRow(item, update(index), index)}
          <button
            type="button"
            className="danger"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
            aria-label={`Remove ${itemNoun} ${index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <p>
        <button type="button" onClick={() => onChange([...items, blank])}>
          Add {itemNoun}
        </button>
      </p>
    </fieldset>
  );
}
