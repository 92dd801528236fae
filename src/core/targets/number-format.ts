import { Unit } from '../plan';
import { fixFloat } from './numbers';

/** The Excel number format a value of this unit is shown in (percent values are fractions). */
export function unitNumberFormat(unit: Unit): string {
  switch (unit) {
    case 'percent':
      return '0%';
    case 'rate':
      return '0.0';
    default:
      return '#,##0';
  }
}

/** A value as text in a summary cell: percent as "11%", others as the plain number. */
export function unitText(value: number, unit: Unit): string {
  return unit === 'percent' ? `${fixFloat(value * 100)}%` : String(fixFloat(value));
}
