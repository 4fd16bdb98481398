// Loaded first on the CSP page: records every Content-Security-Policy violation, where an
// inline script could not.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
});
