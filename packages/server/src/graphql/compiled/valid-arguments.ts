import { validateSync } from 'class-validator';
import { NotCompilable } from './not-compilable';

type InputClass = new () => object;

/**
 * The arguments as an instance of their type-graphql args class, when its class-validator rules
 * accept them (with type-graphql's options: missing properties skipped); otherwise NotCompilable, and the operation
 * runs through graphql-js, which reports the problem. `inputs` names the nested input classes.
 */
export function validArguments<T extends object>(
  ArgsClass: new () => T,
  args: Record<string, unknown>,
  inputs: Record<string, InputClass> = {},
): T {
  const instance: Record<string, unknown> = Object.assign(new ArgsClass(), args);
  for (const [name, Input] of Object.entries(inputs)) {
    const value = args[name];
    if (value != null) instance[name] = Object.assign(new Input(), value);
  }
  if (validateSync(instance, { skipMissingProperties: true, forbidUnknownValues: false }).length > 0) {
    throw new NotCompilable('arguments that type-graphql would reject');
  }
  return instance as T;
}
