// ?lang=en shows the report in English: the element follows <html lang>.
if (new URLSearchParams(location.search).get('lang') === 'en') {
  document.documentElement.lang = 'en';
  document.getElementById('en').textContent = '中文';
  document.getElementById('en').href = 'report.html';
}
