// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./queue.type.ts";
import "./queue.queries.ts";
import "./queue.mutations.ts";
