// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./note.type.ts";
import "./note.queries.ts";
import "./note.mutations.ts";
