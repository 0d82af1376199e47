// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./auth.queries.ts";
import "./auth.mutations.ts";
