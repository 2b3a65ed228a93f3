import { ConnectionType } from '../../graphql/connection.type';
import { Area } from './area.entity';

export const AreaConnection = ConnectionType(Area);
