// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./category.type.ts";
import "./category.queries.ts";
import "./category.mutations.ts";
