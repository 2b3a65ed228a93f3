import { ConnectionType } from '../../graphql/connection.type';
import { Task } from './task.entity';

export const TaskConnection = ConnectionType(Task);
