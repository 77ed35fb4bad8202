import { describe, expect, it } from 'vitest';
import { initialCalculatorState, pressKey, type CalculatorKey } from './calculator';

function run(keys: CalculatorKey[]) {
  return keys.reduce(pressKey, initialCalculatorState);
}

describe('calculator', () => {
  it('adds, subtracts, multiplies and divides', () => {
    expect(run(['1', '2', '+', '3', '=']).display).toBe('15');
    expect(run(['9', '−', '1', '2', '=']).display).toBe('-3');
    expect(run(['7', '×', '6', '=']).display).toBe('42');
    expect(run(['1', '÷', '4', '=']).display).toBe('0.25');
  });

  it('chains operations left to right', () => {
    expect(run(['2', '+', '3', '×', '4', '=']).display).toBe('20');
  });

  it('hides binary rounding', () => {
    expect(run(['.', '1', '+', '.', '2', '=']).display).toBe('0.3');
  });

  it('lets the person change the operator before typing the next number', () => {
    expect(run(['8', '+', '−', '3', '=']).display).toBe('5');
  });

  it('ignores a second decimal point and caps the length', () => {
    expect(run(['1', '.', '5', '.', '2']).display).toBe('1.52');
    expect(run(Array.from({ length: 20 }, () => '9' as const)).display).toBe('999999999999');
  });

  it('shows an error on division by zero and clears with C', () => {
    const divided = run(['5', '÷', '0', '=']);
    expect(divided.hasError).toBe(true);
    expect(pressKey(divided, '+').hasError).toBe(true);
    expect(pressKey(divided, 'C')).toEqual(initialCalculatorState);
    expect(pressKey(divided, '4').display).toBe('4');
  });

  it('remembers exactly what was typed, leading zeros included, until an operator', () => {
    expect(run(['0', '4', '2', '7']).typed).toBe('0427');
    expect(run(['0', '4', '+', '2']).typed).toBe('2');
    expect(run(['1', '=']).typed).toBe('');
  });
});
