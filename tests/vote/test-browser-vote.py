#!/usr/bin/python3
# test-browser-vote.py: the phone page in a real browser. Headless Chromium
# at phone size (390×844) opens the page of `trappa --collect-votes`, is
# asked for a group when it starts without one, joins a group, places two
# cards with taps and waits until both are saved; the saved plan then holds
# those scores. The first measure is titled as markup
# and must show as text. A screenshot of the page is kept in the build dir.
#
# Usage: test-browser-vote.py TRAPPA PLAN SCREENSHOT.png
# Exits 77 (skipped) when Chromium, chromedriver or Selenium is missing.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

trappa, plan_path, screenshot = sys.argv[1:4]
chromium = shutil.which('chromium')
chromedriver = shutil.which('chromedriver')
if chromium is None or chromedriver is None:
    print('SKIP: no chromium/chromedriver (Debian packages chromium, chromium-driver)')
    sys.exit(77)
try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print('SKIP: no Selenium for /usr/bin/python3 (Debian package python3-selenium)')
    sys.exit(77)

MARKUP_TITLE = '<script>alert(1)</script>'
NS = '{https://trappa.no/ns/plan/1}'
work = tempfile.mkdtemp(prefix='trappa-browser-')
plan = os.path.join(work, 'plan.trappa')
output = os.path.join(work, 'votes.trappa')

# The first measure's title becomes markup, escaped as XML requires.
with open(plan_path, encoding='utf-8') as f:
    text = f.read()
text = re.sub(r'(<measure [^>]*>\s*<title>)[^<]*(</title>)',
              lambda m: m.group(1) + '&lt;script&gt;alert(1)&lt;/script&gt;' + m.group(2), text, count=1)
with open(plan, 'w', encoding='utf-8') as f:
    f.write(text)

env = dict(os.environ, LANGUAGE='C')
server = subprocess.Popen([trappa, '--collect-votes', plan, '--listen', '127.0.0.1:0', '--output', output],
                          stdout=subprocess.PIPE, text=True, env=env)
line = server.stdout.readline()
assert 'http://127.0.0.1:' in line, line
url = line[line.index('http://'):].strip()

options = webdriver.ChromeOptions()
options.binary_location = chromium
for flag in ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
             '--disable-component-update', '--disable-sync', '--no-first-run',
             '--user-data-dir=' + os.path.join(work, 'profile')]:
    options.add_argument(flag)
options.add_experimental_option('mobileEmulation',
                                {'deviceMetrics': {'width': 390, 'height': 844, 'pixelRatio': 2}})
driver = webdriver.Chrome(service=Service(chromedriver), options=options)
placed = []
try:
    wait = WebDriverWait(driver, 20)
    driver.get(url)
    wait.until(EC.visibility_of_element_located((By.ID, 'join')))
    groups = driver.find_elements(By.CSS_SELECTOR, 'input[name=group]')
    # With workshop groups none is chosen beforehand: Start asks for one.
    # Without, the whole room is the only choice, and chosen.
    if len(groups) > 1:
        assert not any(g.is_selected() for g in groups)
        driver.find_element(By.ID, 'start').click()
        wait.until(lambda d: d.find_element(By.ID, 'status').text != '')
        assert driver.find_element(By.ID, 'join').is_displayed()
    else:
        assert groups[0].is_selected()
    group = groups[0]
    group_id = group.get_attribute('value')
    group.click()
    driver.find_element(By.ID, 'nickname').send_keys('Kari')
    driver.find_element(By.ID, 'start').click()
    wait.until(EC.visibility_of_element_located((By.ID, 'cards')))
    cards = driver.find_elements(By.CSS_SELECTOR, '.card')
    assert cards[0].find_element(By.TAG_NAME, 'h2').text == MARKUP_TITLE
    language = driver.find_element(By.TAG_NAME, 'html').get_attribute('lang')
    saved = {'nn': 'Lagra', 'nb': 'Lagret'}[language]

    # Taps a quarter in from the top-left and from the bottom-right.
    for card, (fx, fy) in zip(cards[:2], [(-0.25, -0.25), (0.25, 0.25)]):
        pad = card.find_element(By.CSS_SELECTOR, '.pad')
        width, height = pad.size['width'], pad.size['height']
        driver.execute_script('arguments[0].scrollIntoView({block: "center"})', card)
        ActionChains(driver).move_to_element_with_offset(pad, int(fx * width), int(fy * height)).click().perform()
        placed.append((card.get_attribute('data-measure'), round(50 + fx * 100), round(50 - fy * 100)))
    for card in cards[:2]:
        wait.until(lambda d, c=card: c.find_element(By.CSS_SELECTOR, '.saved').text == saved)
    try:
        driver.switch_to.alert
        sys.exit('FAIL: the markup title ran as a script')
    except NoAlertPresentException:
        pass
    driver.execute_script('window.scrollTo(0, 0)')
    driver.save_screenshot(screenshot)
    print('screenshot:', screenshot)
finally:
    driver.quit()
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)

assert server.returncode == 0, server.returncode
measures = {m.get('id'): m for m in ET.parse(output).getroot().iter(NS + 'measure')}
for measure_id, x, y in placed:
    scores = {s.findtext(NS + 'axis'): int(s.findtext(NS + 'value'))
              for s in measures[measure_id].iter(NS + 'score')
              if (s.findtext(NS + 'group') or '') == group_id}
    print(f'{measure_id}: tapped ({x}, {y}), saved {scores}')
    assert abs(scores['haster'] - x) <= 2 and abs(scores['kostbart'] - y) <= 2, scores
shutil.rmtree(work)
print('ok')
