// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./user.queries.ts";
import "./user.mutations.ts";
