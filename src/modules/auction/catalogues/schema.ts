// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./catalogue-part.type.ts";
import "./catalogue-part.queries.ts";
import "./catalogue-part.mutations.ts";
