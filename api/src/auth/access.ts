import type { GraphQLSchema } from "graphql";
import { Authorized, Extensions, type AuthCheckerFn } from "type-graphql";
import type { GraphQLContext, Principal } from "../graphql/context";
import { ForbiddenError, UnauthenticatedError } from "../graphql/errors";
import { isPermission, rolesGrant, type Permission } from "./permissions";

/**
 * Every query and mutation declares who may call it with exactly one of the decorators below.
 * Each also records its rule in the field's GraphQL extensions, which is what the
 * schema-walking test (access-rules.test.ts) reads to refuse an operation that declares none.
 */
export const ACCESS_EXTENSION = "access";

export type AccessRule =
  { kind: "public" } | { kind: "signed-in" } | { kind: "permission"; anyOf: readonly Permission[] };

type OperationDecorator = MethodDecorator & PropertyDecorator;

function declare(rule: AccessRule, authorize?: OperationDecorator): OperationDecorator {
  const mark = Extensions({ [ACCESS_EXTENSION]: rule });
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    mark(target, key, descriptor as TypedPropertyDescriptor<unknown>);
    authorize?.(target, key, descriptor as TypedPropertyDescriptor<unknown>);
  };
}

/** Anyone, anonymous callers included. The resolver itself decides what an anonymous caller sees. */
export function Public(): OperationDecorator {
  return declare({ kind: "public" });
}

/** Any signed-in principal, whatever its permissions. */
export function SignedIn(): OperationDecorator {
  return declare({ kind: "signed-in" }, Authorized());
}

/** A signed-in principal holding at least one of the permissions. */
export function Requires(permission: Permission, ...more: Permission[]): OperationDecorator {
  const anyOf = [permission, ...more];
  return declare({ kind: "permission", anyOf }, Authorized(anyOf));
}

/** Whether the principal holds the permission (pure; no database access). */
export function principalCan(principal: Principal, permission: Permission): boolean {
  switch (principal.kind) {
    case "anonymous":
      return false;
    case "agent":
      return rolesGrant(principal.roles, permission);
  }
}

/**
 * type-graphql's auth checker for `@SignedIn` and `@Requires`. It throws our own errors so
 * the caller gets UNAUTHENTICATED (no session) or FORBIDDEN (a session without the right).
 */
export const authChecker: AuthCheckerFn<GraphQLContext, string> = ({ context }, permissions) => {
  const { principal } = context;
  if (principal.kind === "anonymous") throw new UnauthenticatedError();
  if (permissions.length === 0) return true;
  const granted = permissions.some((p) => isPermission(p) && principalCan(principal, p));
  if (granted) return true;
  throw new ForbiddenError();
};

/** Root operations (Query and Mutation fields) that declare no access rule: must be none. */
export function operationsWithoutAccessRule(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!isAccessRule(field.extensions[ACCESS_EXTENSION])) {
        missing.push(`${root?.name}.${field.name}`);
      }
    }
  }
  return missing;
}

function isAccessRule(value: unknown): value is AccessRule {
  if (typeof value !== "object" || value === null || !("kind" in value)) return false;
  switch (value.kind) {
    case "public":
    case "signed-in":
      return true;
    case "permission":
      return "anyOf" in value && Array.isArray(value.anyOf) && value.anyOf.length > 0;
    default:
      return false;
  }
}
