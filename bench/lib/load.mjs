// Load generation over loopback with autocannon, plus exact latency percentiles: autocannon's
// own summary has no p95, so every response time is recorded in an HDR histogram.
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";

/**
 * @param {object} options autocannon options (url, method, headers, body, connections, duration)
 * @returns {Promise<{requests:number, rps:number, p50:number, p95:number, p99:number, errors:number, non2xx:number}>}
 */
export async function load(options) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const instance = autocannon({ connections: 10, duration: 10, ...options });
  instance.on("response", (_client, _status, _bytes, responseTimeMs) => {
    histogram.recordValue(Math.max(1, Math.round(responseTimeMs * 1000)));
  });
  const result = await instance;
  const us = (q) => histogram.getValueAtPercentile(q) / 1000;
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: us(50),
    p95: us(95),
    p99: us(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
