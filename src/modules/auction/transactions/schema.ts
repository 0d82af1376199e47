// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./transaction.type.ts";
import "./transaction.queries.ts";
import "./transaction.mutations.ts";
import "./cheque.mutations.ts";
