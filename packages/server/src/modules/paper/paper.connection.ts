import { ConnectionType } from '../../graphql/connection.type';
import { Paper } from './paper.entity';

export const PaperConnection = ConnectionType(Paper);
