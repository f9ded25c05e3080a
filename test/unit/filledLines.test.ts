import { describe, expect, it } from 'vitest';
import { filledLines } from '../../renderer/src/screens/orders/filledLines';

const line = (description: string, price = '') => ({ description, price, quantity: '1' });

describe('the order lines saved', () => {
  it('drops the blank lines a scan or Enter left at the end', () => {
    const lines = [line('Kahvi', '4,90'), line('Tee', '3,50'), line(''), line('  ', ' ')];
    expect(filledLines(lines)).toEqual([line('Kahvi', '4,90'), line('Tee', '3,50')]);
  });
  it('keeps a blank line between filled ones (its number stays that of the screen) and a lone blank line', () => {
    const lines = [line('Kahvi', '4,90'), line(''), line('Tee', '3,50')];
    expect(filledLines(lines)).toEqual(lines);
    expect(filledLines([line('')])).toEqual([line('')]);
  });
  it('keeps a line with only a price or only a description (the form says what is missing)', () => {
    expect(filledLines([line('Kahvi', '4,90'), line('', '2,00')])).toHaveLength(2);
    expect(filledLines([line('Kahvi', '4,90'), line('Pulla')])).toHaveLength(2);
  });
});
