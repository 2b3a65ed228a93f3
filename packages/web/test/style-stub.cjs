// Stylesheets are imported for their side effect in the browser; jsdom needs nothing.
module.exports = {};
