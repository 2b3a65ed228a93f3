import { ConnectionType } from '../../graphql/connection.type';
import { Venue } from './venue.entity';

export const VenueConnection = ConnectionType(Venue);
