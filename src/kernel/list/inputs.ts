import { builder } from "../../builder.ts";
import { camel, type FilterKind, type ListGrammar } from "./grammar.ts";

/** The typed condition inputs, one per filter kind, shared by every system's list grammars. */
const list = (description: string) => ({ type: ["String"] as ["String"], required: false, description });
const Text = builder.inputType("ListTextFilter", {
  description: "Conditions on a text field (case-insensitive). `regexp` is a PostgreSQL regular expression.",
  fields: (t) => ({
    eq: t.string(), ne: t.string(), in: t.field(list("any of these values")), notIn: t.field(list("none of these values")),
    contains: t.string({ description: "substring (LIKE)" }), regexp: t.string({ description: "regular expression (REGEXP)" }),
  }),
});
const Exact = builder.inputType("ListExactFilter", {
  description: "Conditions on a code compared exactly.",
  fields: (t) => ({ eq: t.string(), ne: t.string(), in: t.field(list("any of these values")), notIn: t.field(list("none of these values")), contains: t.string() }),
});
const Id = builder.inputType("ListIdFilter", {
  description: "Conditions on a reference by id.",
  fields: (t) => ({ eq: t.id(), ne: t.id(), in: t.idList(), notIn: t.idList(), from: t.id(), to: t.id() }),
});
const Enum = builder.inputType("ListEnumFilter", {
  description: "Conditions on a status-like field (the allowed values are in the field's description).",
  fields: (t) => ({ eq: t.string(), ne: t.string(), in: t.field(list("any of these values")), notIn: t.field(list("none of these values")) }),
});
const Num = builder.inputType("ListNumberFilter", {
  description: "Conditions on a decimal number (written as a string, e.g. \"100.50\"); `from`/`to` are inclusive.",
  fields: (t) => ({ eq: t.string(), ne: t.string(), in: t.field(list("any of these values")), notIn: t.field(list("none of these values")), from: t.string(), to: t.string() }),
});
const DateF = builder.inputType("ListDateFilter", {
  description: "Conditions on a date (YYYY-MM-DD: that whole UTC day) or an ISO 8601 instant; `from`/`to` are inclusive.",
  fields: (t) => ({ eq: t.string(), from: t.string(), to: t.string() }),
});
const Bool = builder.inputType("ListBoolFilter", { fields: (t) => ({ eq: t.field({ type: "Flag" }) }) });

const INPUT_OF: Record<FilterKind, typeof Text> = { text: Text, exact: Exact, id: Id as never, enum: Enum as never, number: Num as never, date: DateF as never, bool: Bool as never };

/**
 * The GraphQL arguments of a grammar's list field: `filter` (typed per field), `sort`, `range`, `page`, `globalSearch`.
 * Legacy REST clients reach the same arguments through the dialect's query-string translation.
 */
export function listArgs(grammar: ListGrammar) {
  const Filter = builder.inputType(`${grammar.name}Filter`, {
    description: `Filters of the ${grammar.name} list; all given conditions must hold.`,
    fields: (t) => Object.fromEntries(Object.entries(grammar.filters).map(([name, f]) => [camel(name), t.field({
      type: INPUT_OF[f.kind],
      required: false,
      description: [f.description, f.values ? `One of: ${f.values.join(", ")}.` : undefined].filter(Boolean).join(" ") || undefined,
    })])),
  });
  const SortField = builder.enumType(`${grammar.name}SortField`, { values: Object.keys(grammar.sorts).map(camel) as [string, ...string[]] });
  const Sort = builder.inputType(`${grammar.name}Sort`, {
    fields: (t) => ({ field: t.field({ type: SortField, required: true }), desc: t.boolean({ defaultValue: false }) }),
  });
  return (t: { arg: any }) => ({
    filter: t.arg({ type: Filter, required: false }),
    sort: t.arg({ type: [Sort], required: false, description: `Sort order, first key first (default ${grammar.defaultSort}).` }),
    range: t.arg.int({ required: false, description: `Page size (default ${grammar.defaultRange ?? 25}, capped).` }),
    page: t.arg.int({ required: false, description: "Page number, 0-indexed." }),
    globalSearch: t.arg.string({ required: false, description: "Case-insensitive search across the list's main text fields." }),
  });
}
