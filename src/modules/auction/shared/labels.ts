/** `in_process` → "In process": the label half of the `{id, label}` pairs the spec shows for statuses and types. */
export function labelOf(value: string): string {
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `{id, label}` for an enum value. */
export const enumLabel = (value: string) => ({ id: value, label: labelOf(value) });
