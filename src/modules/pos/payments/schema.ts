// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./payment.type.ts";
import "./payment.queries.ts";
import "./payment.mutations.ts";
