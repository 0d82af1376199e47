// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./order.type.ts";
import "./order.queries.ts";
import "./order.mutations.ts";
import "./order-actions.mutations.ts";
import "./order-print.mutations.ts";
