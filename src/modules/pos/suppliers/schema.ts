// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./supplier.type.ts";
import "./supplier.queries.ts";
import "./supplier.mutations.ts";
