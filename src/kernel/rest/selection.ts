import { Kind, type FieldNode, type SelectionSetNode } from "graphql";
import { badRequest } from "../errors.ts";
import { snakeCase } from "./json-body.ts";

/** Gives every camelCase field of a documented selection its snake_case response key (`firstName` → `first_name: firstName`). */
export function snakeAliased(set: SelectionSetNode): SelectionSetNode {
  return {
    ...set,
    selections: set.selections.map((s) => {
      if (s.kind !== Kind.FIELD) return s;
      const key = snakeCase(s.name.value);
      const alias = s.alias ?? (key !== s.name.value ? { kind: Kind.NAME, value: key } : undefined);
      return { ...s, alias, selectionSet: s.selectionSet && snakeAliased(s.selectionSet) } as FieldNode;
    }),
  };
}

const keyOf = (f: FieldNode) => f.alias?.value ?? f.name.value;

/**
 * Sparse fieldsets (`fields=id,first_name`): keeps only the named keys of each record. A page's records are under
 * `data`; a single record is the selection itself. Unknown names are a 400 that lists what may be asked for.
 */
export function sparse(set: SelectionSetNode, fields: string): SelectionSetNode {
  const wanted = fields.split(",").map((f) => f.trim()).filter(Boolean);
  const data = set.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && keyOf(s) === "data" && !!s.selectionSet);
  const records = data ? data.selectionSet! : set;
  const available = records.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
  const unknown = wanted.filter((w) => !available.some((f) => keyOf(f) === w));
  if (unknown.length) {
    throw badRequest(`Unknown field(s) in 'fields': ${unknown.join(", ")}`, {
      fields: [{ path: "fields", message: `available: ${available.map(keyOf).join(", ")}` }],
    });
  }
  if (wanted.length === 0) return set;
  const pruned: SelectionSetNode = { ...records, selections: available.filter((f) => wanted.includes(keyOf(f))) };
  if (!data) return pruned;
  return { ...set, selections: set.selections.map((s) => (s === data ? { ...data, selectionSet: pruned } : s)) };
}
