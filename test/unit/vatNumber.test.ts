import { describe, expect, it } from 'vitest';
import { isEuMemberState, isValidVatNumber, normalizeVatNumber, vatNumberFromBusinessId } from '../../shared/finnish/vatNumber';

describe('EU VAT numbers', () => {
  it.each(['FI01120389', 'DE123456789', 'de 123 456 789', 'ATU12345678', 'NL123456789B01', 'EL123456789', 'FRXX123456789', 'SE123456789001', 'IE1234567WA', 'IE1A23456B', 'XI123456789', 'ESX1234567X'])('accepts %s', (v) => {
    expect(isValidVatNumber(v)).toBe(true);
  });
  it.each(['FI01120388', 'FI0112038', 'DE12345678', 'ATU1234567', 'NL123456789C01', 'GR123456789', 'GB123456789', 'SE123456789012', 'FRIO123456789', 'XX123', ''])('refuses %s', (v) => {
    expect(isValidVatNumber(v)).toBe(false);
  });
  it('derives FI from the Y-tunnus', () => {
    expect(vatNumberFromBusinessId('0112038-9')).toBe('FI01120389');
    expect(vatNumberFromBusinessId('')).toBe('');
    expect(normalizeVatNumber('fi-0112.0389')).toBe('FI01120389');
  });
  it('knows the UK is not in the EU', () => {
    expect(isEuMemberState('DE')).toBe(true);
    expect(isEuMemberState('GB')).toBe(false);
  });
});
