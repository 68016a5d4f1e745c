// The documented import: registers every element.
import 'relief-widgets';
