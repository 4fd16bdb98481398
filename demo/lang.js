// ?lang=en shows the page in English: the elements follow <html lang>.
if (new URLSearchParams(location.search).get('lang') === 'en') {
  document.documentElement.lang = 'en';
  const link = document.getElementById('en');
  link.textContent = '中文';
  link.href = location.pathname.split('/').pop();
}
