import { Query, Resolver } from "type-graphql";
import { platformSchema } from "../app/schema";
import { buildGraphQLSchema } from "../graphql/build-schema";
import { authChecker, operationsWithoutAccessRule, Public, Requires, SignedIn } from "./access";

describe("access rules of the schema", () => {
  it("every query and mutation of the platform declares who may call it", async () => {
    const schema = await platformSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(operations.length).toBeGreaterThan(5);
    expect(operationsWithoutAccessRule(schema)).toEqual([]);
  });

  it("catches an operation that declares nothing", async () => {
    @Resolver()
    class CarelessResolver {
      @Public()
      @Query(() => String)
      open(): string {
        return "";
      }

      @SignedIn()
      @Query(() => String)
      signedIn(): string {
        return "";
      }

      @Requires("claims:read")
      @Query(() => String)
      guarded(): string {
        return "";
      }

      @Query(() => String)
      forgotten(): string {
        return "";
      }
    }
    const schema = await buildGraphQLSchema([CarelessResolver], authChecker);
    expect(operationsWithoutAccessRule(schema)).toEqual(["Query.forgotten"]);
  });
});
