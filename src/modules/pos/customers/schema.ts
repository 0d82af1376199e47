// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./customer.type.ts";
import "./customer.queries.ts";
import "./customer.mutations.ts";
