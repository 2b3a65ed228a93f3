import { ConnectionType } from '../../graphql/connection.type';
import { Dataset } from './dataset.entity';

export const DatasetConnection = ConnectionType(Dataset);
