import { describe, expect, it } from 'vitest';
import { checkCustomErrorResponses, replaceErrorAnswer, SINGLE_PAGE_APP_INDEX } from './customErrorResponses';

describe('custom error responses (shaped like CloudFront CustomErrorResponse)', () => {
  it('replaces the matching status with the named page, changing the status only when ResponseCode says so', () => {
    const responses = [{ errorCode: 403, responseCode: 200, responsePagePath: '/index.html' }, { errorCode: 400, responsePagePath: '/errors/400.html' }];
    const pages = { '/errors/400.html': '<html>bad</html>' };
    expect(replaceErrorAnswer(403, responses, pages)).toEqual({ status: 200, body: Buffer.from(SINGLE_PAGE_APP_INDEX), contentType: 'text/html' });
    expect(replaceErrorAnswer(400, responses, pages)).toEqual({ status: 400, body: Buffer.from('<html>bad</html>'), contentType: 'text/html' });
    expect(replaceErrorAnswer(404, responses, pages)).toBeUndefined();
    expect(replaceErrorAnswer(200, responses, pages)).toBeUndefined();
  });

  it('an entry without a page only sets error caching: the origin answer passes', () => {
    expect(replaceErrorAnswer(403, [{ errorCode: 403, errorCachingMinTTL: 10 }], {})).toBeUndefined();
  });

  it('refuses what CloudFront refuses', () => {
    expect(() => checkCustomErrorResponses([{ errorCode: 401, responsePagePath: '/x.html' }])).toThrow('CloudFront has no custom error response for 401');
    expect(() => checkCustomErrorResponses([{ errorCode: 403, responseCode: 200 }])).toThrow('sets responseCode without responsePagePath');
    expect(() => checkCustomErrorResponses([{ errorCode: 403, responsePagePath: 'index.html' }])).toThrow('must start with "/"');
    expect(() => checkCustomErrorResponses([{ errorCode: 403, responseCode: 200, responsePagePath: '/index.html' }])).not.toThrow();
  });
});
