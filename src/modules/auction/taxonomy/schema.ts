// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./taxonomy.type.ts";
import "./taxonomy.queries.ts";
import "./category.mutations.ts";
