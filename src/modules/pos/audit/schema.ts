// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./audit.type.ts";
import "./audit.queries.ts";
