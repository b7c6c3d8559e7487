import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { docPaths } from '../paths.ts';

/** The top bar's search box (UX.md: one box); on a phone, a button to the search page. */
export function SearchBox({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === docPaths.search();
  const [text, setText] = useState('');
  useEffect(() => setText(onSearchPage ? (params.get('q') ?? '') : ''), [onSearchPage, params]);
  if (compact)
    return (
      <Button
        type="text"
        icon={<SearchOutlined aria-hidden />}
        aria-label={t('top.search')}
        onClick={() => navigate(docPaths.search())}
      />
    );
  return (
    <search style={{ width: 'clamp(180px, 24vw, 320px)' }}>
      <Input.Search
        aria-label={t('top.search')}
        placeholder={t('top.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(q) => q.trim() && navigate(docPaths.search(q.trim()))}
      />
    </search>
  );
}
