import { ConnectionType } from '../../graphql/connection.type';
import { Method } from './method.entity';

export const MethodConnection = ConnectionType(Method);
