// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./file.type.ts";
import "./file.queries.ts";
import "./file.mutations.ts";
