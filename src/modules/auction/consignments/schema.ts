// GraphQL types and fields of this area register themselves on import (side-effect imports).
import "./consignment.queries.ts";
import "./statement.queries.ts";
import "./underbid.queries.ts";
import "./control-list.queries.ts";
