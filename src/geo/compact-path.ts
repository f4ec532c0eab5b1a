/**
 * A d3-geo path context that writes SVG path data in whole pixels with relative moves,
 * dropping points that round onto the previous one and rings that collapse.
 * Whole pixels at 960 px wide are finer than the eye sees; relative steps compress well.
 */
export class CompactPathContext {
  private out: string[] = [];
  private ring: Array<[number, number]> = [];
  private penX = 0;
  private penY = 0;

  constructor(private readonly scale = 1) {}

  beginPath() {
    /* each ring starts with moveTo */
  }

  moveTo(x: number, y: number) {
    this.flushRing(false);
    this.ring = [[Math.round(x * this.scale), Math.round(y * this.scale)]];
  }

  lineTo(x: number, y: number) {
    const p: [number, number] = [Math.round(x * this.scale), Math.round(y * this.scale)];
    const last = this.ring[this.ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) this.ring.push(p);
  }

  closePath() {
    this.flushRing(true);
  }

  arc() {
    /* points are not drawn */
  }

  private flushRing(closed: boolean) {
    const ring = this.ring;
    this.ring = [];
    if (closed && ring.length > 1) {
      const [fx, fy] = ring[0];
      const [lx, ly] = ring[ring.length - 1];
      if (fx === lx && fy === ly) ring.pop();
    }
    if (ring.length < (closed ? 3 : 2)) return;
    const [x0, y0] = ring[0];
    const first = this.out.length === 0;
    let s = first ? `M${x0} ${y0}` : `m${num(x0 - this.penX)} ${num(y0 - this.penY)}`;
    let px = x0;
    let py = y0;
    s += 'l';
    for (let i = 1; i < ring.length; i++) {
      const [x, y] = ring[i];
      s += `${i > 1 && x - px >= 0 ? ' ' : ''}${num(x - px)}${y - py >= 0 ? ' ' : ''}${num(y - py)}`;
      px = x;
      py = y;
    }
    if (closed) s += 'z';
    this.out.push(s);
    // After "z" the pen returns to the ring's start.
    this.penX = closed ? x0 : px;
    this.penY = closed ? y0 : py;
  }

  result(): string {
    this.flushRing(false);
    const d = this.out.join('');
    this.out = [];
    this.penX = 0;
    this.penY = 0;
    return d;
  }
}

const num = (n: number) => String(n);
