// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./product.type.ts";
import "./product.queries.ts";
import "./product.mutations.ts";
