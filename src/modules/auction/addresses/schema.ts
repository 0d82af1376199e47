// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./address.type.ts";
import "./address.queries.ts";
import "./address.mutations.ts";
