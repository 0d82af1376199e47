// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./activity.type.ts";
import "./activity.queries.ts";
import "./activity.mutations.ts";
