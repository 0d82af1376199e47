// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./store.type.ts";
import "./store.queries.ts";
import "./store.mutations.ts";
