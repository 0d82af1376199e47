// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./call.type.ts";
import "./call.queries.ts";
import "./call.mutations.ts";
