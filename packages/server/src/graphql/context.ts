import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource): Context {
  return { dataSource, loaders: createLoaders(dataSource) };
}
