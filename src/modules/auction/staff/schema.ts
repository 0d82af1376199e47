// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./staff.type.ts";
import "./staff.queries.ts";
import "./staff.mutations.ts";
import "./clerk-stats.queries.ts";
