// jsdom plus the Fetch API classes that react-router's data router builds navigations with.
// They come from Node together with Node's AbortController, which Node's Request requires.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder,
    });
    // jsdom does no layout, so scrolling is a no-op rather than a "not implemented" error.
    this.global.scrollTo = () => {};
    this.global.Element.prototype.scrollIntoView = function scrollIntoView() {};
  }
}

module.exports = JsdomWithFetchEnvironment;
