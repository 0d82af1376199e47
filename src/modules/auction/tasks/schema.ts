// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./task.type.ts";
import "./task.queries.ts";
import "./task.mutations.ts";
